import { App, Form, Input } from 'antd'
import { useState, type ReactElement } from 'react'
import { usePresent } from '../../api/tasks'
import { ActionModal } from '../tasks/form/action-modal'
import { ENTER_HINT, enterSubmits } from '../tasks/form/enter-submit'
import { PersonSelect } from '../tasks/form/person-select'
import { applyTaskErrors } from '../tasks/form/task-values'
import { useDirectory } from '../tasks/form/use-directory'

type Values = { leaderId?: number | null; note?: string }

type Props = Readonly<{ documentId: number; onClose: () => void }>

/** Văn thư trình: the document goes to one leader for direction, with an optional note. */
export function PresentModal({ documentId, onClose }: Props): ReactElement {
  const [form] = Form.useForm<Values>()
  const directory = useDirectory()
  const present = usePresent()
  const { message } = App.useApp()
  const [error, setError] = useState<string | null>(null)

  const onFinish = async (v: Values): Promise<void> => {
    setError(null)
    try {
      const flow = await present.mutateAsync({
        documentId,
        leaderId: v.leaderId ?? 0,
        note: v.note?.trim() || null,
      })
      void message.success(`Đã trình ${flow.presentedTo?.name ?? 'lãnh đạo'}`)
      onClose()
    } catch (err) {
      setError(applyTaskErrors(form, err, '', directory.nameOf))
    }
  }

  return (
    <ActionModal<Values>
      title="Trình lãnh đạo xin ý kiến chỉ đạo"
      form={form}
      initialValues={{ leaderId: null, note: '' }}
      error={error}
      pending={present.isPending}
      onFinish={(v) => void onFinish(v)}
      onClose={onClose}
      submitLabel="Trình"
    >
      <Form.Item
        label="Lãnh đạo"
        name="leaderId"
        rules={[{ required: true, message: 'Chọn lãnh đạo nhận văn bản' }]}
      >
        <PersonSelect people={directory.leaders} placeholder="Gõ tên lãnh đạo" autoFocus />
      </Form.Item>
      <Form.Item label="Ghi chú" name="note" extra={ENTER_HINT}>
        <Input.TextArea
          autoSize={{ minRows: 2, maxRows: 6 }}
          maxLength={1000}
          placeholder="Ví dụ: Kính trình đồng chí Chủ tịch cho ý kiến chỉ đạo."
          onKeyDown={enterSubmits(form)}
        />
      </Form.Item>
    </ActionModal>
  )
}
