import { Badge, Tabs } from 'antd'
import type { ReactElement } from 'react'
import { Navigate, Outlet, useLocation, useNavigate } from 'react-router'
import { useIntake } from '../../api/intake'
import { useCurrentUser } from '../../app/current-user'
import { PageHeader } from '../../ui/page-header'

const BASE = '/van-ban-den'

/** Văn bản đến: the clerk's three tabs; others see the register only. */
export function IncomingLayout(): ReactElement {
  const user = useCurrentUser()
  const clerk = user.roles.includes('van_thu')
  const intake = useIntake(clerk)
  const navigate = useNavigate()
  const { pathname } = useLocation()
  const tab = pathname.slice(BASE.length + 1).split('/')[0] ?? ''
  const waiting = intake.data?.length ?? 0

  const items = [
    ...(clerk
      ? [
          { key: 'vao-so', label: 'Vào sổ' },
          {
            key: 'cho-vao-so',
            label: (
              <span>
                Chờ vào sổ{' '}
                <Badge
                  count={waiting}
                  showZero
                  color={waiting > 0 ? '#d4380d' : '#bfbfbf'}
                  size="small"
                  aria-label={`${waiting} tệp chờ vào sổ`}
                />
              </span>
            ),
          },
        ]
      : []),
    { key: 'so', label: 'Sổ văn bản đến' },
  ]

  return (
    <>
      <PageHeader title="Văn bản đến" />
      <Tabs
        activeKey={tab}
        items={items}
        onChange={(key) => void navigate(`${BASE}/${key}`)}
        className="incoming-tabs"
      />
      <Outlet />
    </>
  )
}

/** `/van-ban-den` alone: the clerk starts on the form, everyone else on the register. */
export function IncomingIndex(): ReactElement {
  const user = useCurrentUser()
  return <Navigate to={user.roles.includes('van_thu') ? 'vao-so' : 'so'} replace />
}
