import { Alert, App, Form, Input, Modal, Typography } from 'antd'
import { useState, type ReactElement } from 'react'
import { passwordSchema } from '../../../../../shared/api/schemas'
import type { User } from '../../../../../shared/api/types'
import { useResetPassword } from '../../../api/users'
import { FormActions } from '../../../ui/form-actions'
import { applyApiError } from '../../../ui/form-errors'
import { sameAsRule, zodRule } from '../../../ui/zod-rule'

type Values = { newPassword: string; confirmPassword: string }

export function ResetPasswordModal({
  user,
  onClose,
}: Readonly<{ user: User; onClose: () => void }>): ReactElement {
  const [form] = Form.useForm<Values>()
  const reset = useResetPassword()
  const { message } = App.useApp()
  const [error, setError] = useState<string | null>(null)

  const onFinish = async ({ newPassword }: Values): Promise<void> => {
    setError(null)
    try {
      await reset.mutateAsync({ id: user.id, newPassword })
      void message.success(`Đã đặt lại mật khẩu cho ${user.fullName}`)
      onClose()
    } catch (err) {
      setError(applyApiError(form, err))
    }
  }

  return (
    <Modal open title={`Đặt lại mật khẩu: ${user.fullName}`} onCancel={onClose} footer={null}>
      <Typography.Paragraph type="secondary">
        Các phiên đăng nhập của {user.fullName} sẽ kết thúc ngay. Ở lần đăng nhập tới, người này
        phải đổi sang mật khẩu của riêng mình.
      </Typography.Paragraph>
      {error ? (
        <Alert type="error" showIcon role="alert" title={error} style={{ marginBottom: 16 }} />
      ) : null}
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(values) => void onFinish(values)}
        disabled={reset.isPending}
      >
        <Form.Item
          label="Mật khẩu mới"
          name="newPassword"
          extra="Ít nhất 8 ký tự."
          rules={[{ required: true, message: 'Nhập mật khẩu mới' }, zodRule(passwordSchema)]}
        >
          <Input.Password autoFocus autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          label="Nhập lại mật khẩu mới"
          name="confirmPassword"
          dependencies={['newPassword']}
          rules={[{ required: true, message: 'Nhập lại mật khẩu mới' }, sameAsRule('newPassword')]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <FormActions onCancel={onClose} submitLabel="Đặt lại mật khẩu" loading={reset.isPending} />
      </Form>
    </Modal>
  )
}
