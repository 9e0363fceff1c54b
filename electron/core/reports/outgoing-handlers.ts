import type { Handlers } from '../api/handler'
import { visibility } from '../documents/access'
import { CoreError, notFound } from '../errors'
import { getRegister } from '../registers/repo'
import { getAgency } from '../units/repo'
import { renderRegisterPdf, renderRegisterXlsx } from './index'
import { outgoingRegisterRows } from './outgoing-rows'

export const outgoingReportHandlers = {
  /** Sổ đăng ký văn bản đi for a range of ngày ban hành, as the paper register prints it. */
  'reports.outgoingRegister': async (ctx, { registerId, from, to, format }) => {
    const register = getRegister(ctx.db, registerId)
    if (!register || register.direction !== 'out') {
      throw notFound('sổ văn bản đi')
    }
    if (from > to) {
      throw new CoreError('VALIDATION', 'Ngày bắt đầu phải trước ngày kết thúc', {
        fields: { from: 'Khoảng ngày không hợp lệ' },
      })
    }
    const print = {
      kind: 'di' as const,
      agencyName: getAgency(ctx.db)?.name ?? '',
      registerName: register.name,
      year: Number(from.slice(0, 4)),
      from,
      to,
      rows: outgoingRegisterRows(ctx.db, visibility(ctx.db, ctx.actor), registerId, from, to),
    }
    const bytes =
      format === 'pdf' ? await renderRegisterPdf(print) : await renderRegisterXlsx(print)
    return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  },
} satisfies Partial<Handlers>
