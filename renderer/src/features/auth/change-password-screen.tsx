import { App, Card } from 'antd'
import type { ReactElement } from 'react'
import { PageHeader } from '../../ui/page-header'
import { ChangePasswordForm } from './change-password-form'

/** "Đổi mật khẩu" from the user menu, inside the main layout. */
export function ChangePasswordScreen(): ReactElement {
  const { message } = App.useApp()
  return (
    <>
      <PageHeader
        title="Đổi mật khẩu"
        description="Sau khi đổi, các phiên đăng nhập khác của bạn sẽ kết thúc."
      />
      <Card style={{ maxWidth: 480 }}>
        <ChangePasswordForm onDone={() => void message.success('Đã đổi mật khẩu')} />
      </Card>
    </>
  )
}
