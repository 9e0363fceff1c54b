import {
  ApartmentOutlined,
  AuditOutlined,
  BankOutlined,
  BarChartOutlined,
  BookOutlined,
  CalendarOutlined,
  CarryOutOutlined,
  CloudServerOutlined,
  HomeOutlined,
  InboxOutlined,
  SafetyOutlined,
  SearchOutlined,
  SendOutlined,
  SettingOutlined,
  TeamOutlined,
} from '@ant-design/icons'
import { Badge, type MenuProps } from 'antd'
import type { ReactNode } from 'react'
import type { Role } from '../../../../shared/api/roles'
import { InboxNavLabel } from '../../features/inbox/inbox-nav-label'

type Item = Required<MenuProps>['items'][number]

/** Counts shown beside menu entries: real row counts from the core, never a guess. */
export type NavCounts = Readonly<{ intake?: number }>

function withCount(label: string, count: number | undefined, what: string): ReactNode {
  if (!count) {
    return label
  }
  return (
    <span className="nav-count">
      {label}
      <Badge count={count} size="small" color="#d4380d" title={`${count} ${what}`} />
    </span>
  )
}

/** The left menu, in the order offices know: overview, incoming, outgoing, work, search, reports. */
export function navItems(roles: readonly Role[], counts: NavCounts = {}): Item[] {
  const items: Item[] = [
    { key: '/tong-quan', icon: <HomeOutlined aria-hidden />, label: 'Tổng quan' },
    // The label asks the core for its own count, so the badge is the boxes' real total.
    { key: '/xu-ly', icon: <InboxOutlined aria-hidden />, label: <InboxNavLabel /> },
    {
      key: '/van-ban-den',
      icon: <InboxOutlined aria-hidden />,
      label: withCount('Văn bản đến', counts.intake, 'tệp chờ vào sổ'),
    },
    { key: '/van-ban-di', icon: <SendOutlined aria-hidden />, label: 'Văn bản đi' },
    { key: '/cong-viec', icon: <CarryOutOutlined aria-hidden />, label: 'Công việc' },
    { key: '/tra-cuu', icon: <SearchOutlined aria-hidden />, label: 'Tra cứu' },
    { key: '/bao-cao', icon: <BarChartOutlined aria-hidden />, label: 'Báo cáo' },
  ]
  if (roles.includes('quan_tri')) {
    items.push({
      key: '/quan-tri',
      icon: <SettingOutlined aria-hidden />,
      label: 'Quản trị',
      children: [
        { key: '/quan-tri/don-vi', icon: <ApartmentOutlined aria-hidden />, label: 'Đơn vị' },
        { key: '/quan-tri/nguoi-dung', icon: <TeamOutlined aria-hidden />, label: 'Người dùng' },
        { key: '/quan-tri/phan-quyen', icon: <SafetyOutlined aria-hidden />, label: 'Phân quyền' },
        { key: '/quan-tri/so-van-ban', icon: <BookOutlined aria-hidden />, label: 'Sổ văn bản' },
        {
          key: '/quan-tri/lich-lam-viec',
          icon: <CalendarOutlined aria-hidden />,
          label: 'Lịch làm việc',
        },
        { key: '/quan-tri/co-quan', icon: <BankOutlined aria-hidden />, label: 'Cơ quan' },
        { key: '/quan-tri/sao-luu', icon: <CloudServerOutlined aria-hidden />, label: 'Sao lưu' },
        { key: '/quan-tri/nhat-ky', icon: <AuditOutlined aria-hidden />, label: 'Nhật ký' },
      ],
    })
  }
  return items
}

/** The menu key to highlight for a path: the longest key the path starts with. */
export function selectedKey(pathname: string): string {
  const keys = [
    '/quan-tri/don-vi',
    '/quan-tri/nguoi-dung',
    '/quan-tri/phan-quyen',
    '/quan-tri/so-van-ban',
    '/quan-tri/lich-lam-viec',
    '/quan-tri/co-quan',
    '/quan-tri/sao-luu',
    '/quan-tri/nhat-ky',
    '/tong-quan',
    '/xu-ly',
    '/van-ban-den',
    '/van-ban-di',
    '/cong-viec',
    '/tra-cuu',
    '/bao-cao',
  ]
  return keys.find((k) => pathname === k || pathname.startsWith(`${k}/`)) ?? ''
}
