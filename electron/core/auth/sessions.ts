import { createHash, randomBytes } from 'node:crypto'
import type { Db } from '../db/open'
import type { Door } from '../context'

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex')

export type SessionRow = {
  token_hash: string
  user_id: number
  created_at: string
  last_seen_at: string
  expires_at: string
}

export function createSession(
  db: Db,
  userId: number,
  door: Door,
  client: string | null,
  now: Date,
  idleMs: number,
): { token: string; expiresAt: string } {
  const token = randomBytes(32).toString('base64url')
  const expiresAt = new Date(now.getTime() + idleMs).toISOString()
  db.prepare(
    `INSERT INTO sessions (token_hash, user_id, door, created_at, last_seen_at, expires_at, client)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(hashToken(token), userId, door, now.toISOString(), now.toISOString(), expiresAt, client)
  return { token, expiresAt }
}

export function findSession(db: Db, tokenHash: string): SessionRow | null {
  return (
    db
      .prepare<[string], SessionRow>(
        'SELECT token_hash, user_id, created_at, last_seen_at, expires_at FROM sessions WHERE token_hash = ?',
      )
      .get(tokenHash) ?? null
  )
}

export function touchSession(db: Db, tokenHash: string, now: string, expiresAt: string): void {
  db.prepare('UPDATE sessions SET last_seen_at = ?, expires_at = ? WHERE token_hash = ?').run(
    now,
    expiresAt,
    tokenHash,
  )
}

export function deleteSession(db: Db, tokenHash: string): void {
  db.prepare('DELETE FROM sessions WHERE token_hash = ?').run(tokenHash)
}

export function deleteUserSessions(
  db: Db,
  userId: number,
  exceptTokenHash: string | null = null,
): void {
  db.prepare('DELETE FROM sessions WHERE user_id = ? AND token_hash IS NOT ?').run(
    userId,
    exceptTokenHash,
  )
}

export function deleteExpiredSessions(db: Db, now: string): number {
  return db.prepare('DELETE FROM sessions WHERE expires_at <= ?').run(now).changes
}
