import type { Agency, Unit } from '../../../shared/api/types'
import type { Db } from '../db/open'

type UnitRow = {
  id: number
  parent_id: number | null
  name: string
  short_name: string
  code: string | null
  sort_order: number
  disabled_at: string | null
}

const toUnit = (r: UnitRow): Unit => ({
  id: r.id,
  parentId: r.parent_id,
  name: r.name,
  shortName: r.short_name,
  code: r.code,
  sortOrder: r.sort_order,
  disabled: r.disabled_at !== null,
})

const COLUMNS = 'id, parent_id, name, short_name, code, sort_order, disabled_at'

export function listUnits(db: Db, includeDisabled: boolean): Unit[] {
  const rows = db
    .prepare<[], UnitRow>(
      `SELECT ${COLUMNS} FROM units ${includeDisabled ? '' : 'WHERE disabled_at IS NULL'} ORDER BY sort_order, id`,
    )
    .all()
  return rows.map(toUnit)
}

export function getUnit(db: Db, id: number): Unit | null {
  const r = db.prepare<[number], UnitRow>(`SELECT ${COLUMNS} FROM units WHERE id = ?`).get(id)
  return r ? toUnit(r) : null
}

export function getAgency(db: Db): Agency | null {
  const r = db.prepare<[], UnitRow>(`SELECT ${COLUMNS} FROM units WHERE parent_id IS NULL`).get()
  return r ? { id: r.id, name: r.name, shortName: r.short_name, code: r.code } : null
}

export function findUnitByShortName(db: Db, shortName: string): Unit | null {
  const r = db
    .prepare<[string], UnitRow>(`SELECT ${COLUMNS} FROM units WHERE short_name = ?`)
    .get(shortName)
  return r ? toUnit(r) : null
}

export type NewUnit = Readonly<{
  parentId: number | null
  name: string
  shortName: string
  code: string | null
}>

export function insertUnit(db: Db, u: NewUnit, now: string): number {
  const maxOrder = db
    .prepare<[number | null], { m: number | null }>(
      'SELECT MAX(sort_order) AS m FROM units WHERE parent_id IS ?',
    )
    .get(u.parentId)
  const info = db
    .prepare(
      `INSERT INTO units (parent_id, name, short_name, code, sort_order, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(u.parentId, u.name, u.shortName, u.code, (maxOrder?.m ?? -1) + 1, now, now)
  return Number(info.lastInsertRowid)
}

export type UnitPatch = Partial<
  Readonly<{
    parentId: number
    name: string
    shortName: string
    code: string | null
    sortOrder: number
  }>
>

export function updateUnit(db: Db, id: number, p: UnitPatch, now: string): void {
  db.prepare(
    `UPDATE units SET
       parent_id  = COALESCE(@parentId, parent_id),
       name       = COALESCE(@name, name),
       short_name = COALESCE(@shortName, short_name),
       code       = CASE WHEN @setCode THEN @code ELSE code END,
       sort_order = COALESCE(@sortOrder, sort_order),
       updated_at = @now
     WHERE id = @id`,
  ).run({
    id,
    parentId: p.parentId ?? null,
    name: p.name ?? null,
    shortName: p.shortName ?? null,
    setCode: p.code !== undefined ? 1 : 0,
    code: p.code ?? null,
    sortOrder: p.sortOrder ?? null,
    now,
  })
}

export function setUnitDisabled(db: Db, id: number, disabledAt: string | null, now: string): void {
  db.prepare('UPDATE units SET disabled_at = ?, updated_at = ? WHERE id = ?').run(
    disabledAt,
    now,
    id,
  )
}

/** Ids from the unit up to the root, the unit first. */
export function ancestorIds(db: Db, id: number): number[] {
  return db
    .prepare<[number], { id: number }>(
      `WITH RECURSIVE up(id, parent_id) AS (
         SELECT id, parent_id FROM units WHERE id = ?
         UNION ALL SELECT u.id, u.parent_id FROM units u JOIN up ON u.id = up.parent_id
       ) SELECT id FROM up`,
    )
    .all(id)
    .map((r) => r.id)
}

export function countActiveMembers(db: Db, unitId: number): { users: number; children: number } {
  const users = db
    .prepare<[number], { n: number }>(
      'SELECT COUNT(*) AS n FROM users WHERE unit_id = ? AND disabled_at IS NULL',
    )
    .get(unitId)
  const children = db
    .prepare<[number], { n: number }>(
      'SELECT COUNT(*) AS n FROM units WHERE parent_id = ? AND disabled_at IS NULL',
    )
    .get(unitId)
  return { users: users?.n ?? 0, children: children?.n ?? 0 }
}
