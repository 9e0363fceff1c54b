import { DatePicker, Form, Input } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import type { ReactElement } from 'react'
import type { TaskDetail } from '../../../../../shared/api/task-types'
import { useRequestExtension } from '../../../api/tasks'
import { formatDate } from '../../../ui/format'
import { TASK_DATE_FORMATS } from '../form/dates'
import { ActionModal } from '../form/action-modal'
import { ENTER_HINT, enterSubmits } from '../form/enter-submit'
import { useActionForm } from './use-action-form'

type Values = { deadline?: Dayjs | null; reason: string }

type Props = Readonly<{ task: TaskDetail; onClose: () => void }>

/** Xin gia hạn: a later date and why; the person who gave the task decides. */
export function ExtensionModal({ task, onClose }: Props): ReactElement {
  const ask = useRequestExtension()
  const a = useActionForm<Values>(
    (v) =>
      ask.mutateAsync({
        id: task.id,
        deadline: v.deadline ? v.deadline.format('YYYY-MM-DD') : '',
        reason: v.reason,
      }),
    `Đã gửi đề nghị gia hạn tới ${task.assigner.name}`,
    onClose,
  )
  return (
    <ActionModal<Values>
      {...a}
      title="Xin gia hạn"
      submitLabel="Gửi đề nghị"
      initialValues={{ deadline: null, reason: '' }}
      onClose={onClose}
    >
      <Form.Item
        label="Hạn đề nghị"
        name="deadline"
        rules={[{ required: true, message: 'Chọn hạn đề nghị' }]}
        extra={`Hạn hiện tại: ${formatDate(task.deadline)}.`}
      >
        <DatePicker
          autoFocus
          format={TASK_DATE_FORMATS}
          placeholder="dd/mm/yyyy"
          disabledDate={(d) => !d.isAfter(dayjs(task.deadline), 'day')}
          style={{ width: 180 }}
        />
      </Form.Item>
      <Form.Item
        label="Lý do"
        name="reason"
        rules={[{ required: true, whitespace: true, message: 'Nhập lý do xin gia hạn' }]}
        extra={ENTER_HINT}
      >
        <Input.TextArea
          autoSize={{ minRows: 2, maxRows: 6 }}
          maxLength={2000}
          onKeyDown={enterSubmits(a.form)}
        />
      </Form.Item>
    </ActionModal>
  )
}
