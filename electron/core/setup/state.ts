import type { Db } from '../db/open'

/** Set up = the agency (root unit) exists with an active administrator. */
export function isSetUp(db: Db): boolean {
  const r = db
    .prepare<[], { n: number }>(
      `SELECT COUNT(*) AS n FROM users u JOIN user_roles r ON r.user_id = u.id
       WHERE r.role = 'quan_tri' AND u.disabled_at IS NULL`,
    )
    .get()
  return (
    (r?.n ?? 0) > 0 && db.prepare('SELECT 1 FROM units WHERE parent_id IS NULL').get() !== undefined
  )
}
