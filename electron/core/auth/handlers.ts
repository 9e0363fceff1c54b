import type { Handlers } from '../api/handler'
import type { HandlerContext } from '../context'
import { CoreError } from '../errors'
import { getCredentials, getPasswordHash, getUser, markLogin, setPassword } from '../users/repo'
import { currentUser } from './current-user'
import { dummyHash, hashPassword, verifyPassword } from './password'
import { createSession, deleteSession, deleteUserSessions } from './sessions'
import { clearFailures, recordFailure, secondsToWait } from './throttle'
import type { LoginResult } from '../../../shared/api/types'

const WRONG = 'Tên đăng nhập hoặc mật khẩu không đúng'

/** Opens a session for a user whose password was checked; shared by login and first-run setup. */
export function startSession(ctx: HandlerContext, userId: number): LoginResult {
  const now = ctx.clock()
  const { token, expiresAt } = createSession(
    ctx.db,
    userId,
    ctx.door,
    ctx.client,
    now,
    ctx.config.sessionIdleMs,
  )
  markLogin(ctx.db, userId, now.toISOString())
  ctx.setSession({ kind: 'start', token, expiresAt })
  const user = getUser(ctx.db, userId)
  if (!user) {
    throw new CoreError('INTERNAL', 'Không đọc được tài khoản vừa đăng nhập')
  }
  return { expiresAt, user: currentUser(ctx.db, user) }
}

const requireUser = (ctx: HandlerContext): Extract<HandlerContext['actor'], { kind: 'user' }> => {
  if (ctx.actor.kind !== 'user') {
    throw new CoreError('UNAUTHENTICATED', 'Chức năng này cần đăng nhập bằng tài khoản người dùng')
  }
  return ctx.actor
}

export const authHandlers = {
  'auth.login': async (ctx, { username, password }) => {
    const wait = secondsToWait(ctx.db, username, ctx.clock(), ctx.config.loginFreeFailures)
    if (wait > 0) {
      throw new CoreError(
        'RATE_LIMITED',
        `Đăng nhập sai nhiều lần. Hãy thử lại sau ${wait} giây.`,
        {
          retryAfter: wait,
        },
      )
    }
    const creds = getCredentials(ctx.db, username)
    const ok = await verifyPassword(password, creds?.passwordHash ?? (await dummyHash()))
    if (!creds || !ok) {
      recordFailure(ctx.db, username, ctx.clock().toISOString())
      ctx.log.warn('login failed', { username, door: ctx.door })
      throw new CoreError('UNAUTHENTICATED', WRONG)
    }
    if (creds.disabled) {
      throw new CoreError('FORBIDDEN', 'Tài khoản đã bị khóa, hãy liên hệ quản trị')
    }
    clearFailures(ctx.db, username)
    ctx.log.info('login', { username, door: ctx.door })
    return startSession(ctx, creds.id)
  },

  'auth.logout': (ctx) => {
    const actor = requireUser(ctx)
    deleteSession(ctx.db, actor.tokenHash)
    ctx.setSession({ kind: 'end' })
    return null
  },

  'auth.session': (ctx) => {
    const actor = requireUser(ctx)
    const row = ctx.db
      .prepare<[string], { expires_at: string }>(
        'SELECT expires_at FROM sessions WHERE token_hash = ?',
      )
      .get(actor.tokenHash)
    return {
      expiresAt: row?.expires_at ?? ctx.clock().toISOString(),
      user: currentUser(ctx.db, actor.user),
    }
  },

  'auth.changePassword': async (ctx, { currentPassword, newPassword }) => {
    const actor = requireUser(ctx)
    const stored = getPasswordHash(ctx.db, actor.user.id)
    if (!stored || !(await verifyPassword(currentPassword, stored))) {
      throw new CoreError('VALIDATION', 'Mật khẩu hiện tại không đúng', {
        fields: { currentPassword: 'Mật khẩu hiện tại không đúng' },
      })
    }
    if (currentPassword === newPassword) {
      throw new CoreError('VALIDATION', 'Mật khẩu mới phải khác mật khẩu hiện tại', {
        fields: { newPassword: 'Mật khẩu mới phải khác mật khẩu hiện tại' },
      })
    }
    const hash = await hashPassword(newPassword)
    ctx.db.transaction(() => {
      setPassword(ctx.db, actor.user.id, hash, false, ctx.clock().toISOString())
      // Other sessions of this user end: a changed password locks out whoever knew the old one.
      deleteUserSessions(ctx.db, actor.user.id, actor.tokenHash)
      ctx.audit({ recordType: 'user', recordId: actor.user.id, detail: { passwordChanged: true } })
    })()
    return null
  },
} satisfies Partial<Handlers>
