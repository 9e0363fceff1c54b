import type { Role } from '../../../shared/api/roles'
import type { User } from '../../../shared/api/types'
import type { Db } from '../db/open'

type UserRow = {
  id: number
  username: string
  full_name: string
  position: string
  unit_id: number
  email: string | null
  phone: string | null
  must_change_password: number
  disabled_at: string | null
  last_login_at: string | null
  roles: string | null
}

const SELECT = `
  SELECT u.id, u.username, u.full_name, u.position, u.unit_id, u.email, u.phone,
         u.must_change_password, u.disabled_at, u.last_login_at,
         (SELECT group_concat(role) FROM user_roles r WHERE r.user_id = u.id) AS roles
  FROM users u`

const toUser = (r: UserRow): User => ({
  id: r.id,
  username: r.username,
  fullName: r.full_name,
  position: r.position,
  unitId: r.unit_id,
  roles: (r.roles ? r.roles.split(',') : []).sort() as Role[],
  email: r.email,
  phone: r.phone,
  disabled: r.disabled_at !== null,
  mustChangePassword: r.must_change_password === 1,
  lastLoginAt: r.last_login_at,
})

export function getUser(db: Db, id: number): User | null {
  const r = db.prepare<[number], UserRow>(`${SELECT} WHERE u.id = ?`).get(id)
  return r ? toUser(r) : null
}

export function listUsers(
  db: Db,
  opts: Readonly<{ includeDisabled: boolean; unitId?: number }>,
): User[] {
  const where: string[] = []
  const params: unknown[] = []
  if (!opts.includeDisabled) {
    where.push('u.disabled_at IS NULL')
  }
  if (opts.unitId !== undefined) {
    where.push('u.unit_id = ?')
    params.push(opts.unitId)
  }
  const sql = `${SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY u.id`
  return db
    .prepare<unknown[], UserRow>(sql)
    .all(...params)
    .map(toUser)
}

export type Credentials = { id: number; passwordHash: string; disabled: boolean }

export function getCredentials(db: Db, username: string): Credentials | null {
  const r = db
    .prepare<[string], { id: number; password_hash: string; disabled_at: string | null }>(
      'SELECT id, password_hash, disabled_at FROM users WHERE username = ?',
    )
    .get(username)
  return r ? { id: r.id, passwordHash: r.password_hash, disabled: r.disabled_at !== null } : null
}

export function getPasswordHash(db: Db, id: number): string | null {
  return (
    db.prepare<[number], { h: string }>('SELECT password_hash AS h FROM users WHERE id = ?').get(id)
      ?.h ?? null
  )
}

export type NewUser = Readonly<{
  username: string
  fullName: string
  position: string
  unitId: number
  roles: readonly Role[]
  passwordHash: string
  email: string | null
  phone: string | null
  mustChangePassword: boolean
}>

export function insertUser(db: Db, u: NewUser, now: string): number {
  const info = db
    .prepare(
      `INSERT INTO users (username, full_name, position, unit_id, password_hash, email, phone,
                          must_change_password, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      u.username,
      u.fullName,
      u.position,
      u.unitId,
      u.passwordHash,
      u.email,
      u.phone,
      u.mustChangePassword ? 1 : 0,
      now,
      now,
    )
  const id = Number(info.lastInsertRowid)
  setRoles(db, id, u.roles)
  return id
}

export function setRoles(db: Db, userId: number, roles: readonly Role[]): void {
  db.prepare('DELETE FROM user_roles WHERE user_id = ?').run(userId)
  const add = db.prepare('INSERT INTO user_roles (user_id, role) VALUES (?, ?)')
  for (const role of roles) {
    add.run(userId, role)
  }
}

export type UserPatch = Partial<
  Readonly<{
    fullName: string
    position: string
    unitId: number
    email: string | null
    phone: string | null
  }>
>

export function updateUser(db: Db, id: number, p: UserPatch, now: string): void {
  db.prepare(
    `UPDATE users SET
       full_name = COALESCE(@fullName, full_name),
       position  = COALESCE(@position, position),
       unit_id   = COALESCE(@unitId, unit_id),
       email     = CASE WHEN @setEmail THEN @email ELSE email END,
       phone     = CASE WHEN @setPhone THEN @phone ELSE phone END,
       updated_at = @now
     WHERE id = @id`,
  ).run({
    id,
    fullName: p.fullName ?? null,
    position: p.position ?? null,
    unitId: p.unitId ?? null,
    setEmail: p.email !== undefined ? 1 : 0,
    email: p.email ?? null,
    setPhone: p.phone !== undefined ? 1 : 0,
    phone: p.phone ?? null,
    now,
  })
}

export function setPassword(
  db: Db,
  id: number,
  hash: string,
  mustChange: boolean,
  now: string,
): void {
  db.prepare(
    'UPDATE users SET password_hash = ?, must_change_password = ?, updated_at = ? WHERE id = ?',
  ).run(hash, mustChange ? 1 : 0, now, id)
}

export function setUserDisabled(db: Db, id: number, disabledAt: string | null, now: string): void {
  db.prepare('UPDATE users SET disabled_at = ?, updated_at = ? WHERE id = ?').run(
    disabledAt,
    now,
    id,
  )
}

export function markLogin(db: Db, id: number, now: string): void {
  db.prepare('UPDATE users SET last_login_at = ? WHERE id = ?').run(now, id)
}

export function countActiveAdmins(db: Db): number {
  return (
    db
      .prepare<[], { n: number }>(
        `SELECT COUNT(*) AS n FROM users u JOIN user_roles r ON r.user_id = u.id
         WHERE r.role = 'quan_tri' AND u.disabled_at IS NULL`,
      )
      .get()?.n ?? 0
  )
}

/** A user with history (a login or any audited act) is disabled, never deleted. */
export function hasHistory(db: Db, id: number): boolean {
  const r = db
    .prepare<[number, number, number], { n: number }>(
      `SELECT (SELECT COUNT(*) FROM users WHERE id = ? AND last_login_at IS NOT NULL)
            + (SELECT COUNT(*) FROM audit_log WHERE actor_user_id = ?)
            + (SELECT COUNT(*) FROM sessions WHERE user_id = ?) AS n`,
    )
    .get(id, id, id)
  return (r?.n ?? 0) > 0
}

export function deleteUser(db: Db, id: number): void {
  db.prepare('DELETE FROM user_roles WHERE user_id = ?').run(id)
  db.prepare('DELETE FROM users WHERE id = ?').run(id)
}
