import type { Handlers } from '../api/handler'
import { actorUserId } from '../context'
import { CoreError, notFound } from '../errors'
import { getFile } from '../files/repo'
import { addIntake, dismissIntake, getIntake, listWaiting } from './repo'

export const intakeHandlers = {
  'intake.list': (ctx) => listWaiting(ctx.db),

  'intake.add': (ctx, { file }) =>
    ctx.db.transaction(() => {
      if (!getFile(ctx.db, file.sha256, file.name)) {
        throw new CoreError('VALIDATION', `Tệp "${file.name}" chưa được tải lên`)
      }
      const { id } = addIntake(
        ctx.db,
        { ...file, source: 'drop', userId: actorUserId(ctx.actor) },
        ctx.clock().toISOString(),
      )
      ctx.audit({ recordType: 'intake', recordId: id, detail: { file } })
      const item = getIntake(ctx.db, id)
      if (!item) {
        throw notFound('văn bản chờ vào sổ')
      }
      return item
    })(),

  'intake.dismiss': (ctx, { id, reason }) => {
    ctx.db.transaction(() => {
      if (!dismissIntake(ctx.db, id, reason)) {
        throw notFound('văn bản chờ vào sổ (có thể đã được xử lý)')
      }
      ctx.audit({ recordType: 'intake', recordId: id, detail: { reason } })
    })()
    return null
  },
} satisfies Partial<Handlers>
