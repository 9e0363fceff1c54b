import { inList, scopeOf, type Clause } from '../access/scope'
import type { Actor } from '../context'
import type { Db } from '../db/open'
import { notFound } from '../errors'
import { loadDraft, type RawDraft } from './repo'

/**
 * Which drafts an actor may see, as a SQL condition on alias `dr`, used by every read (list,
 * detail, inbox, files) so that none can leak one.
 * - The people named on it: its drafter, assignee, proposed signer, and whoever acted on it or
 *   was sent it. Secret drafts (độ mật other than thường) are seen only this way…
 * - …or by the văn thư while it waits on them (thể thức, ban hành).
 * - A unit leader sees the drafts of their unit and the units below it.
 * - The văn thư see a draft once it reached them (thể thức or later) or one of them acted on it.
 */
export function draftVisibility(db: Db, actor: Actor, alias = 'dr'): Clause {
  const scope = scopeOf(db, actor)
  if (scope.kind === 'system') {
    return { sql: '1 = 1', params: [] }
  }
  if (scope.kind === 'none' || actor.kind !== 'user') {
    return { sql: '0 = 1', params: [] }
  }
  const me = scope.userId
  const parts: string[] = [
    `${alias}.drafter_id = ? OR ${alias}.assignee_id = ? OR ${alias}.signer_id = ?
     OR EXISTS (SELECT 1 FROM draft_steps s WHERE s.draft_id = ${alias}.id AND (s.actor_id = ? OR s.to_user_id = ?))`,
  ]
  const params: unknown[] = [me, me, me, me, me]
  if (scope.units.length > 0) {
    parts.push(`(${alias}.do_mat = 'thuong' AND ${inList(`${alias}.drafting_unit_id`)})`)
    params.push(JSON.stringify(scope.units))
  }
  if (actor.user.roles.includes('van_thu')) {
    parts.push(
      `${alias}.status IN ('cho_the_thuc', 'da_ky')
       OR (${alias}.do_mat = 'thuong' AND (${alias}.status IN ('cho_ky', 'da_ban_hanh')
         OR EXISTS (SELECT 1 FROM draft_steps s JOIN user_roles r ON r.user_id = s.actor_id AND r.role = 'van_thu'
                    WHERE s.draft_id = ${alias}.id)))`,
    )
  }
  return { sql: `(${parts.join(' OR ')})`, params }
}

/** The draft if the actor may see it; NOT_FOUND otherwise (a hidden draft does not exist). */
export function visibleDraft(db: Db, actor: Actor, id: number): RawDraft {
  const v = draftVisibility(db, actor)
  const seen = db
    .prepare<unknown[], { one: number }>(
      `SELECT 1 AS one FROM drafts dr WHERE dr.id = ? AND ${v.sql}`,
    )
    .get(id, ...v.params)
  const raw = seen ? loadDraft(db, id) : undefined
  if (!raw) {
    throw notFound('dự thảo')
  }
  return raw
}

/** A file of any version of a draft the actor may see can be read (previewed, downloaded). */
export function canReadDraftFile(db: Db, actor: Actor, sha256: string): boolean {
  const v = draftVisibility(db, actor)
  return (
    db
      .prepare<unknown[], { one: number }>(
        `SELECT 1 AS one FROM draft_files f JOIN drafts dr ON dr.id = f.draft_id
         WHERE f.sha256 = ? AND ${v.sql} LIMIT 1`,
      )
      .get(sha256, ...v.params) !== undefined
  )
}
