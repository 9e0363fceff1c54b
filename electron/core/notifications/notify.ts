import type { Db } from '../db/open'

export type NewNotification = Readonly<{
  kind: string
  title: string
  body: string
  taskId?: number | null
  documentId?: number | null
  draftId?: number | null
  /** Same key for the same person → stored once, however often it is raised. */
  key: string
}>

/** Tells people something, once each; the person who caused it is not told. */
export function notify(
  db: Db,
  userIds: Iterable<number>,
  n: NewNotification,
  now: string,
  except: number | null = null,
): void {
  const insert = db.prepare(
    `INSERT OR IGNORE INTO notifications
       (user_id, kind, title, body, task_id, document_id, draft_id, dedupe_key, created_at)
     SELECT ?, ?, ?, ?, ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM users WHERE id = ? AND disabled_at IS NULL)`,
  )
  for (const id of new Set(userIds)) {
    if (id === except) {
      continue
    }
    insert.run(
      id,
      n.kind,
      n.title,
      n.body,
      n.taskId ?? null,
      n.documentId ?? null,
      n.draftId ?? null,
      n.key,
      now,
      id,
    )
  }
}
