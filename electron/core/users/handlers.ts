import type { Handlers } from '../api/handler'
import { hashPassword } from '../auth/password'
import { deleteUserSessions } from '../auth/sessions'
import type { HandlerContext } from '../context'
import { CoreError, conflict, notFound } from '../errors'
import { getUnit } from '../units/repo'
import type { User } from '../../../shared/api/types'
import {
  countActiveAdmins,
  deleteUser,
  getCredentials,
  getUser,
  hasHistory,
  insertUser,
  listUsers,
  setPassword,
  setRoles,
  setUserDisabled,
  updateUser,
} from './repo'

function mustGet(ctx: HandlerContext, id: number): User {
  const user = getUser(ctx.db, id)
  if (!user) {
    throw notFound('người dùng')
  }
  return user
}

function checkUnit(ctx: HandlerContext, unitId: number): void {
  const unit = getUnit(ctx.db, unitId)
  if (!unit || unit.disabled) {
    throw new CoreError('VALIDATION', 'Đơn vị không tồn tại hoặc đã ngừng hoạt động', {
      fields: { unitId: 'Chọn một đơn vị đang hoạt động' },
    })
  }
}

/** The last active administrator can neither lose the role nor be disabled: nobody could undo it. */
function keepAnAdmin(ctx: HandlerContext, user: User, losesAdmin: boolean): void {
  if (
    losesAdmin &&
    user.roles.includes('quan_tri') &&
    !user.disabled &&
    countActiveAdmins(ctx.db) <= 1
  ) {
    throw new CoreError('VALIDATION', 'Phải còn ít nhất một quản trị đang hoạt động')
  }
}

export const userHandlers = {
  'users.list': (ctx, { includeDisabled, unitId }) =>
    listUsers(ctx.db, {
      includeDisabled: includeDisabled ?? false,
      ...(unitId !== undefined ? { unitId } : {}),
    }),

  'users.create': async (ctx, input) => {
    checkUnit(ctx, input.unitId)
    const passwordHash = await hashPassword(input.password)
    return ctx.db.transaction(() => {
      if (getCredentials(ctx.db, input.username)) {
        throw conflict(`Tên đăng nhập "${input.username}" đã có`, {
          username: 'Tên đăng nhập đã có',
        })
      }
      const id = insertUser(
        ctx.db,
        { ...input, passwordHash, mustChangePassword: true },
        ctx.clock().toISOString(),
      )
      const user = mustGet(ctx, id)
      ctx.audit({ recordType: 'user', recordId: id, detail: { after: user } })
      return user
    })()
  },

  'users.update': (ctx, { id, roles, ...patch }) =>
    ctx.db.transaction(() => {
      const before = mustGet(ctx, id)
      if (patch.unitId !== undefined) {
        checkUnit(ctx, patch.unitId)
      }
      if (roles) {
        keepAnAdmin(ctx, before, !roles.includes('quan_tri'))
        setRoles(ctx.db, id, roles)
      }
      updateUser(ctx.db, id, patch, ctx.clock().toISOString())
      const after = mustGet(ctx, id)
      ctx.audit({ recordType: 'user', recordId: id, detail: { before, after } })
      return after
    })(),

  'users.setDisabled': (ctx, { id, disabled }) =>
    ctx.db.transaction(() => {
      const before = mustGet(ctx, id)
      if (disabled && ctx.actor.kind === 'user' && ctx.actor.user.id === id) {
        throw new CoreError('VALIDATION', 'Không thể tự khóa tài khoản của chính mình')
      }
      keepAnAdmin(ctx, before, disabled)
      const now = ctx.clock().toISOString()
      setUserDisabled(ctx.db, id, disabled ? now : null, now)
      if (disabled) {
        deleteUserSessions(ctx.db, id)
      }
      const after = mustGet(ctx, id)
      ctx.audit({ recordType: 'user', recordId: id, detail: { before, after } })
      return after
    })(),

  'users.resetPassword': async (ctx, { id, newPassword }) => {
    mustGet(ctx, id)
    const hash = await hashPassword(newPassword)
    ctx.db.transaction(() => {
      // The user must choose their own password at next login; open sessions end now.
      setPassword(ctx.db, id, hash, true, ctx.clock().toISOString())
      deleteUserSessions(ctx.db, id)
      ctx.audit({ recordType: 'user', recordId: id, detail: { passwordReset: true } })
    })()
    return null
  },

  'users.delete': (ctx, { id }) => {
    ctx.db.transaction(() => {
      const user = mustGet(ctx, id)
      if (hasHistory(ctx.db, id)) {
        throw conflict(
          'Người dùng đã có lịch sử làm việc nên không thể xóa; hãy khóa tài khoản thay vì xóa',
        )
      }
      keepAnAdmin(ctx, user, true)
      deleteUser(ctx.db, id)
      ctx.audit({ recordType: 'user', recordId: id, detail: { before: user } })
    })()
    return null
  },
} satisfies Partial<Handlers>
