import type { Db } from '../db/open'

export type ToEntry = Readonly<{
  role: 'chu_tri' | 'phoi_hop' | 'de_biet' | 'xu_ly' | 'trinh'
  kind: 'unit' | 'user'
  id: number
  deadline?: string | null
}>

export type NewStep = Readonly<{
  documentId: number
  level: 0 | 1 | 2 | 3
  kind: 'trinh' | 'chi_dao' | 'phan_cong' | 'de_xuat' | 'hoan_thanh'
  actorId: number
  recordedBy: number | null
  onPaper: boolean
  to: readonly ToEntry[]
  text: string | null
  deadline: string | null
  taskId: number | null
  at: string
}>

/** One line of the document's Phiếu giải quyết. */
export function addStep(db: Db, s: NewStep): number {
  return Number(
    db
      .prepare(
        `INSERT INTO document_steps (document_id, level, kind, actor_id, recorded_by, on_paper, to_json, text, deadline, task_id, at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        s.documentId,
        s.level,
        s.kind,
        s.actorId,
        s.recordedBy,
        s.onPaper ? 1 : 0,
        JSON.stringify(s.to),
        s.text,
        s.deadline,
        s.taskId,
        s.at,
      ).lastInsertRowid,
  )
}

/**
 * Keeps an incoming document's status in step with its tasks, in the same transaction as the
 * change: đang giải quyết while one is open, đã giải quyết once all are done.
 */
export function refreshDocumentStatus(db: Db, documentId: number | null, now: string): void {
  if (documentId === null) {
    return
  }
  const t = db
    .prepare<[number], { total: number; open: number }>(
      `SELECT COUNT(*) AS total, COALESCE(SUM(completed_at IS NULL), 0) AS open FROM tasks WHERE document_id = ?`,
    )
    .get(documentId)
  if (!t || t.total === 0) {
    return
  }
  db.prepare('UPDATE documents SET status = ?, updated_at = ? WHERE id = ?').run(
    t.open > 0 ? 'dang_giai_quyet' : 'da_giai_quyet',
    now,
    documentId,
  )
}

/** Opening a document or task is reading it: "nhận để biết" closes itself (UX goal 5). */
export function markInformRead(
  db: Db,
  userId: number,
  at: string,
  target: Readonly<{ documentId?: number | null; taskId?: number | null }>,
): void {
  if (target.documentId) {
    db.prepare(
      'UPDATE document_informs SET read_at = ? WHERE document_id = ? AND user_id = ? AND read_at IS NULL',
    ).run(at, target.documentId, userId)
    db.prepare(
      `UPDATE task_members SET read_at = ? WHERE user_id = ? AND role = 'de_biet' AND read_at IS NULL
         AND task_id IN (SELECT id FROM tasks WHERE document_id = ?)`,
    ).run(at, userId, target.documentId)
  }
  if (target.taskId) {
    db.prepare(
      `UPDATE task_members SET read_at = ? WHERE task_id = ? AND user_id = ? AND role = 'de_biet' AND read_at IS NULL`,
    ).run(at, target.taskId, userId)
  }
}
