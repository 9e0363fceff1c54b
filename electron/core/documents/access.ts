import { inList, scopeOf, type Clause } from '../access/scope'
import type { Actor } from '../context'
import type { Db } from '../db/open'
import { canReadDraftFile } from '../drafts/access'
import { namedOnTask, taskVisibility, unitsOnTask } from '../tasks/visibility'

export type { Clause } from '../access/scope'

/**
 * Which documents an actor may see, as a SQL condition on alias `d`, applied in every query
 * (lists, counts, detail, files) so that no door and no count can leak one.
 * - Everyone sees what they are named on: registered, received by name, presented to them,
 *   directed, informed, or on one of its tasks. Secret documents are seen only this way.
 * - Văn thư and the agency's leaders see every document that is not secret.
 * - A unit leader sees those sent to their unit (or below) or tasked to it.
 * - A specialist also sees those sent to their own unit.
 * Outgoing documents (issue 5): their drafter and signer are named on them; the drafting unit
 * and the units of the agency they were sent to count as "their unit".
 */
export function visibility(db: Db, actor: Actor): Clause {
  const scope = scopeOf(db, actor)
  if (scope.kind === 'system') {
    return { sql: '1 = 1', params: [] }
  }
  if (scope.kind === 'none') {
    return { sql: '0 = 1', params: [] }
  }
  const me = scope.userId
  const onTask = namedOnTask('t', me)
  const named: Clause = {
    sql: `(d.created_by = ? OR d.nguoi_nhan_id = ? OR d.presented_to = ? OR d.signer_id = ?
      OR EXISTS (SELECT 1 FROM drafts dr WHERE dr.id = d.draft_id AND dr.drafter_id = ?)
      OR EXISTS (SELECT 1 FROM document_steps s WHERE s.document_id = d.id AND (s.actor_id = ? OR s.recorded_by = ?))
      OR EXISTS (SELECT 1 FROM document_informs i WHERE i.document_id = d.id AND i.user_id = ?)
      OR EXISTS (SELECT 1 FROM tasks t WHERE t.document_id = d.id AND ${onTask.sql}))`,
    params: [me, me, me, me, me, me, me, me, ...onTask.params],
  }
  if (scope.wide) {
    return { sql: `(d.do_mat = 'thuong' OR ${named.sql})`, params: named.params }
  }
  if (scope.units.length > 0) {
    const tasked = unitsOnTask('t', scope.units)
    return {
      sql: `((d.do_mat = 'thuong' AND (${inList('d.don_vi_nhan_id')} OR ${inList('d.drafting_unit_id')}
          OR EXISTS (SELECT 1 FROM outgoing_recipients r WHERE r.document_id = d.id
            AND r.sent_at IS NOT NULL AND ${inList('r.unit_id')})
          OR EXISTS (SELECT 1 FROM tasks t WHERE t.document_id = d.id AND ${tasked.sql})))
        OR ${named.sql})`,
      params: [
        JSON.stringify(scope.units),
        JSON.stringify(scope.units),
        JSON.stringify(scope.units),
        ...tasked.params,
        ...named.params,
      ],
    }
  }
  if (actor.kind === 'user' && actor.user.roles.includes('chuyen_vien')) {
    return {
      sql: `((d.do_mat = 'thuong' AND (d.don_vi_nhan_id = ? OR d.drafting_unit_id = ?
          OR EXISTS (SELECT 1 FROM outgoing_recipients r WHERE r.document_id = d.id
            AND r.sent_at IS NOT NULL AND r.unit_id = ?)))
        OR ${named.sql})`,
      params: [scope.unitId, scope.unitId, scope.unitId, ...named.params],
    }
  }
  return named
}

export function canSeeDocument(db: Db, actor: Actor, documentId: number): boolean {
  const v = visibility(db, actor)
  return (
    db
      .prepare<unknown[], { one: number }>(
        `SELECT 1 AS one FROM documents d WHERE d.id = ? AND ${v.sql}`,
      )
      .get(documentId, ...v.params) !== undefined
  )
}

/**
 * A file may be read by whoever uploaded it, clerks (the intake queue), or readers of a
 * document, task or draft holding it.
 */
export function canReadFile(db: Db, actor: Actor, sha256: string): boolean {
  if (actor.kind === 'system') {
    return true
  }
  if (actor.kind !== 'user') {
    return false
  }
  const uploader = db
    .prepare<[string], { created_by: number | null }>(
      'SELECT created_by FROM files WHERE sha256 = ?',
    )
    .get(sha256)
  if (!uploader) {
    return false
  }
  if (uploader.created_by === actor.user.id) {
    return true
  }
  if (actor.user.roles.includes('van_thu')) {
    return true
  }
  const v = visibility(db, actor)
  // …or of a task whose report or result carries it (tasks.report, tasks.complete).
  const t = taskVisibility(scopeOf(db, actor))
  return (
    db
      .prepare<unknown[], { one: number }>(
        `SELECT 1 AS one FROM document_files f JOIN documents d ON d.id = f.document_id
         WHERE f.sha256 = ? AND ${v.sql} LIMIT 1`,
      )
      .get(sha256, ...v.params) !== undefined ||
    db
      .prepare<unknown[], { one: number }>(
        `SELECT 1 AS one FROM task_event_files f JOIN task_events e ON e.id = f.event_id
         JOIN tasks t ON t.id = e.task_id WHERE f.sha256 = ? AND ${t.sql} LIMIT 1`,
      )
      .get(sha256, ...t.params) !== undefined ||
    canReadDraftFile(db, actor, sha256)
  )
}
