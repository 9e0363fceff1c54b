import { Form, Input } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import type { ReactElement } from 'react'
import type { TaskDetail } from '../../../../../shared/api/task-types'
import { useAssignTask } from '../../../api/tasks'
import { formatDate } from '../../../ui/format'
import { ActionModal } from '../form/action-modal'
import { DeadlineField } from '../form/deadline-field'
import { ENTER_HINT, enterSubmits } from '../form/enter-submit'
import { PersonSelect } from '../form/person-select'
import { useDirectory } from '../form/use-directory'
import { useActionForm } from './use-action-form'

type Values = { handlerId?: number | null; deadline?: Dayjs | null; comment?: string }

type Props = Readonly<{ task: TaskDetail; onClose: () => void }>

/** Level 2 of the phiếu: the lead unit's leader names who handles it, within the task's deadline. */
export function AssignModal({ task, onClose }: Props): ReactElement {
  const directory = useDirectory()
  const assign = useAssignTask()
  // The unit answering for the task: the lead unit, or the lead person's own unit.
  const unitId =
    task.lead.kind === 'unit'
      ? task.lead.id
      : (directory.people.find((p) => p.id === task.lead.id)?.unitId ?? null)
  const people = unitId === null ? [] : directory.peopleUnder(unitId)
  const a = useActionForm<Values>(
    (v) =>
      assign.mutateAsync({
        id: task.id,
        handlerId: v.handlerId ?? 0,
        deadline: v.deadline ? v.deadline.format('YYYY-MM-DD') : null,
        comment: v.comment?.trim() || null,
      }),
    'Đã phân công người xử lý',
    onClose,
  )
  return (
    <ActionModal<Values>
      {...a}
      title="Phân công người xử lý"
      submitLabel="Phân công"
      initialValues={{
        handlerId: task.handler?.id ?? null,
        deadline: dayjs(task.handlerDeadline ?? task.deadline),
        comment: '',
      }}
      onClose={onClose}
    >
      <Form.Item
        label="Người xử lý"
        name="handlerId"
        rules={[{ required: true, message: 'Chọn người xử lý' }]}
        extra={`Người trong ${task.lead.kind === 'unit' ? task.lead.name : 'đơn vị chủ trì'}.`}
      >
        <PersonSelect people={people} placeholder="Gõ tên người xử lý" autoFocus />
      </Form.Item>
      <Form.Item
        label="Hạn của người xử lý"
        name="deadline"
        extra={`Không sau hạn nhiệm vụ ${formatDate(task.deadline)}.`}
      >
        <DeadlineField max={task.deadline} />
      </Form.Item>
      <Form.Item label="Ý kiến phân công" name="comment" extra={ENTER_HINT}>
        <Input.TextArea
          autoSize={{ minRows: 2, maxRows: 6 }}
          maxLength={2000}
          onKeyDown={enterSubmits(a.form)}
        />
      </Form.Item>
    </ActionModal>
  )
}
