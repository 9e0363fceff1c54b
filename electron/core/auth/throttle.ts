import type { Db } from '../db/open'

const MAX_WAIT_S = 15 * 60

/**
 * Login throttling by username, kept in the database so a restart does not reset it. After the
 * free failures each further attempt must wait 2, 4, 8 … seconds (at most 15 minutes) after
 * the last failure; a success clears the count.
 */
export function secondsToWait(db: Db, username: string, now: Date, freeFailures: number): number {
  const r = db
    .prepare<[string], { failures: number; last_failure_at: string }>(
      'SELECT failures, last_failure_at FROM login_failures WHERE username = ?',
    )
    .get(username)
  if (!r || r.failures < freeFailures) {
    return 0
  }
  const wait = Math.min(MAX_WAIT_S, 2 ** (r.failures - freeFailures + 1))
  const readyAt = Date.parse(r.last_failure_at) + wait * 1000
  return Math.max(0, Math.ceil((readyAt - now.getTime()) / 1000))
}

export function recordFailure(db: Db, username: string, now: string): void {
  db.prepare(
    `INSERT INTO login_failures (username, failures, last_failure_at) VALUES (?, 1, ?)
     ON CONFLICT (username) DO UPDATE SET failures = failures + 1, last_failure_at = excluded.last_failure_at`,
  ).run(username, now)
}

export function clearFailures(db: Db, username: string): void {
  db.prepare('DELETE FROM login_failures WHERE username = ?').run(username)
}
