import type { Handlers } from '../api/handler'
import type { HandlerContext } from '../context'
import { CoreError, conflict, notFound } from '../errors'
import type { Unit } from '../../../shared/api/types'
import {
  ancestorIds,
  countActiveMembers,
  findUnitByShortName,
  getAgency,
  getUnit,
  insertUnit,
  listUnits,
  setUnitDisabled,
  updateUnit,
} from './repo'

function mustGet(ctx: HandlerContext, id: number): Unit {
  const unit = getUnit(ctx.db, id)
  if (!unit) {
    throw notFound('đơn vị')
  }
  return unit
}

function checkShortNameFree(ctx: HandlerContext, shortName: string, selfId: number | null): void {
  const other = findUnitByShortName(ctx.db, shortName)
  if (other && other.id !== selfId) {
    throw conflict(`Tên viết tắt "${shortName}" đã dùng cho ${other.name}`, {
      shortName: 'Tên viết tắt đã được dùng',
    })
  }
}

export const unitHandlers = {
  'units.list': (ctx, { includeDisabled }) => listUnits(ctx.db, includeDisabled ?? false),

  'units.create': (ctx, input) => {
    const parent = mustGet(ctx, input.parentId)
    if (parent.disabled) {
      throw new CoreError('VALIDATION', 'Đơn vị cấp trên đã ngừng hoạt động', {
        fields: { parentId: 'Đơn vị cấp trên đã ngừng hoạt động' },
      })
    }
    return ctx.db.transaction(() => {
      checkShortNameFree(ctx, input.shortName, null)
      const id = insertUnit(ctx.db, input, ctx.clock().toISOString())
      const unit = mustGet(ctx, id)
      ctx.audit({ recordType: 'unit', recordId: id, detail: { after: unit } })
      return unit
    })()
  },

  'units.update': (ctx, { id, ...patch }) =>
    ctx.db.transaction(() => {
      const before = mustGet(ctx, id)
      if (patch.parentId !== undefined) {
        if (before.parentId === null) {
          throw new CoreError(
            'VALIDATION',
            'Cơ quan là gốc của cây đơn vị, không có đơn vị cấp trên',
          )
        }
        mustGet(ctx, patch.parentId)
        if (ancestorIds(ctx.db, patch.parentId).includes(id)) {
          throw new CoreError('VALIDATION', 'Không thể đặt một đơn vị vào bên trong chính nó', {
            fields: { parentId: 'Đơn vị cấp trên không hợp lệ (tạo vòng lặp)' },
          })
        }
      }
      if (patch.shortName !== undefined) {
        checkShortNameFree(ctx, patch.shortName, id)
      }
      updateUnit(ctx.db, id, patch, ctx.clock().toISOString())
      const after = mustGet(ctx, id)
      ctx.audit({ recordType: 'unit', recordId: id, detail: { before, after } })
      return after
    })(),

  'units.setDisabled': (ctx, { id, disabled }) =>
    ctx.db.transaction(() => {
      const before = mustGet(ctx, id)
      if (before.id === getAgency(ctx.db)?.id) {
        throw new CoreError('VALIDATION', 'Không thể ngừng hoạt động chính cơ quan')
      }
      if (disabled) {
        const members = countActiveMembers(ctx.db, id)
        if (members.users > 0 || members.children > 0) {
          throw conflict(
            `Đơn vị còn ${members.users} người dùng và ${members.children} đơn vị con đang hoạt động; hãy chuyển họ trước`,
          )
        }
      }
      const now = ctx.clock().toISOString()
      setUnitDisabled(ctx.db, id, disabled ? now : null, now)
      const after = mustGet(ctx, id)
      ctx.audit({ recordType: 'unit', recordId: id, detail: { before, after } })
      return after
    })(),
} satisfies Partial<Handlers>
