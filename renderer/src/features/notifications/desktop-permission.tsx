import { Button, Typography } from 'antd'
import { useState, type ReactElement } from 'react'

/** The browser can show system notifications, and this is not the desktop app (which does). */
export const browserCanNotify = (): boolean =>
  window.api === undefined && typeof window.Notification === 'function'

/**
 * Asks the browser for permission to show notifications, only when the person clicks: a page
 * that asks on its own is blocked by browsers and resented by people.
 */
export function DesktopPermission(): ReactElement | null {
  const [permission, setPermission] = useState<NotificationPermission | null>(() =>
    browserCanNotify() ? window.Notification.permission : null,
  )
  if (permission === null || permission === 'granted') {
    return null
  }
  if (permission === 'denied') {
    return (
      <Typography.Text type="secondary" className="notification-permission">
        Trình duyệt đang chặn thông báo của Văn Thư; thông báo mới hiện ở góc màn hình.
      </Typography.Text>
    )
  }
  return (
    <Button
      type="link"
      size="small"
      className="notification-permission"
      onClick={() => {
        void window.Notification.requestPermission().then(setPermission)
      }}
    >
      Bật thông báo trên máy
    </Button>
  )
}
