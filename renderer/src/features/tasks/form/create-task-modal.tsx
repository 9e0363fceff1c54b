import { App, Form, Input, Radio } from 'antd'
import { useState, type ReactElement } from 'react'
import { useNavigate } from 'react-router'
import { taskSourceLabels, type TaskSource } from '../../../../../shared/api/task-types'
import { useCreateTask } from '../../../api/tasks'
import { formatDate } from '../../../ui/format'
import { ActionModal } from './action-modal'
import { AssignmentFields } from './assignment-fields'
import { applyTaskErrors, emptyAssignment, toTaskBody, type AssignmentValues } from './task-values'
import { useDirectory } from './use-directory'

type Values = AssignmentValues & {
  title: string
  content?: string
  sourceKind: Exclude<TaskSource, 'van_ban'>
  sourceText: string
}

/** A task not born from a document: a meeting's conclusion, a leader's oral instruction. */
export function CreateTaskModal({ onClose }: { onClose: () => void }): ReactElement {
  const [form] = Form.useForm<Values>()
  const directory = useDirectory()
  const create = useCreateTask()
  const navigate = useNavigate()
  const { message } = App.useApp()
  const [error, setError] = useState<string | null>(null)

  const onFinish = async (v: Values): Promise<void> => {
    setError(null)
    try {
      const task = await create.mutateAsync({
        ...toTaskBody(v),
        title: v.title,
        content: v.content?.trim() || null,
        sourceKind: v.sourceKind,
        sourceText: v.sourceText,
      })
      void message.success(`Đã giao nhiệm vụ, hạn ${formatDate(task.deadline)}`)
      onClose()
      void navigate(`/cong-viec/${task.id}`)
    } catch (err) {
      setError(applyTaskErrors(form, err, '', directory.nameOf))
    }
  }

  return (
    <ActionModal<Values>
      title="Giao nhiệm vụ"
      form={form}
      width={880}
      initialValues={{ ...emptyAssignment, title: '', sourceKind: 'cuoc_hop', sourceText: '' }}
      error={error}
      pending={create.isPending}
      submitLabel="Giao nhiệm vụ"
      onFinish={(v) => void onFinish(v)}
      onClose={onClose}
    >
      <Form.Item
        label="Tên nhiệm vụ"
        name="title"
        rules={[{ required: true, whitespace: true, message: 'Nhập tên nhiệm vụ' }]}
      >
        <Input
          autoFocus
          maxLength={500}
          placeholder="Ví dụ: Xây dựng kế hoạch chuyển đổi số 2026"
        />
      </Form.Item>
      <Form.Item label="Nội dung" name="content">
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={4000} />
      </Form.Item>
      <Form.Item label="Nguồn giao" required style={{ marginBottom: 0 }}>
        <Form.Item name="sourceKind" style={{ marginBottom: 8 }}>
          <Radio.Group
            optionType="button"
            options={(['cuoc_hop', 'khac'] as const).map((k) => ({
              value: k,
              label: taskSourceLabels[k],
            }))}
          />
        </Form.Item>
        <Form.Item
          name="sourceText"
          rules={[{ required: true, whitespace: true, message: 'Nhập nguồn giao' }]}
        >
          <Input
            aria-label="Nguồn giao"
            maxLength={500}
            placeholder="Ví dụ: Kết luận cuộc họp giao ban ngày 15/11/2026"
          />
        </Form.Item>
      </Form.Item>
      <AssignmentFields directory={directory} />
    </ActionModal>
  )
}
