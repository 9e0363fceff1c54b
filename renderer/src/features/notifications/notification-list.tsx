import type { ReactElement } from 'react'
import type { Notification as AppNotification } from '../../../../shared/api/task-types'
import { formatDateTime } from '../../ui/format'
import { timeAgo } from './relative-time'

type Props = Readonly<{
  items: readonly AppNotification[]
  onOpen: (item: AppNotification) => void
}>

/** Newest first; unread ones bold with a dot, so the eye finds them without reading. */
export function NotificationList({ items, onOpen }: Props): ReactElement {
  if (items.length === 0) {
    return <div className="notification-empty">Chưa có thông báo nào.</div>
  }
  return (
    <ul className="notification-list" aria-label="Danh sách thông báo">
      {items.map((n) => {
        const unread = n.readAt === null
        return (
          <li key={n.id}>
            <button
              type="button"
              className={
                unread ? 'notification-item notification-item--unread' : 'notification-item'
              }
              onClick={() => onOpen(n)}
              aria-label={`${unread ? 'Chưa đọc: ' : ''}${n.title}. ${n.body}`}
            >
              <span className="notification-item__dot" aria-hidden />
              <span className="notification-item__text">
                <span className="notification-item__title">{n.title}</span>
                <span className="notification-item__body">{n.body}</span>
                <time
                  className="notification-item__time"
                  dateTime={n.createdAt}
                  title={formatDateTime(n.createdAt)}
                >
                  {timeAgo(n.createdAt)}
                </time>
              </span>
            </button>
          </li>
        )
      })}
    </ul>
  )
}
