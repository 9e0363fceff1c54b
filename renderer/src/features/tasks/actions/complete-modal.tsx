import { Form, Input } from 'antd'
import type { ReactElement } from 'react'
import type { TaskDetail } from '../../../../../shared/api/task-types'
import { useCompleteTask } from '../../../api/tasks'
import { ActionModal } from '../form/action-modal'
import { ENTER_HINT, enterSubmits } from '../form/enter-submit'
import { FilesField, filesReady, uploadedFiles, type FileEntry } from './files-field'
import { useActionForm } from './use-action-form'

type Values = { result: string; files: FileEntry[] }

type Props = Readonly<{ task: TaskDetail; onClose: () => void }>

/** Hoàn thành: the result (and the reply document or report as files); the day decides the bucket. */
export function CompleteModal({ task, onClose }: Props): ReactElement {
  const complete = useCompleteTask()
  const a = useActionForm<Values>(
    (v) => complete.mutateAsync({ id: task.id, result: v.result, files: uploadedFiles(v.files) }),
    'Đã báo hoàn thành nhiệm vụ',
    onClose,
  )
  return (
    <ActionModal<Values>
      {...a}
      title="Hoàn thành nhiệm vụ"
      submitLabel="Hoàn thành"
      initialValues={{ result: '', files: [] }}
      onClose={onClose}
    >
      <Form.Item
        label="Kết quả thực hiện"
        name="result"
        rules={[{ required: true, whitespace: true, message: 'Nhập kết quả thực hiện' }]}
        extra={ENTER_HINT}
      >
        <Input.TextArea
          autoFocus
          autoSize={{ minRows: 3, maxRows: 8 }}
          maxLength={4000}
          placeholder="Ví dụ: Đã tham mưu văn bản số 123/UBND-TH ngày …"
          onKeyDown={enterSubmits(a.form)}
        />
      </Form.Item>
      <Form.Item label="Tệp kết quả" name="files" rules={[filesReady]}>
        <FilesField />
      </Form.Item>
    </ActionModal>
  )
}
