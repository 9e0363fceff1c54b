import { DatePicker, Descriptions, Form, Input, Radio } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import type { ReactElement } from 'react'
import type { ExtensionRequest, TaskDetail } from '../../../../../shared/api/task-types'
import { useDecideExtension } from '../../../api/tasks'
import { formatDate, formatDateTime } from '../../../ui/format'
import { TASK_DATE_FORMATS } from '../form/dates'
import { ActionModal } from '../form/action-modal'
import { ENTER_HINT, enterSubmits } from '../form/enter-submit'
import { useActionForm } from './use-action-form'

type Values = { approve: boolean; deadline?: Dayjs | null; note?: string }

type Props = Readonly<{ task: TaskDetail; request: ExtensionRequest; onClose: () => void }>

/** Duyệt gia hạn: grant the date asked (or another), or refuse, with a note. */
export function DecideExtensionModal({ task, request, onClose }: Props): ReactElement {
  const decide = useDecideExtension()
  const a = useActionForm<Values>(
    (v) =>
      decide.mutateAsync({
        extensionId: request.id,
        approve: v.approve,
        deadline: v.approve && v.deadline ? v.deadline.format('YYYY-MM-DD') : null,
        note: v.note?.trim() || null,
      }),
    'Đã trả lời đề nghị gia hạn',
    onClose,
  )
  const approve = Form.useWatch('approve', a.form) ?? true
  return (
    <ActionModal<Values>
      {...a}
      title="Duyệt đề nghị gia hạn"
      submitLabel={approve ? 'Đồng ý gia hạn' : 'Không đồng ý'}
      initialValues={{ approve: true, deadline: dayjs(request.proposedDeadline), note: '' }}
      onClose={onClose}
    >
      <Descriptions
        size="small"
        column={1}
        bordered
        style={{ marginBottom: 16 }}
        items={[
          {
            key: 'who',
            label: 'Người đề nghị',
            children: `${request.requestedBy.name} · ${formatDateTime(request.requestedAt)}`,
          },
          {
            key: 'dates',
            label: 'Hạn',
            children: `${formatDate(request.currentDeadline)} → ${formatDate(request.proposedDeadline)}`,
          },
          { key: 'reason', label: 'Lý do', children: request.reason },
        ]}
      />
      <Form.Item name="approve">
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          options={[
            { value: true, label: 'Đồng ý' },
            { value: false, label: 'Không đồng ý' },
          ]}
        />
      </Form.Item>
      {approve ? (
        <Form.Item
          label="Hạn mới"
          name="deadline"
          rules={[{ required: true, message: 'Chọn hạn mới' }]}
          extra="Có thể cho hạn khác với hạn đề nghị."
        >
          <DatePicker
            format={TASK_DATE_FORMATS}
            placeholder="dd/mm/yyyy"
            disabledDate={(d) => !d.isAfter(dayjs(task.deadline), 'day')}
            style={{ width: 180 }}
          />
        </Form.Item>
      ) : null}
      <Form.Item label="Ý kiến" name="note" extra={ENTER_HINT}>
        <Input.TextArea
          autoSize={{ minRows: 2, maxRows: 6 }}
          maxLength={2000}
          onKeyDown={enterSubmits(a.form)}
        />
      </Form.Item>
    </ActionModal>
  )
}
