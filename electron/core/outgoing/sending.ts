import type { DocumentDetail } from '../../../shared/api/document-types'
import type { ParsedInput } from '../../../shared/api/contract'
import { vietnamDay } from '../../../shared/calendar/iso-date'
import { doMatInfo, type DoMat } from '../../../shared/domain/levels'
import { actorUserId, type HandlerContext } from '../context'
import { canSeeDocument } from '../documents/access'
import { getDetail } from '../documents/detail'
import { CoreError, forbidden, notFound } from '../errors'
import { notify } from '../notifications/notify'
import { receivingUnits } from './info'
import { addLink } from './links'
import { addRecipients, recipientsText, unitLeaders } from './recipients'

// After the number: phát hành (mark each recipient sent, by which way and when), a unit of the
// agency acknowledging what it was sent, and thu hồi (DOMAIN §1.6).

type Doc = {
  id: number
  direction: 'in' | 'out'
  status: string
  do_mat: DoMat
  ngay_ban_hanh: string | null
  so_ky_hieu: string
  trich_yeu: string
}

function outgoingDoc(ctx: HandlerContext, id: number): Doc {
  const d = ctx.db
    .prepare<[number], Doc>(
      'SELECT id, direction, status, do_mat, ngay_ban_hanh, so_ky_hieu, trich_yeu FROM documents WHERE id = ?',
    )
    .get(id)
  if (!d || d.direction !== 'out' || !canSeeDocument(ctx.db, ctx.actor, id)) {
    throw notFound('văn bản đi')
  }
  return d
}

function detail(ctx: HandlerContext, id: number): DocumentDetail {
  const d = getDetail(ctx.db, id, ctx.actor)
  if (!d) {
    throw notFound('văn bản đi')
  }
  return d
}

export function sendOutgoing(
  ctx: HandlerContext,
  input: ParsedInput<'outgoing.send'>,
): DocumentDetail {
  ctx.db
    .transaction(() => {
      const doc = outgoingDoc(ctx, input.id)
      if (doc.status === 'thu_hoi') {
        throw new CoreError('CONFLICT', `Văn bản ${doc.so_ky_hieu} đã bị thu hồi, không gửi được`)
      }
      const today = vietnamDay(ctx.clock())
      const now = ctx.clock().toISOString()
      const sentUnits: number[] = []
      for (const s of input.sends) {
        if (s.way === 'dien_tu' && !doMatInfo(doc.do_mat).electronicExchange) {
          throw new CoreError(
            'VALIDATION',
            'Văn bản mật không được gửi qua mạng; hãy gửi bản giấy',
            { fields: { way: 'Văn bản mật chỉ gửi bản giấy' } },
          )
        }
        const sentOn = s.sentOn ?? today
        if (sentOn > today) {
          throw new CoreError('VALIDATION', 'Ngày gửi không thể sau hôm nay', {
            fields: { sentOn: 'Ngày gửi không thể sau hôm nay' },
          })
        }
        if (doc.ngay_ban_hanh && sentOn < doc.ngay_ban_hanh) {
          throw new CoreError('VALIDATION', 'Ngày gửi không thể trước ngày ban hành', {
            fields: { sentOn: 'Ngày gửi không thể trước ngày ban hành' },
          })
        }
        const r = ctx.db
          .prepare<[number, number], { unit_id: number | null }>(
            'SELECT unit_id FROM outgoing_recipients WHERE id = ? AND document_id = ?',
          )
          .get(s.recipientId, doc.id)
        if (!r) {
          throw new CoreError('VALIDATION', 'Nơi nhận không thuộc văn bản này', {
            fields: { recipientId: 'Nơi nhận không hợp lệ' },
          })
        }
        ctx.db
          .prepare(
            'UPDATE outgoing_recipients SET way = ?, sent_on = ?, sent_at = ?, sent_by = ? WHERE id = ?',
          )
          .run(s.way, sentOn, now, actorUserId(ctx.actor), s.recipientId)
        if (r.unit_id !== null) {
          sentUnits.push(r.unit_id)
        }
      }
      notify(
        ctx.db,
        unitLeaders(ctx.db, sentUnits),
        {
          kind: 'noi_bo_den',
          title: `Văn bản số ${doc.so_ky_hieu} gửi đơn vị`,
          body: doc.trich_yeu,
          documentId: doc.id,
          key: `noi_bo_den:${doc.id}`,
        },
        now,
        actorUserId(ctx.actor),
      )
      ctx.audit({ recordType: 'document', recordId: doc.id, detail: { sends: input.sends } })
    })
    .immediate()
  return detail(ctx, input.id)
}

export function addMoreRecipients(
  ctx: HandlerContext,
  input: ParsedInput<'outgoing.addRecipients'>,
): DocumentDetail {
  ctx.db
    .transaction(() => {
      const doc = outgoingDoc(ctx, input.id)
      if (doc.status === 'thu_hoi') {
        throw new CoreError('CONFLICT', `Văn bản ${doc.so_ky_hieu} đã bị thu hồi`)
      }
      const now = ctx.clock().toISOString()
      addRecipients(ctx.db, doc.id, input.recipients, now)
      ctx.db
        .prepare('UPDATE documents SET noi_nhan = ?, updated_at = ? WHERE id = ?')
        .run(recipientsText(ctx.db, doc.id), now, doc.id)
      ctx.audit({ recordType: 'document', recordId: doc.id, detail: { added: input.recipients } })
    })
    .immediate()
  return detail(ctx, input.id)
}

export function receiveOutgoing(
  ctx: HandlerContext,
  input: ParsedInput<'outgoing.receive'>,
): DocumentDetail {
  ctx.db
    .transaction(() => {
      const doc = outgoingDoc(ctx, input.id)
      const units = receivingUnits(ctx.db, ctx.actor)
      const taken = ctx.db
        .prepare(
          `UPDATE outgoing_recipients SET received_at = ?, received_by = ?
           WHERE document_id = ? AND unit_id IN (SELECT value FROM json_each(?))
             AND sent_at IS NOT NULL AND received_at IS NULL AND recalled_at IS NULL`,
        )
        .run(ctx.clock().toISOString(), actorUserId(ctx.actor), doc.id, JSON.stringify(units))
      if (taken.changes === 0) {
        throw forbidden('Văn bản này không gửi đơn vị của bạn, hoặc đã được nhận')
      }
      ctx.audit({ recordType: 'document', recordId: doc.id, detail: { received: units } })
    })
    .immediate()
  return detail(ctx, input.id)
}

export function recallOutgoing(
  ctx: HandlerContext,
  input: ParsedInput<'outgoing.recall'>,
): DocumentDetail {
  ctx.db
    .transaction(() => {
      const doc = outgoingDoc(ctx, input.id)
      if (doc.status === 'thu_hoi') {
        throw new CoreError('CONFLICT', `Văn bản ${doc.so_ky_hieu} đã bị thu hồi`)
      }
      const now = ctx.clock().toISOString()
      const me = actorUserId(ctx.actor)
      if (input.byDocumentId) {
        const by = ctx.db
          .prepare<[number], { direction: string }>('SELECT direction FROM documents WHERE id = ?')
          .get(input.byDocumentId)
        if (by?.direction !== 'out' || input.byDocumentId === doc.id) {
          throw new CoreError('VALIDATION', 'Văn bản thu hồi phải là một văn bản đi khác', {
            fields: { byDocumentId: 'Chọn văn bản đi dùng để thu hồi' },
          })
        }
        addLink(ctx.db, input.byDocumentId, doc.id, 'thu_hoi', now, me)
      }
      ctx.db
        .prepare(
          "UPDATE documents SET status = 'thu_hoi', recalled_at = ?, recall_reason = ?, updated_at = ? WHERE id = ?",
        )
        .run(now, input.reason, now, doc.id)
      const told = ctx.db
        .prepare<[number], { unit_id: number; received_by: number | null }>(
          'SELECT unit_id, received_by FROM outgoing_recipients WHERE document_id = ? AND unit_id IS NOT NULL AND sent_at IS NOT NULL',
        )
        .all(doc.id)
      ctx.db
        .prepare(
          'UPDATE outgoing_recipients SET recalled_at = ? WHERE document_id = ? AND recalled_at IS NULL',
        )
        .run(now, doc.id)
      // An electronic recall cancels the document at its recipients, who are told (DOMAIN §1.6).
      notify(
        ctx.db,
        [
          ...unitLeaders(
            ctx.db,
            told.map((t) => t.unit_id),
          ),
          ...told.flatMap((t) => (t.received_by !== null ? [t.received_by] : [])),
        ],
        {
          kind: 'thu_hoi',
          title: `Văn bản số ${doc.so_ky_hieu} đã bị thu hồi`,
          body: input.reason,
          documentId: doc.id,
          key: `thu_hoi:${doc.id}`,
        },
        now,
        me,
      )
      ctx.audit({
        recordType: 'document',
        recordId: doc.id,
        detail: { changes: { status: [doc.status, 'thu_hoi'], lyDoThuHoi: [null, input.reason] } },
      })
    })
    .immediate()
  return detail(ctx, input.id)
}
