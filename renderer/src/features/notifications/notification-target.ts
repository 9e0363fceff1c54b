import type { Notification as AppNotification } from '../../../../shared/api/task-types'

/** The screen a notification is about: its draft, else its task, else its document, else nowhere. */
export function notificationPath(
  n: Pick<AppNotification, 'taskId' | 'documentId' | 'draftId'>,
): string | null {
  if (n.draftId !== null) {
    return `/van-ban-di/du-thao/${n.draftId}`
  }
  if (n.taskId !== null) {
    return `/cong-viec/${n.taskId}`
  }
  if (n.documentId !== null) {
    return `/van-ban-den/${n.documentId}`
  }
  return null
}
