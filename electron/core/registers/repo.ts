import type { Direction, Register } from '../../../shared/api/document-types'
import type { Db } from '../db/open'

type Row = {
  id: number
  direction: Direction
  name: string
  code: string
  secret: number
  is_default: number
  disabled_at: string | null
}

const toRegister = (r: Row): Register => ({
  id: r.id,
  direction: r.direction,
  name: r.name,
  code: r.code,
  secret: r.secret === 1,
  isDefault: r.is_default === 1,
  disabled: r.disabled_at !== null,
})

const COLUMNS = 'id, direction, name, code, secret, is_default, disabled_at'

export function listRegisters(
  db: Db,
  direction: Direction | undefined,
  includeDisabled: boolean,
): Register[] {
  const where: string[] = []
  const params: unknown[] = []
  if (direction) {
    where.push('direction = ?')
    params.push(direction)
  }
  if (!includeDisabled) {
    where.push('disabled_at IS NULL')
  }
  return db
    .prepare<unknown[], Row>(
      `SELECT ${COLUMNS} FROM registers ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY direction, is_default DESC, id`,
    )
    .all(...params)
    .map(toRegister)
}

export function getRegister(db: Db, id: number): Register | null {
  const r = db.prepare<[number], Row>(`SELECT ${COLUMNS} FROM registers WHERE id = ?`).get(id)
  return r ? toRegister(r) : null
}

export function defaultRegister(db: Db, direction: Direction): Register | null {
  const r = db
    .prepare<[Direction], Row>(
      `SELECT ${COLUMNS} FROM registers WHERE direction = ? AND is_default = 1 AND disabled_at IS NULL`,
    )
    .get(direction)
  return r ? toRegister(r) : null
}

export function insertRegister(
  db: Db,
  r: Readonly<{ direction: Direction; name: string; code: string; secret: boolean }>,
  now: string,
): number {
  return Number(
    db
      .prepare(
        `INSERT INTO registers (direction, name, code, secret, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)`,
      )
      .run(r.direction, r.name, r.code, r.secret ? 1 : 0, now, now).lastInsertRowid,
  )
}

export function updateRegister(
  db: Db,
  id: number,
  p: Readonly<{ name?: string | undefined; code?: string | undefined }>,
  now: string,
): void {
  db.prepare(
    `UPDATE registers SET name = COALESCE(?, name), code = COALESCE(?, code), updated_at = ? WHERE id = ?`,
  ).run(p.name ?? null, p.code ?? null, now, id)
}

export function makeDefault(db: Db, id: number, direction: Direction): void {
  db.prepare('UPDATE registers SET is_default = 0 WHERE direction = ? AND is_default = 1').run(
    direction,
  )
  db.prepare('UPDATE registers SET is_default = 1 WHERE id = ?').run(id)
}

export function setRegisterDisabled(
  db: Db,
  id: number,
  disabledAt: string | null,
  now: string,
): void {
  db.prepare('UPDATE registers SET disabled_at = ?, updated_at = ? WHERE id = ?').run(
    disabledAt,
    now,
    id,
  )
}

/** The number the next document will get: shown on the form, re-read at save time. */
export function peekNumber(db: Db, registerId: number, year: number): number {
  const r = db
    .prepare<[number, number], { last_number: number }>(
      'SELECT last_number FROM register_counters WHERE register_id = ? AND year = ?',
    )
    .get(registerId, year)
  return (r?.last_number ?? 0) + 1
}

/**
 * Takes the next number of a register's series for a year. Call inside an IMMEDIATE
 * transaction with the row that uses it: SQLite lets one writer in at a time, across
 * processes too, so two clerks never get the same number, and a rolled-back registration
 * gives its number back, so none is skipped.
 */
export function takeNumber(db: Db, registerId: number, year: number): number {
  const r = db
    .prepare<[number, number], { last_number: number }>(
      `INSERT INTO register_counters (register_id, year, last_number) VALUES (?, ?, 1)
       ON CONFLICT (register_id, year) DO UPDATE SET last_number = last_number + 1
       RETURNING last_number`,
    )
    .get(registerId, year)
  if (!r) {
    throw new Error('register counter did not return a number')
  }
  return r.last_number
}
