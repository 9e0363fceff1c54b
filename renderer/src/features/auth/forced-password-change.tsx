import { App, Button, Typography } from 'antd'
import type { ReactElement } from 'react'
import { useLogout } from '../../api/auth'
import { useCurrentUser } from '../../app/current-user'
import { CenteredPage } from '../../ui/centered-page'
import { ChangePasswordForm } from './change-password-form'

/** A password set by an administrator is temporary: nothing else opens until it is replaced. */
export function ForcedPasswordChange(): ReactElement {
  const user = useCurrentUser()
  const logout = useLogout()
  const { message } = App.useApp()
  return (
    <CenteredPage
      title="Đổi mật khẩu"
      subtitle={
        <>
          Xin chào <strong>{user.fullName}</strong>. Mật khẩu hiện tại do quản trị cấp; hãy đặt mật
          khẩu của riêng bạn trước khi bắt đầu làm việc.
        </>
      }
      width={460}
    >
      <ChangePasswordForm
        submitLabel="Đổi mật khẩu và tiếp tục"
        onDone={() => void message.success('Đã đổi mật khẩu')}
      />
      <Typography.Paragraph style={{ marginTop: 16, marginBottom: 0 }}>
        <Button type="link" style={{ padding: 0 }} onClick={() => logout.mutate()}>
          Đăng xuất
        </Button>
      </Typography.Paragraph>
    </CenteredPage>
  )
}
