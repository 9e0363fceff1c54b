import { App } from 'antd'
import { useEffect, useRef } from 'react'
import type { Notification as AppNotification } from '../../../../shared/api/task-types'
import { browserCanNotify } from './desktop-permission'

/** More than this at once are summed up in one line rather than a wall of toasts. */
const SHOW_AT_MOST = 3

/**
 * In a browser, tells the person of notifications that arrive while the page is open: as system
 * notifications when they allowed them, else as toasts inside the page. What was already there
 * at the first load is the bell's business, not news. The desktop app needs none of this: its
 * main process shows every notification through the operating system.
 */
export function useNewNotificationAlerts(
  items: readonly AppNotification[] | undefined,
  open: (item: AppNotification) => void,
): void {
  const { notification } = App.useApp()
  const newestSeen = useRef<number | null>(null)
  const openRef = useRef(open)
  // What this person was shown goes away with them: the next person to sign in on this
  // computer must not find the previous one's work on the screen.
  const toastKeys = useRef(new Set<string>())
  const systemNotes = useRef(new Set<Notification>())

  useEffect(() => {
    openRef.current = open
  }, [open])

  useEffect(() => {
    const keys = toastKeys.current
    const notes = systemNotes.current
    return () => {
      keys.forEach((key) => notification.destroy(key))
      notes.forEach((note) => note.close())
      keys.clear()
      notes.clear()
    }
  }, [notification])

  useEffect(() => {
    if (items === undefined) {
      return
    }
    const newest = items.reduce((max, n) => Math.max(max, n.id), 0)
    const seen = newestSeen.current
    newestSeen.current = Math.max(seen ?? 0, newest)
    if (seen === null || window.api !== undefined) {
      return
    }
    // Newest first, as listed; the newest few are shown, oldest of them first.
    const fresh = items.filter((n) => n.id > seen && n.readAt === null)
    if (fresh.length === 0) {
      return
    }
    const system = browserCanNotify() && window.Notification.permission === 'granted'
    const shown = fresh.slice(0, SHOW_AT_MOST).reverse()
    for (const n of shown) {
      if (system) {
        const note = new window.Notification(n.title, { body: n.body, tag: `vanthu-${n.id}` })
        systemNotes.current.add(note)
        note.onclose = () => systemNotes.current.delete(note)
        note.onclick = () => {
          window.focus()
          note.close()
          openRef.current(n)
        }
      } else {
        toastKeys.current.add(`notification-${n.id}`)
        notification.info({
          key: `notification-${n.id}`,
          title: n.title,
          description: n.body,
          placement: 'bottomRight',
          // Longer than a "saved" message: it is news to read, and the bell keeps it anyway.
          duration: 10,
          onClick: () => {
            notification.destroy(`notification-${n.id}`)
            openRef.current(n)
          },
          style: { cursor: 'pointer' },
        })
      }
    }
    const rest = fresh.length - shown.length
    if (rest > 0) {
      const text = `Và ${rest} thông báo mới khác: xem ở biểu tượng chuông.`
      if (system) {
        systemNotes.current.add(
          new window.Notification('Văn Thư', { body: text, tag: 'vanthu-more' }),
        )
      } else {
        toastKeys.current.add('notification-more')
        notification.info({
          key: 'notification-more',
          title: 'Thông báo mới',
          description: text,
          placement: 'bottomRight',
        })
      }
    }
  }, [items, notification])
}
