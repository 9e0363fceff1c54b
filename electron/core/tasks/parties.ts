import type { Party } from '../../../shared/api/task-types'
import type { Db } from '../db/open'

/** Names units and people for display, each looked up once per call. */
export class Parties {
  private readonly users = new Map<number, Party>()
  private readonly units = new Map<number, Party>()

  constructor(readonly db: Db) {}

  user(id: number): Party {
    let p = this.users.get(id)
    if (!p) {
      const row = this.db
        .prepare<[number], { full_name: string; position: string }>(
          'SELECT full_name, position FROM users WHERE id = ?',
        )
        .get(id)
      p = { kind: 'user', id, name: row?.full_name ?? `#${id}`, detail: row?.position ?? '' }
      this.users.set(id, p)
    }
    return p
  }

  unit(id: number): Party {
    let p = this.units.get(id)
    if (!p) {
      const row = this.db
        .prepare<[number], { name: string; short_name: string }>(
          'SELECT name, short_name FROM units WHERE id = ?',
        )
        .get(id)
      p = { kind: 'unit', id, name: row?.name ?? `#${id}`, detail: row?.short_name ?? '' }
      this.units.set(id, p)
    }
    return p
  }

  of(ref: { unitId?: number | null; userId?: number | null }): Party {
    return ref.userId ? this.user(ref.userId) : this.unit(ref.unitId ?? 0)
  }
}

/** The leaders (lãnh đạo) of a unit; when it has none, those of the nearest unit above. */
export function unitLeaders(db: Db, unitId: number): number[] {
  let current: number | null = unitId
  while (current !== null) {
    const ids = db
      .prepare<[number], { id: number }>(
        `SELECT u.id FROM users u JOIN user_roles r ON r.user_id = u.id AND r.role = 'lanh_dao'
         WHERE u.unit_id = ? AND u.disabled_at IS NULL ORDER BY u.id`,
      )
      .all(current)
      .map((r) => r.id)
    if (ids.length > 0) {
      return ids
    }
    current =
      db
        .prepare<[number], { parent_id: number | null }>('SELECT parent_id FROM units WHERE id = ?')
        .get(current)?.parent_id ?? null
  }
  return []
}
