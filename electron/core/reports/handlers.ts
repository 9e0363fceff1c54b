import type { Handlers } from '../api/handler'
import { incomingRegisterRows } from './incoming-rows'
import { registerReport } from './register-report'

export const reportHandlers = {
  /** Sổ đăng ký văn bản đến for a date range (by ngày đến), as the paper register prints it. */
  'reports.incomingRegister': (ctx, q) =>
    registerReport(
      ctx,
      { kind: 'den', direction: 'in', missing: 'sổ văn bản đến', rows: incomingRegisterRows },
      q,
    ),
} satisfies Partial<Handlers>
