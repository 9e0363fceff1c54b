import { FileTextOutlined } from '@ant-design/icons'
import { Layout, Menu } from 'antd'
import { useState, type ReactElement } from 'react'
import { Outlet, useLocation, useNavigate } from 'react-router'
import { useIntake } from '../../api/intake'
import { NotificationBell } from '../../features/notifications/notification-bell'
import { GlobalSearch } from '../../features/search/global-search'
import { useCurrentUser } from '../current-user'
import { navItems, selectedKey } from './nav'
import { UserMenu } from './user-menu'

export function MainLayout(): ReactElement {
  const user = useCurrentUser()
  const navigate = useNavigate()
  const { pathname } = useLocation()
  const selected = selectedKey(pathname)
  const [openKeys, setOpenKeys] = useState<string[]>([])
  const [seenPath, setSeenPath] = useState<string | null>(null)
  const [narrow, setNarrow] = useState(false)
  // The clerk's queue: the badge is the queue's real length.
  const intake = useIntake(user.roles.includes('van_thu'))
  // Arriving on an admin screen (by link, history or login) opens its group so the highlight
  // shows; after that the person may fold it.
  if (seenPath !== pathname) {
    setSeenPath(pathname)
    if (selected.startsWith('/quan-tri/') && !openKeys.includes('/quan-tri')) {
      setOpenKeys([...openKeys, '/quan-tri'])
    }
  }

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider
        width={232}
        breakpoint="lg"
        collapsedWidth={64}
        onBreakpoint={setNarrow}
        trigger={null}
        className="app-sider"
      >
        <div className="app-sider__brand">
          <FileTextOutlined aria-hidden />
          {narrow ? null : <span>Văn Thư</span>}
        </div>
        <nav aria-label="Menu chính">
          <Menu
            mode="inline"
            selectedKeys={[selected]}
            openKeys={openKeys}
            onOpenChange={setOpenKeys}
            items={navItems(user.roles, { intake: intake.data?.length })}
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
          <GlobalSearch />
          <div className="app-header__actions">
            <NotificationBell />
            <UserMenu />
          </div>
        </Layout.Header>
        <Layout.Content className="app-content">
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  )
}
