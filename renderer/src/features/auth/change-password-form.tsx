import { Alert, Button, Form, Input } from 'antd'
import { useState, type ReactElement } from 'react'
import { passwordSchema } from '../../../../shared/api/schemas'
import { useChangePassword } from '../../api/auth'
import { applyApiError } from '../../ui/form-errors'
import { sameAsRule, zodRule } from '../../ui/zod-rule'

type Values = { currentPassword: string; newPassword: string; confirmPassword: string }

type Props = Readonly<{ onDone: () => void; submitLabel?: string }>

export function ChangePasswordForm({ onDone, submitLabel = 'Đổi mật khẩu' }: Props): ReactElement {
  const [form] = Form.useForm<Values>()
  const change = useChangePassword()
  const [error, setError] = useState<string | null>(null)

  const onFinish = async ({ currentPassword, newPassword }: Values): Promise<void> => {
    setError(null)
    try {
      await change.mutateAsync({ currentPassword, newPassword })
      form.resetFields()
      onDone()
    } catch (err) {
      setError(applyApiError(form, err))
    }
  }

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      onFinish={(values) => void onFinish(values)}
      disabled={change.isPending}
    >
      {error ? (
        <Alert type="error" showIcon role="alert" title={error} style={{ marginBottom: 16 }} />
      ) : null}
      <Form.Item
        label="Mật khẩu hiện tại"
        name="currentPassword"
        rules={[{ required: true, message: 'Nhập mật khẩu hiện tại' }]}
      >
        <Input.Password autoFocus autoComplete="current-password" />
      </Form.Item>
      <Form.Item
        label="Mật khẩu mới"
        name="newPassword"
        extra="Ít nhất 8 ký tự."
        rules={[{ required: true, message: 'Nhập mật khẩu mới' }, zodRule(passwordSchema)]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        label="Nhập lại mật khẩu mới"
        name="confirmPassword"
        dependencies={['newPassword']}
        rules={[{ required: true, message: 'Nhập lại mật khẩu mới' }, sameAsRule('newPassword')]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={change.isPending}>
        {submitLabel}
      </Button>
    </Form>
  )
}
