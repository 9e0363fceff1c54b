import type { Actor, CoreDeps } from '../context'
import { CoreError } from '../errors'
import { getUser } from '../users/repo'
import { deleteSession, findSession, hashToken, touchSession } from './sessions'

// Writing last_seen on every call would turn each read into a write; once a minute is enough.
const TOUCH_EVERY_MS = 60_000

/** Token -> signed-in user, extending the idle window; expired or disabled means no session. */
export function resolveSession(deps: CoreDeps, token: string): Actor {
  const tokenHash = hashToken(token)
  const row = findSession(deps.db, tokenHash)
  if (!row) {
    throw new CoreError('UNAUTHENTICATED', 'Phiên đăng nhập không còn hiệu lực, hãy đăng nhập lại')
  }
  const now = deps.clock()
  const hardEnd = Date.parse(row.created_at) + deps.config.sessionMaxMs
  if (Date.parse(row.expires_at) <= now.getTime() || hardEnd <= now.getTime()) {
    deleteSession(deps.db, tokenHash)
    throw new CoreError('SESSION_EXPIRED', 'Phiên đăng nhập đã hết hạn, hãy đăng nhập lại')
  }
  const user = getUser(deps.db, row.user_id)
  if (!user || user.disabled) {
    deleteSession(deps.db, tokenHash)
    throw new CoreError('UNAUTHENTICATED', 'Tài khoản đã bị khóa, hãy liên hệ quản trị')
  }
  if (now.getTime() - Date.parse(row.last_seen_at) >= TOUCH_EVERY_MS) {
    const expiresAt = new Date(
      Math.min(now.getTime() + deps.config.sessionIdleMs, hardEnd),
    ).toISOString()
    touchSession(deps.db, tokenHash, now.toISOString(), expiresAt)
  }
  return { kind: 'user', user, tokenHash }
}
