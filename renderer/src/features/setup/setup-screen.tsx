import { Alert, App, Button, Divider, Form, Input } from 'antd'
import { useState, type ReactElement } from 'react'
import { fullNameSchema, passwordSchema, usernameSchema } from '../../../../shared/api/schemas'
import { useSetup } from '../../api/system'
import { CenteredPage } from '../../ui/centered-page'
import { applyApiError } from '../../ui/form-errors'
import { organIdValue } from '../../ui/organ-id'
import { UnitIdentityFields } from '../../ui/unit-identity-fields'
import { sameAsRule, zodRule } from '../../ui/zod-rule'

type Values = {
  agencyName: string
  agencyShortName: string
  agencyCode?: string
  adminFullName: string
  adminUsername: string
  adminPassword: string
  confirmPassword: string
}

/** First run: the agency (root of the unit tree) and its first administrator, who is signed in. */
export function SetupScreen(): ReactElement {
  const [form] = Form.useForm<Values>()
  const setup = useSetup()
  const { message } = App.useApp()
  const [error, setError] = useState<string | null>(null)

  const onFinish = async ({ confirmPassword: _confirm, ...values }: Values): Promise<void> => {
    setError(null)
    try {
      await setup.mutateAsync({ ...values, agencyCode: organIdValue(values.agencyCode) })
      void message.success('Đã thiết lập cơ quan. Bạn đang đăng nhập với vai trò Quản trị.')
    } catch (err) {
      setError(applyApiError(form, err))
    }
  }

  return (
    <CenteredPage
      title="Thiết lập ban đầu"
      subtitle="Khai báo cơ quan sử dụng phần mềm và tài khoản quản trị đầu tiên. Các thông tin này sửa lại được sau."
      width={560}
    >
      {error ? (
        <Alert type="error" showIcon role="alert" title={error} style={{ marginBottom: 16 }} />
      ) : null}
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(values) => void onFinish(values)}
        disabled={setup.isPending}
      >
        <Divider titlePlacement="start" style={{ marginTop: 0 }}>
          Cơ quan
        </Divider>
        <UnitIdentityFields
          names={{ name: 'agencyName', shortName: 'agencyShortName', code: 'agencyCode' }}
          noun="cơ quan"
          namePlaceholder="Ví dụ: Ủy ban nhân dân tỉnh Lâm Đồng"
          shortNamePlaceholder="UBND"
          kyHieuExample="12/UBND-VP"
          autoFocus
        />

        <Divider titlePlacement="start">Tài khoản quản trị</Divider>
        <Form.Item
          label="Họ tên"
          name="adminFullName"
          rules={[{ required: true, message: 'Nhập họ tên' }, zodRule(fullNameSchema)]}
        >
          <Input autoComplete="name" />
        </Form.Item>
        <Form.Item
          label="Tên đăng nhập"
          name="adminUsername"
          extra="3–50 ký tự: chữ không dấu, số, dấu chấm, gạch."
          rules={[{ required: true, message: 'Nhập tên đăng nhập' }, zodRule(usernameSchema)]}
        >
          <Input autoComplete="username" autoCapitalize="none" spellCheck={false} />
        </Form.Item>
        <Form.Item
          label="Mật khẩu"
          name="adminPassword"
          extra="Ít nhất 8 ký tự."
          rules={[{ required: true, message: 'Nhập mật khẩu' }, zodRule(passwordSchema)]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          label="Nhập lại mật khẩu"
          name="confirmPassword"
          dependencies={['adminPassword']}
          rules={[{ required: true, message: 'Nhập lại mật khẩu' }, sameAsRule('adminPassword')]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" size="large" block loading={setup.isPending}>
          Hoàn tất thiết lập
        </Button>
      </Form>
    </CenteredPage>
  )
}
