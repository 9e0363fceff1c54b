import type { Handlers } from '../api/handler'
import { readAnchor } from './anchor'
import { listAudit, recordHistory } from './query'

export const auditHandlers = {
  'audit.list': (ctx, q) => listAudit(ctx.db, ctx.actor, q),
  'audit.record': (ctx, { recordType, recordId }) =>
    recordHistory(ctx.db, ctx.actor, recordType, recordId),
  // The anchor first: a write landing between the two reads must not look like a loss.
  'audit.verify': (ctx) =>
    ctx.jobs.run('auditVerify', {
      database: ctx.paths.database,
      anchor: readAnchor(ctx.paths),
      nativeBinding: ctx.config.nativeBinding,
    }),
} satisfies Partial<Handlers>
