import { Alert, Form, Input, Modal } from 'antd'
import { useState, type ReactElement } from 'react'
import type { IntakeItem } from '../../../../../shared/api/document-types'
import { useDismissIntake } from '../../../api/intake'
import { applyApiError } from '../../../ui/form-errors'

type Props = Readonly<{ item: IntakeItem; onClose: () => void }>

/** Taking a file out of the queue without registering it needs a reason, kept in the log. */
export function DismissModal({ item, onClose }: Props): ReactElement {
  const [form] = Form.useForm<{ reason: string }>()
  const dismiss = useDismissIntake()
  const [error, setError] = useState<string | null>(null)

  const onOk = async (): Promise<void> => {
    setError(null)
    const { reason } = await form.validateFields()
    try {
      await dismiss.mutateAsync({ id: item.id, reason: reason.trim() })
      onClose()
    } catch (err) {
      setError(applyApiError(form, err))
    }
  }

  return (
    <Modal
      open
      title={`Bỏ qua tệp ${item.file.name}`}
      okText="Bỏ qua tệp"
      okButtonProps={{ danger: true, loading: dismiss.isPending }}
      cancelText="Đóng"
      onOk={() => void onOk().catch(() => undefined)}
      onCancel={onClose}
      destroyOnHidden
    >
      {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} /> : null}
      <Form form={form} layout="vertical" onFinish={() => void onOk().catch(() => undefined)}>
        <Form.Item
          label="Lý do bỏ qua"
          name="reason"
          rules={[{ required: true, whitespace: true, message: 'Nhập lý do' }, { max: 500 }]}
          extra="Ví dụ: gửi nhầm cơ quan, trùng với văn bản đã vào sổ, không phải văn bản."
        >
          <Input.TextArea autoFocus rows={3} maxLength={500} showCount />
        </Form.Item>
      </Form>
    </Modal>
  )
}
