import { DatePicker, Form, Input } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import type { ReactElement } from 'react'
import type { TaskDetail } from '../../../../../shared/api/task-types'
import { useReopenTask } from '../../../api/tasks'
import { formatDate } from '../../../ui/format'
import { TASK_DATE_FORMATS } from '../form/dates'
import { ActionModal } from '../form/action-modal'
import { ENTER_HINT, enterSubmits } from '../form/enter-submit'
import { useActionForm } from './use-action-form'

type Values = { reason: string; deadline?: Dayjs | null }

type Props = Readonly<{ task: TaskDetail; onClose: () => void }>

/** Mở lại: the result is not enough; why, and perhaps a new deadline. */
export function ReopenModal({ task, onClose }: Props): ReactElement {
  const reopen = useReopenTask()
  const a = useActionForm<Values>(
    (v) =>
      reopen.mutateAsync({
        id: task.id,
        reason: v.reason,
        deadline: v.deadline ? v.deadline.format('YYYY-MM-DD') : null,
      }),
    'Đã mở lại nhiệm vụ',
    onClose,
  )
  return (
    <ActionModal<Values>
      {...a}
      title="Mở lại nhiệm vụ"
      submitLabel="Mở lại"
      initialValues={{ reason: '', deadline: null }}
      onClose={onClose}
    >
      <Form.Item
        label="Lý do mở lại"
        name="reason"
        rules={[{ required: true, whitespace: true, message: 'Nhập lý do mở lại' }]}
        extra={ENTER_HINT}
      >
        <Input.TextArea
          autoFocus
          autoSize={{ minRows: 2, maxRows: 6 }}
          maxLength={2000}
          onKeyDown={enterSubmits(a.form)}
        />
      </Form.Item>
      <Form.Item
        label="Hạn mới (không bắt buộc)"
        name="deadline"
        extra={`Để trống thì giữ hạn ${formatDate(task.deadline)}.`}
      >
        <DatePicker
          format={TASK_DATE_FORMATS}
          placeholder="dd/mm/yyyy"
          disabledDate={(d) => d.isBefore(dayjs(), 'day')}
          style={{ width: 180 }}
        />
      </Form.Item>
    </ActionModal>
  )
}
