import type { Handlers } from '../api/handler'
import { outgoingRegisterRows } from './outgoing-rows'
import { registerReport } from './register-report'

export const outgoingReportHandlers = {
  /** Sổ đăng ký văn bản đi for a range of ngày ban hành, as the paper register prints it. */
  'reports.outgoingRegister': (ctx, q) =>
    registerReport(
      ctx,
      { kind: 'di', direction: 'out', missing: 'sổ văn bản đi', rows: outgoingRegisterRows },
      q,
    ),
} satisfies Partial<Handlers>
