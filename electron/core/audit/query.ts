import type { ParsedInput } from '../../../shared/api/contract'
import type { AuditPage, AuditRecordType, AuditRow } from '../../../shared/audit/types'
import { scopeOf } from '../access/scope'
import type { Actor } from '../context'
import type { Db } from '../db/open'
import { visibility } from '../documents/access'
import { draftVisibility } from '../drafts/access'
import { notFound } from '../errors'
import { taskVisibility } from '../tasks/visibility'

type Raw = {
  id: number
  at: string
  actor_user_id: number | null
  actor: string
  actor_name: string | null
  method: string
  record_type: string | null
  record_id: number | null
  detail: string
}

const SELECT = `SELECT a.id, a.at, a.actor_user_id, a.actor, u.full_name AS actor_name, a.method,
  a.record_type, a.record_id, a.detail FROM audit_log a LEFT JOIN users u ON u.id = a.actor_user_id`

const toRow = (r: Raw, hidden: boolean): AuditRow => ({
  id: r.id,
  at: r.at,
  actorUserId: r.actor_user_id,
  actor: r.actor,
  actorName: r.actor_name,
  method: r.method,
  recordType: r.record_type,
  recordId: r.record_id,
  detail: hidden
    ? { hidden: 'Nội dung ẩn: bản ghi mật mà bạn không được xem' }
    : JSON.parse(r.detail),
})

/** The instant a calendar day starts in Asia/Ho_Chi_Minh (UTC+7 all year, no DST). */
const dayStart = (date: string, plusDays = 0): string =>
  new Date(Date.parse(`${date}T00:00:00+07:00`) + plusDays * 86_400_000).toISOString()

export function listAudit(db: Db, actor: Actor, q: ParsedInput<'audit.list'>): AuditPage {
  const where: string[] = []
  const params: unknown[] = []
  const add = (sql: string, value: unknown): void => {
    where.push(sql)
    params.push(value)
  }
  if (q.actorUserId !== undefined) {
    add('a.actor_user_id = ?', q.actorUserId)
  }
  if (q.method) {
    add('a.method = ?', q.method)
  }
  if (q.recordType) {
    add('a.record_type = ?', q.recordType)
  }
  if (q.recordId !== undefined) {
    add('a.record_id = ?', q.recordId)
  }
  if (q.from) {
    add('a.at >= ?', dayStart(q.from))
  }
  if (q.to) {
    add('a.at < ?', dayStart(q.to, 1))
  }
  const filter = where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''
  const total =
    db
      .prepare<unknown[], { n: number }>(`SELECT COUNT(*) AS n FROM audit_log a ${filter}`)
      .get(...params)?.n ?? 0
  const raws = db
    .prepare<unknown[], Raw>(`${SELECT} ${filter} ORDER BY a.id DESC LIMIT ? OFFSET ?`)
    .all(...params, q.limit, q.offset)
  const hidden = hiddenSecrets(db, actor, raws)
  return {
    rows: raws.map((r) => toRow(r, hidden.has(`${r.record_type}:${r.record_id}`))),
    total,
  }
}

/**
 * (COALESCE: a visibility clause may be NULL rather than false on a NULL column, and NOT NULL
 * would let the row through.)
 * Secret documents, tasks and drafts the caller may not see: their rows stay in the admin's
 * list (who did what, when) but not their content, which would otherwise leak through it.
 */
function hiddenSecrets(db: Db, actor: Actor, raws: readonly Raw[]): Set<string> {
  const ids = (type: string): string =>
    JSON.stringify([...new Set(raws.filter((r) => r.record_type === type).map((r) => r.record_id))])
  const doc = visibility(db, actor)
  const task = taskVisibility(scopeOf(db, actor))
  const draft = draftVisibility(db, actor)
  const keys = (type: string, sql: string, params: unknown[]): string[] =>
    db
      .prepare<unknown[], { id: number }>(sql)
      .all(ids(type), ...params)
      .map((r) => `${type}:${r.id}`)
  return new Set([
    ...keys(
      'document',
      `SELECT d.id FROM documents d WHERE d.id IN (SELECT value FROM json_each(?))
        AND d.do_mat <> 'thuong' AND COALESCE((${doc.sql}), 0) = 0`,
      doc.params,
    ),
    ...keys(
      'task',
      `SELECT t.id FROM tasks t WHERE t.id IN (SELECT value FROM json_each(?))
        AND t.secret = 1 AND COALESCE((${task.sql}), 0) = 0`,
      task.params,
    ),
    ...keys(
      'draft',
      `SELECT dr.id FROM drafts dr WHERE dr.id IN (SELECT value FROM json_each(?))
        AND dr.do_mat <> 'thuong' AND COALESCE((${draft.sql}), 0) = 0`,
      draft.params,
    ),
  ])
}

/** A record's own history, newest first, for whoever may see the record (else NOT_FOUND). */
export function recordHistory(
  db: Db,
  actor: Actor,
  recordType: AuditRecordType,
  recordId: number,
): AuditRow[] {
  const seen =
    recordType === 'document' ? visibility(db, actor) : taskVisibility(scopeOf(db, actor))
  const table = recordType === 'document' ? 'documents d' : 'tasks t'
  const alias = recordType === 'document' ? 'd' : 't'
  const visible = db
    .prepare<unknown[], { one: number }>(
      `SELECT 1 AS one FROM ${table} WHERE ${alias}.id = ? AND ${seen.sql}`,
    )
    .get(recordId, ...seen.params)
  if (!visible) {
    throw notFound(recordType === 'document' ? 'văn bản' : 'nhiệm vụ')
  }
  return db
    .prepare<[string, number], Raw>(
      `${SELECT} WHERE a.record_type = ? AND a.record_id = ? ORDER BY a.id DESC`,
    )
    .all(recordType, recordId)
    .map((r) => toRow(r, false))
}
