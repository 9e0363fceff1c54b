import { BellOutlined } from '@ant-design/icons'
import { Badge, Button, Flex, Popover, Typography } from 'antd'
import { useCallback, useState, type ReactElement } from 'react'
import { useNavigate } from 'react-router'
import type { Notification as AppNotification } from '../../../../shared/api/task-types'
import { useMarkNotificationsRead, useNotifications } from '../../api/notifications'
import { DesktopPermission } from './desktop-permission'
import { NotificationList } from './notification-list'
import { notificationPath } from './notification-target'
import { useNewNotificationAlerts } from './use-new-notification-alerts'
import './notifications.css'

/** The bell in the header: the unread count, and the latest notifications on click. */
export function NotificationBell(): ReactElement {
  const list = useNotifications()
  const markRead = useMarkNotificationsRead()
  const { mutate: mark } = markRead
  const navigate = useNavigate()
  const [open, setOpen] = useState(false)
  const unread = list.data?.unread

  const openItem = useCallback(
    (n: AppNotification): void => {
      setOpen(false)
      if (n.readAt === null) {
        mark({ ids: [n.id] })
      }
      const path = notificationPath(n)
      if (path !== null) {
        void navigate(path)
      }
    },
    [mark, navigate],
  )
  useNewNotificationAlerts(list.data?.items, openItem)

  const content = (
    <div className="notification-panel" role="region" aria-label="Thông báo">
      <Flex justify="space-between" align="center" className="notification-panel__head">
        <Typography.Text strong>Thông báo</Typography.Text>
        <Button
          type="link"
          size="small"
          disabled={!unread || markRead.isPending}
          onClick={() => mark({ all: true })}
        >
          Đánh dấu đã đọc tất cả
        </Button>
      </Flex>
      <div className="notification-panel__body">
        {list.isPending ? (
          <div className="notification-empty">Đang tải…</div>
        ) : list.isError ? (
          <div className="notification-empty" role="alert">
            {list.error.message}{' '}
            <Button type="link" size="small" onClick={() => void list.refetch()}>
              Thử lại
            </Button>
          </div>
        ) : (
          <NotificationList items={list.data.items} onOpen={openItem} />
        )}
      </div>
      <DesktopPermission />
    </div>
  )

  const label =
    unread === undefined
      ? 'Thông báo'
      : unread > 0
        ? `Thông báo: ${unread} chưa đọc`
        : 'Thông báo: không có thông báo mới'
  return (
    <Popover
      trigger="click"
      placement="bottomRight"
      open={open}
      onOpenChange={setOpen}
      content={content}
      arrow={false}
      styles={{ container: { padding: 0 } }}
    >
      <Badge count={unread} overflowCount={99} size="small" offset={[-4, 4]}>
        <Button
          type="text"
          shape="circle"
          size="large"
          icon={<BellOutlined aria-hidden />}
          aria-label={label}
          data-testid="notification-bell"
        />
      </Badge>
    </Popover>
  )
}
