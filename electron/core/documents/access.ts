import { documentRules, rulesClause } from '../access/document-rules'
import { scopeOf, type Clause } from '../access/scope'
import type { Actor } from '../context'
import type { Db } from '../db/open'
import { canReadDraftFile } from '../drafts/access'
import { taskVisibility } from '../tasks/visibility'

export type { Clause } from '../access/scope'

/**
 * Which documents an actor may see, as a SQL condition on alias `d`, applied in every query
 * (lists, counts, detail, files, search, reports) so that no door and no count can leak one.
 * The rule is a list of named pieces (access/document-rules.ts), ORed here and evaluated one by
 * one by access.explain, so the two always agree:
 * - Everyone sees what they are named on: registered, received by name, presented to them,
 *   signed, drafted, directed, informed, or on one of its tasks.
 * - Everyone sees what they were granted one by one (document_grants, access.grant).
 * - Văn thư and the agency's leaders see every document, secret ones (độ mật other than
 *   'thuong') included.
 * - A unit leader sees ordinary documents sent to their unit (or below) or tasked to it.
 * - A specialist sees ordinary documents sent to their own unit.
 * So a secret document is seen only by văn thư, the agency's leaders, the people named on it
 * and those granted access. Outgoing documents (issue 5): their drafter and signer are named on
 * them; the drafting unit and the units of the agency they were sent to count as "their unit".
 * A user holding only quản trị sees no document.
 */
export function visibility(db: Db, actor: Actor): Clause {
  const scope = scopeOf(db, actor)
  return rulesClause(documentRules(scope, actor.kind === 'user' ? actor.user.roles : []))
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
