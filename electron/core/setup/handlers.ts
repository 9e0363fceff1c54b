import type { Handlers } from '../api/handler'
import { startSession } from '../auth/handlers'
import { hashPassword } from '../auth/password'
import { schemaVersionOf } from '../db/migrate'
import { CoreError, conflict, notFound } from '../errors'
import { findUnitByShortName, getAgency, getUnit, insertUnit, updateUnit } from '../units/repo'
import { insertUser } from '../users/repo'
import { isSetUp } from './state'

export const setupHandlers = {
  'system.info': (ctx) => ({
    version: ctx.version,
    schemaVersion: schemaVersionOf(ctx.db),
    setupDone: isSetUp(ctx.db),
    agency: getAgency(ctx.db),
  }),

  /** First run: the agency (root unit) and its first administrator, in one transaction. */
  'setup.init': async (ctx, input) => {
    if (isSetUp(ctx.db)) {
      throw new CoreError('ALREADY_SET_UP', 'Cơ quan đã được thiết lập; hãy đăng nhập')
    }
    const passwordHash = await hashPassword(input.adminPassword)
    const adminId = ctx.db.transaction(() => {
      if (isSetUp(ctx.db)) {
        throw new CoreError('ALREADY_SET_UP', 'Cơ quan đã được thiết lập; hãy đăng nhập')
      }
      const now = ctx.clock().toISOString()
      const agency = getAgency(ctx.db)
      const agencyId =
        agency?.id ??
        insertUnit(
          ctx.db,
          {
            parentId: null,
            name: input.agencyName,
            shortName: input.agencyShortName,
            code: input.agencyCode,
          },
          now,
        )
      const id = insertUser(
        ctx.db,
        {
          username: input.adminUsername,
          fullName: input.adminFullName,
          position: 'Quản trị hệ thống',
          unitId: agencyId,
          roles: ['quan_tri'],
          passwordHash,
          email: null,
          phone: null,
          mustChangePassword: false,
        },
        now,
      )
      ctx.audit({
        recordType: 'unit',
        recordId: agencyId,
        detail: {
          agency: {
            name: input.agencyName,
            shortName: input.agencyShortName,
            code: input.agencyCode,
          },
          adminUsername: input.adminUsername,
        },
      })
      return id
    })()
    const agency = getAgency(ctx.db)
    if (!agency) {
      throw new CoreError('INTERNAL', 'Không đọc được cơ quan vừa tạo')
    }
    // From the app the administrator is signed in at once; the CLI signs nobody in.
    return { agency, login: ctx.actor.kind === 'anonymous' ? startSession(ctx, adminId) : null }
  },

  'agency.get': (ctx) => {
    const agency = getAgency(ctx.db)
    if (!agency) {
      throw notFound('cơ quan')
    }
    return agency
  },

  'agency.update': (ctx, input) =>
    ctx.db.transaction(() => {
      const before = getAgency(ctx.db)
      if (!before) {
        throw notFound('cơ quan')
      }
      const clash = findUnitByShortName(ctx.db, input.shortName)
      if (clash && clash.id !== before.id) {
        throw conflict(`Tên viết tắt "${input.shortName}" đã dùng cho ${clash.name}`, {
          shortName: 'Tên viết tắt đã được dùng',
        })
      }
      updateUnit(ctx.db, before.id, input, ctx.clock().toISOString())
      const unit = getUnit(ctx.db, before.id)
      const after = {
        id: before.id,
        name: unit?.name ?? '',
        shortName: unit?.shortName ?? '',
        code: unit?.code ?? null,
      }
      ctx.audit({ recordType: 'unit', recordId: before.id, detail: { before, after } })
      return after
    })(),
} satisfies Partial<Handlers>
