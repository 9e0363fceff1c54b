import type { Handlers } from '../api/handler'
import { auditSecretOpening } from '../audit/opening'
import { markInformRead } from '../direction/steps'
import { notFound } from '../errors'
import { canSeeDocument } from './access'
import { getDetail } from './detail'
import { duplicateKey } from './keys'
import { listDocuments } from './list'
import { findDuplicates } from './repo'
import { registerIncoming, updateIncoming } from './service'

export const documentHandlers = {
  'documents.checkDuplicates': (ctx, q) =>
    findDuplicates(
      ctx.db,
      'in',
      duplicateKey(q.so ?? null, q.kyHieu ?? null, q.coQuanBanHanh ?? null, q.ngayBanHanh ?? null),
      q.sha256s,
    ),

  'documents.registerIncoming': (ctx, input) =>
    registerIncoming(ctx, ctx.actor, input, { audit: ctx.audit }),

  'documents.updateIncoming': (ctx, input) => updateIncoming(ctx, input, { audit: ctx.audit }),

  'documents.list': (ctx, q) => listDocuments(ctx.db, ctx.actor, q),

  'documents.get': (ctx, { id }) => {
    const detail = canSeeDocument(ctx.db, ctx.actor, id) ? getDetail(ctx.db, id, ctx.actor) : null
    if (!detail) {
      throw notFound('văn bản')
    }
    if (ctx.actor.kind === 'user') {
      // Opening the document is reading it: "nhận để biết" closes itself (UX goal 5).
      markInformRead(ctx.db, ctx.actor.user.id, ctx.clock().toISOString(), { documentId: id })
    }
    auditSecretOpening(ctx, id, detail.doMat, 'xem_chi_tiet')
    return detail
  },
} satisfies Partial<Handlers>
