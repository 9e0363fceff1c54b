import type { Handlers } from '../api/handler'
import type { HandlerContext } from '../context'
import { CoreError, conflict, notFound } from '../errors'
import type { Register } from '../../../shared/api/document-types'
import {
  getRegister,
  insertRegister,
  listRegisters,
  makeDefault,
  peekNumber,
  setRegisterDisabled,
  updateRegister,
} from './repo'

function mustGet(ctx: HandlerContext, id: number): Register {
  const r = getRegister(ctx.db, id)
  if (!r) {
    throw notFound('sổ văn bản')
  }
  return r
}

function checkCodeFree(ctx: HandlerContext, code: string, selfId: number | null): void {
  const other = ctx.db
    .prepare<[string], { id: number }>('SELECT id FROM registers WHERE code = ?')
    .get(code)
  if (other && other.id !== selfId) {
    throw conflict(`Mã sổ "${code}" đã được dùng`, { code: 'Mã sổ đã được dùng' })
  }
}

export const registerHandlers = {
  'registers.list': (ctx, { direction, includeDisabled }) =>
    listRegisters(ctx.db, direction, includeDisabled ?? false),

  'registers.create': (ctx, input) =>
    ctx.db.transaction(() => {
      checkCodeFree(ctx, input.code, null)
      const id = insertRegister(ctx.db, input, ctx.clock().toISOString())
      if (input.isDefault) {
        makeDefault(ctx.db, id, input.direction)
      }
      const after = mustGet(ctx, id)
      ctx.audit({ recordType: 'register', recordId: id, detail: { after } })
      return after
    })(),

  'registers.update': (ctx, { id, name, code, isDefault }) =>
    ctx.db.transaction(() => {
      const before = mustGet(ctx, id)
      if (code !== undefined) {
        checkCodeFree(ctx, code, id)
      }
      updateRegister(ctx.db, id, { name, code }, ctx.clock().toISOString())
      if (isDefault) {
        if (before.disabled) {
          throw new CoreError('VALIDATION', 'Sổ đã ngừng sử dụng không thể là sổ mặc định')
        }
        makeDefault(ctx.db, id, before.direction)
      }
      const after = mustGet(ctx, id)
      ctx.audit({ recordType: 'register', recordId: id, detail: { before, after } })
      return after
    })(),

  'registers.setDisabled': (ctx, { id, disabled }) =>
    ctx.db.transaction(() => {
      const before = mustGet(ctx, id)
      if (disabled && before.isDefault) {
        throw new CoreError(
          'VALIDATION',
          'Hãy chọn sổ mặc định khác trước khi ngừng sử dụng sổ này',
        )
      }
      const now = ctx.clock().toISOString()
      setRegisterDisabled(ctx.db, id, disabled ? now : null, now)
      const after = mustGet(ctx, id)
      ctx.audit({ recordType: 'register', recordId: id, detail: { before, after } })
      return after
    })(),

  'registers.nextNumber': (ctx, { registerId, year }) => {
    mustGet(ctx, registerId)
    return { registerId, year, next: peekNumber(ctx.db, registerId, year) }
  },
} satisfies Partial<Handlers>
