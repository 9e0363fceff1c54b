import type { Handlers } from '../../api/handler'
import { CoreError, notFound } from '../../errors'
import { getRegister } from '../../registers/repo'
import { todayOf } from '../../tasks/rows'
import { getAgency } from '../../units/repo'
import { renderRegisterPdf, renderRegisterXlsx } from '../index'
import { taskReportPrint } from './task-report-data'
import { renderTaskReportPdf } from './task-report-pdf'
import { renderTaskReportXlsx } from './task-report-xlsx'
import { trackingRows } from './tracking-rows'

function checkPeriod(from: string, to: string): void {
  if (from > to) {
    throw new CoreError('VALIDATION', 'Ngày bắt đầu phải trước ngày kết thúc', {
      fields: { from: 'Khoảng ngày không hợp lệ' },
    })
  }
}

const bytesOf = (b: Buffer): Uint8Array => new Uint8Array(b.buffer, b.byteOffset, b.byteLength)

export const taskReportHandlers = {
  /** Báo cáo tình hình thực hiện nhiệm vụ: VPCP's buckets per unit, then the late tasks. */
  'reports.taskReport': async (ctx, { from, to, unitId, format }) => {
    checkPeriod(from, to)
    const print = taskReportPrint(ctx.db, ctx.actor, { from, to, unitId }, todayOf(ctx.clock()))
    return bytesOf(
      format === 'pdf' ? await renderTaskReportPdf(print) : await renderTaskReportXlsx(print),
    )
  },

  /** Sổ theo dõi giải quyết văn bản đến, printed like the other registers of NĐ 30. */
  'reports.incomingTracking': async (ctx, { registerId, from, to, format }) => {
    const register = getRegister(ctx.db, registerId)
    if (!register || register.direction !== 'in') {
      throw notFound('sổ văn bản đến')
    }
    checkPeriod(from, to)
    const print = {
      kind: 'theo_doi' as const,
      agencyName: getAgency(ctx.db)?.name ?? '',
      registerName: register.name,
      year: Number(from.slice(0, 4)),
      from,
      to,
      rows: trackingRows(ctx.db, ctx.actor, { registerId, from, to }, todayOf(ctx.clock())),
    }
    return bytesOf(
      format === 'pdf' ? await renderRegisterPdf(print) : await renderRegisterXlsx(print),
    )
  },
} satisfies Partial<Handlers>
