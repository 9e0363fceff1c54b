import type { ParsedInput } from '../../../shared/api/contract'
import type { DraftPage } from '../../../shared/api/outgoing-types'
import type { Actor } from '../context'
import type { Db } from '../db/open'
import type { Clause } from '../access/scope'
import { draftVisibility } from './access'
import { DRAFT_FROM, DRAFT_SELECT, toDraftRow, type JoinedDraft } from './rows'

/**
 * The drafts waiting on the actor: assigned to them, and for a văn thư also the shared pool
 * (thể thức to check, signed drafts to issue) that no one person holds.
 */
export function waitingOn(actor: Actor): Clause {
  if (actor.kind !== 'user') {
    return { sql: '0 = 1', params: [] }
  }
  const pool = actor.user.roles.includes('van_thu')
    ? " OR (dr.assignee_id IS NULL AND dr.status IN ('cho_the_thuc', 'da_ky'))"
    : ''
  return { sql: `(dr.assignee_id = ?${pool})`, params: [actor.user.id] }
}

export function listDrafts(db: Db, actor: Actor, q: ParsedInput<'drafts.list'>): DraftPage {
  const v = draftVisibility(db, actor)
  const where = [v.sql]
  const params: unknown[] = [...v.params]
  if (q.box === 'mine') {
    where.push('dr.drafter_id = ?')
    params.push(actor.kind === 'user' ? actor.user.id : -1)
  } else if (q.box === 'waiting') {
    const w = waitingOn(actor)
    where.push(w.sql)
    params.push(...w.params)
  }
  if (q.status) {
    where.push('dr.status = ?')
    params.push(q.status)
  }
  const condition = where.join(' AND ')
  const total =
    db
      .prepare<unknown[], { n: number }>(`SELECT COUNT(*) AS n ${DRAFT_FROM} WHERE ${condition}`)
      .get(...params)?.n ?? 0
  const rows = db
    .prepare<unknown[], JoinedDraft>(
      `${DRAFT_SELECT} WHERE ${condition} ORDER BY dr.updated_at DESC, dr.id DESC LIMIT ?`,
    )
    .all(...params, q.limit)
    .map(toDraftRow)
  return { total, rows }
}
