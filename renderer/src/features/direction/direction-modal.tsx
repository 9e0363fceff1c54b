import { App, Col, Form, Input, Row, Switch, Typography } from 'antd'
import { useRef, useState, type ReactElement } from 'react'
import type { TextAreaRef } from 'antd/es/input/TextArea'
import { useDirect } from '../../api/tasks'
import { formatDate } from '../../ui/format'
import { ActionModal } from '../tasks/form/action-modal'
import { AssignmentFields } from '../tasks/form/assignment-fields'
import { ENTER_HINT, enterSubmits } from '../tasks/form/enter-submit'
import { PersonSelect } from '../tasks/form/person-select'
import {
  applyTaskErrors,
  emptyAssignment,
  toTaskBody,
  type AssignmentValues,
} from '../tasks/form/task-values'
import { useDirectory } from '../tasks/form/use-directory'
import { CommentTemplates } from './comment-templates'

type Values = AssignmentValues & {
  comment: string
  withTask: boolean
  onBehalfOfId?: number | null
}

type Props = Readonly<{
  documentId: number
  /** The document's subject: the task's name unless another is typed. */
  trichYeu: string
  /** A clerk recording a leader's direction written on paper. */
  onBehalf: boolean
  /** The leader the document was presented to: the likely author of a paper direction. */
  presentedToId: number | null
  onClose: () => void
}>

/** Bút phê and assignment in one step (UX goal 4): the comment, then who does what by when. */
export function DirectionModal({
  documentId,
  trichYeu,
  onBehalf,
  presentedToId,
  onClose,
}: Props): ReactElement {
  const [form] = Form.useForm<Values>()
  const directory = useDirectory()
  const direct = useDirect()
  const { message } = App.useApp()
  const [error, setError] = useState<string | null>(null)
  const comment = useRef<TextAreaRef>(null)
  const withTask = Form.useWatch('withTask', form) ?? true

  const onFinish = async (v: Values): Promise<void> => {
    setError(null)
    try {
      const task = v.withTask
        ? { ...toTaskBody(v), title: v.title?.trim() || null, content: null, inform: v.inform }
        : null
      await direct.mutateAsync({
        documentId,
        comment: v.comment,
        onBehalfOfId: onBehalf ? (v.onBehalfOfId ?? 0) : null,
        task,
        inform: task ? [] : v.inform,
      })
      void message.success(
        task
          ? `Đã giao ${directory.nameOf(v.lead ?? '')} chủ trì, hạn ${formatDate(task.deadline)}`
          : 'Đã ghi ý kiến chỉ đạo',
      )
      onClose()
    } catch (err) {
      setError(applyTaskErrors(form, err, 'task.', directory.nameOf))
    }
  }

  return (
    <ActionModal<Values>
      title={onBehalf ? 'Ghi ý kiến chỉ đạo thay lãnh đạo' : 'Cho ý kiến chỉ đạo'}
      form={form}
      width={880}
      initialValues={{
        ...emptyAssignment,
        comment: '',
        withTask: true,
        onBehalfOfId: presentedToId,
      }}
      error={error}
      pending={direct.isPending}
      submitLabel={withTask ? 'Ghi ý kiến và giao nhiệm vụ' : 'Ghi ý kiến'}
      onFinish={(v) => void onFinish(v)}
      onValuesChange={(changed, all) => {
        // A template written before the lead was chosen gets the lead's name in its gap.
        if (changed.lead && all.comment.includes('…')) {
          form.setFieldValue('comment', all.comment.replace('…', directory.nameOf(changed.lead)))
        }
      }}
      onClose={onClose}
    >
      <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }}>
        {trichYeu}
      </Typography.Paragraph>
      {onBehalf ? (
        <Form.Item
          label="Lãnh đạo cho ý kiến (trên giấy)"
          name="onBehalfOfId"
          rules={[{ required: true, message: 'Chọn lãnh đạo đã cho ý kiến' }]}
        >
          <PersonSelect people={directory.leaders} placeholder="Gõ tên lãnh đạo" />
        </Form.Item>
      ) : null}
      <Form.Item
        label="Ý kiến chỉ đạo"
        name="comment"
        rules={[{ required: true, whitespace: true, message: 'Nhập ý kiến chỉ đạo' }]}
        extra={ENTER_HINT}
      >
        <Input.TextArea
          ref={comment}
          autoFocus
          autoSize={{ minRows: 2, maxRows: 8 }}
          maxLength={2000}
          placeholder="Ý kiến chỉ đạo (bút phê)"
          onKeyDown={enterSubmits(form)}
        />
      </Form.Item>
      <CommentTemplates nameOf={directory.nameOf} onPicked={() => comment.current?.focus()} />
      <Form.Item
        name="withTask"
        valuePropName="checked"
        label="Giao nhiệm vụ theo dõi"
        layout="horizontal"
        className="direction-switch"
      >
        <Switch checkedChildren="Có" unCheckedChildren="Không" />
      </Form.Item>
      {withTask ? <AssignmentFields directory={directory} withInform={false} /> : null}
      <Row gutter={16}>
        <Col xs={24} md={withTask ? 12 : 24}>
          <Form.Item label="Nhận để biết" name="inform">
            <PersonSelect multiple people={directory.people} placeholder="Người nhận để biết" />
          </Form.Item>
        </Col>
        {withTask ? (
          <Col xs={24} md={12}>
            <Form.Item
              label="Tên nhiệm vụ"
              name="title"
              tooltip="Để trống thì lấy trích yếu văn bản."
            >
              <Input placeholder={trichYeu} maxLength={500} />
            </Form.Item>
          </Col>
        ) : null}
      </Row>
    </ActionModal>
  )
}
