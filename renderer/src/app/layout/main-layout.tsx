import { FileTextOutlined } from '@ant-design/icons'
import { Layout, Menu } from 'antd'
import type { ReactElement } from 'react'
import { Outlet, useLocation, useNavigate } from 'react-router'
import { useCurrentUser } from '../current-user'
import { navItems, selectedKey } from './nav'
import { UserMenu } from './user-menu'

export function MainLayout(): ReactElement {
  const user = useCurrentUser()
  const navigate = useNavigate()
  const { pathname } = useLocation()
  const selected = selectedKey(pathname)

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider
        width={232}
        breakpoint="lg"
        collapsedWidth={64}
        className="app-sider"
      >
        <div className="app-sider__brand">
          <FileTextOutlined aria-hidden />
          <span>Văn Thư</span>
        </div>
        <nav aria-label="Menu chính">
          <Menu
            mode="inline"
            selectedKeys={[selected]}
            defaultOpenKeys={selected.startsWith('/quan-tri') ? ['/quan-tri'] : []}
            items={navItems(user.roles)}
            onClick={({ key }) => void navigate(key)}
            style={{ borderInlineEnd: 'none', padding: '8px 4px' }}
          />
        </nav>
      </Layout.Sider>
      <Layout>
        <Layout.Header className="app-header">
          <span className="app-header__agency" title={user.agency.name}>
            {user.agency.name}
          </span>
          <UserMenu />
        </Layout.Header>
        <Layout.Content className="app-content">
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  )
}
