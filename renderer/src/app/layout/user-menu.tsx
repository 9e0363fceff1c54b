import { DownOutlined, KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons'
import { App, Avatar, Button, Dropdown } from 'antd'
import type { ReactElement } from 'react'
import { useNavigate } from 'react-router'
import { useLogout } from '../../api/auth'
import { useCurrentUser } from '../current-user'

export function UserMenu(): ReactElement {
  const user = useCurrentUser()
  const navigate = useNavigate()
  const logout = useLogout()
  const { message } = App.useApp()

  const onLogout = async (): Promise<void> => {
    // The next person to sign in starts from the overview, not from this person's last screen.
    await navigate('/tong-quan')
    try {
      await logout.mutateAsync()
    } catch {
      // Already signed out on the server (expired session): locally it is done all the same.
    }
    void message.success('Đã đăng xuất')
  }

  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          { key: 'password', icon: <KeyOutlined aria-hidden />, label: 'Đổi mật khẩu' },
          { type: 'divider' },
          { key: 'logout', icon: <LogoutOutlined aria-hidden />, label: 'Đăng xuất', danger: true },
        ],
        onClick: ({ key }) => {
          if (key === 'password') {
            void navigate('/doi-mat-khau')
          } else if (key === 'logout') {
            void onLogout()
          }
        },
      }}
    >
      <Button type="text" className="app-user-button" aria-label={`Tài khoản: ${user.fullName}`}>
        <Avatar size={32} icon={<UserOutlined aria-hidden />} style={{ background: '#1d5fa6' }} />
        <span className="app-user-button__text">
          <span>{user.fullName}</span>
          <span className="app-user-button__meta">
            {user.position} · {user.unitName}
          </span>
        </span>
        <DownOutlined aria-hidden style={{ fontSize: 10 }} />
      </Button>
    </Dropdown>
  )
}
