import type { Handlers } from '../api/handler'
import { CoreError, notFound } from '../errors'
import { getRegister } from '../registers/repo'
import { getAgency } from '../units/repo'
import { visibility } from '../documents/access'
import { renderRegisterPdf, renderRegisterXlsx } from './index'
import { incomingRegisterRows } from './incoming-rows'

export const reportHandlers = {
  /** Sổ đăng ký văn bản đến for a date range (by ngày đến), as the paper register prints it. */
  'reports.incomingRegister': async (ctx, { registerId, from, to, format }) => {
    const register = getRegister(ctx.db, registerId)
    if (!register || register.direction !== 'in') {
      throw notFound('sổ văn bản đến')
    }
    if (from > to) {
      throw new CoreError('VALIDATION', 'Ngày bắt đầu phải trước ngày kết thúc', {
        fields: { from: 'Khoảng ngày không hợp lệ' },
      })
    }
    const print = {
      kind: 'den' as const,
      agencyName: getAgency(ctx.db)?.name ?? '',
      registerName: register.name,
      year: Number(from.slice(0, 4)),
      from,
      to,
      rows: incomingRegisterRows(ctx.db, visibility(ctx.db, ctx.actor), registerId, from, to),
    }
    const bytes =
      format === 'pdf' ? await renderRegisterPdf(print) : await renderRegisterXlsx(print)
    return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  },
} satisfies Partial<Handlers>
