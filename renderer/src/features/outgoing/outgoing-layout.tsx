import { Tabs } from 'antd'
import type { ReactElement } from 'react'
import { Outlet, useLocation, useNavigate } from 'react-router'
import { useCurrentUser } from '../../app/current-user'
import { PageHeader } from '../../ui/page-header'
import './outgoing.css'

export const OUTGOING_BASE = '/van-ban-di'

/**
 * Văn bản đi: the register for everyone, the drafts (their own screens), and for the văn thư
 * issuing and the numbers taken ahead.
 */
export function OutgoingLayout(): ReactElement {
  const user = useCurrentUser()
  const clerk = user.roles.includes('van_thu')
  const navigate = useNavigate()
  const { pathname } = useLocation()
  const tab = pathname.slice(OUTGOING_BASE.length + 1).split('/')[0] ?? ''

  const items = [
    { key: 'so', label: 'Sổ văn bản đi' },
    { key: 'du-thao', label: 'Dự thảo' },
    ...(clerk
      ? [
          { key: 'ban-hanh', label: 'Cấp số, ban hành' },
          { key: 'lay-so', label: 'Số đã lấy trước' },
        ]
      : []),
  ]

  return (
    <>
      <PageHeader title="Văn bản đi" />
      <Tabs
        activeKey={tab}
        items={items}
        onChange={(key) => void navigate(`${OUTGOING_BASE}/${key}`)}
        className="outgoing-tabs"
      />
      <Outlet />
    </>
  )
}
