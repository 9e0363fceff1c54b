import type { Actor } from '../context'
import type { Db } from '../db/open'

export type Clause = { sql: string; params: unknown[] }

/**
 * Which documents an actor may see, as a SQL condition on alias `d`, applied in every query
 * (lists, counts, detail, files) so that no door and no count can leak one. Văn thư and
 * leaders see every document; a specialist sees what was sent to them or to their unit, and
 * a secret one only when it was sent to them by name. Later issues refine leaders by unit and
 * add per-document grants.
 */
export function visibility(actor: Actor): Clause {
  if (actor.kind === 'system') {
    return { sql: '1 = 1', params: [] }
  }
  if (actor.kind !== 'user') {
    return { sql: '0 = 1', params: [] }
  }
  const { roles, id, unitId } = actor.user
  if (roles.includes('van_thu') || roles.includes('lanh_dao')) {
    return { sql: '1 = 1', params: [] }
  }
  if (roles.includes('chuyen_vien')) {
    return {
      sql: "(d.nguoi_nhan_id = ? OR (d.don_vi_nhan_id = ? AND d.do_mat = 'thuong'))",
      params: [id, unitId],
    }
  }
  return { sql: '0 = 1', params: [] }
}

export function canSeeDocument(db: Db, actor: Actor, documentId: number): boolean {
  const v = visibility(actor)
  return (
    db
      .prepare<unknown[], { one: number }>(
        `SELECT 1 AS one FROM documents d WHERE d.id = ? AND ${v.sql}`,
      )
      .get(documentId, ...v.params) !== undefined
  )
}

/** A file may be read by whoever uploaded it, clerks (the intake queue), or readers of a document holding it. */
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
  const v = visibility(actor)
  return (
    db
      .prepare<unknown[], { one: number }>(
        `SELECT 1 AS one FROM document_files f JOIN documents d ON d.id = f.document_id
         WHERE f.sha256 = ? AND ${v.sql} LIMIT 1`,
      )
      .get(sha256, ...v.params) !== undefined
  )
}
