import type { Notification, NotificationPage } from '../../../shared/api/task-types'
import type { Handlers } from '../api/handler'
import type { CoreDeps } from '../context'
import { forbidden } from '../errors'
import { sweepReminders } from './reminders'

type Row = {
  id: number
  kind: string
  title: string
  body: string
  task_id: number | null
  document_id: number | null
  draft_id: number | null
  created_at: string
  read_at: string | null
}

const toItem = (r: Row): Notification => ({
  id: r.id,
  kind: r.kind,
  title: r.title,
  body: r.body,
  taskId: r.task_id,
  documentId: r.document_id,
  draftId: r.draft_id,
  createdAt: r.created_at,
  readAt: r.read_at,
})

function page(
  deps: CoreDeps,
  userId: number,
  unreadOnly: boolean,
  limit: number,
): NotificationPage {
  const items = deps.db
    .prepare<[number, number], Row>(
      `SELECT id, kind, title, body, task_id, document_id, draft_id, created_at, read_at FROM notifications
       WHERE user_id = ? ${unreadOnly ? 'AND read_at IS NULL' : ''} ORDER BY id DESC LIMIT ?`,
    )
    .all(userId, limit)
    .map(toItem)
  const unread =
    deps.db
      .prepare<[number], { n: number }>(
        'SELECT COUNT(*) AS n FROM notifications WHERE user_id = ? AND read_at IS NULL',
      )
      .get(userId)?.n ?? 0
  return { items, unread }
}

function me(actor: Parameters<Handlers['notifications.list']>[0]['actor']): number {
  if (actor.kind !== 'user') {
    throw forbidden('Thông báo thuộc về người dùng đã đăng nhập')
  }
  return actor.user.id
}

export const notificationHandlers = {
  'notifications.list': (ctx, q) => {
    const userId = me(ctx.actor)
    sweepReminders(ctx)
    return page(ctx, userId, q.unreadOnly, q.limit)
  },

  'notifications.markRead': (ctx, q) => {
    const userId = me(ctx.actor)
    const now = ctx.clock().toISOString()
    if (q.all) {
      ctx.db
        .prepare('UPDATE notifications SET read_at = ? WHERE user_id = ? AND read_at IS NULL')
        .run(now, userId)
    } else {
      const mark = ctx.db.prepare(
        'UPDATE notifications SET read_at = ? WHERE id = ? AND user_id = ? AND read_at IS NULL',
      )
      ctx.db.transaction(() => (q.ids ?? []).forEach((id) => mark.run(now, id, userId)))()
    }
    ctx.audit({
      recordType: 'notification',
      recordId: null,
      detail: { ids: q.ids ?? null, all: q.all ?? false },
    })
    return page(ctx, userId, false, 50)
  },

  'notifications.takeDesktop': (ctx) => {
    const userId = me(ctx.actor)
    sweepReminders(ctx)
    const now = ctx.clock().toISOString()
    return ctx.db.transaction(() => {
      const rows = ctx.db
        .prepare<[number], Row>(
          `SELECT id, kind, title, body, task_id, document_id, draft_id, created_at, read_at FROM notifications
           WHERE user_id = ? AND read_at IS NULL AND desktop_shown_at IS NULL ORDER BY id LIMIT 20`,
        )
        .all(userId)
      const shown = ctx.db.prepare('UPDATE notifications SET desktop_shown_at = ? WHERE id = ?')
      rows.forEach((r) => shown.run(now, r.id))
      ctx.audit({
        recordType: 'notification',
        recordId: null,
        detail: { desktop: rows.map((r) => r.id) },
      })
      return rows.map(toItem)
    })()
  },
} satisfies Partial<Handlers>
