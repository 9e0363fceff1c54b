import type { DocumentDetail } from '../../../shared/api/document-types'
import type { ParsedInput } from '../../../shared/api/contract'
import { vietnamDay } from '../../../shared/calendar/iso-date'
import { actorUserId, type HandlerContext } from '../context'
import { getDetail } from '../documents/detail'
import { duplicateKey, foldKey, sortKey } from '../documents/keys'
import { insertDocument, replaceFiles } from '../documents/repo'
import { CoreError, notFound } from '../errors'
import { getFile } from '../files/repo'
import { getAgency } from '../units/repo'
import { markDraftIssued, readDraftForIssue } from './from-draft'
import { applyLinks } from './link-effects'
import { numberFor, outgoingRegister, takeOutgoingNumber } from './numbering'
import { addRecipients, recipientsText } from './recipients'
import { taskForReply } from './reply'
import { resolveSigner } from './signer'
import { checkLinkTargets } from './targets'

type IssueInput = ParsedInput<'outgoing.issue'>

type Held = { id: number; registerId: number; year: number; number: number; status: string }

function heldNumber(ctx: HandlerContext, id: number): Held {
  const r = ctx.db
    .prepare<
      [number],
      { id: number; register_id: number; year: number; number: number; status: string }
    >('SELECT id, register_id, year, number, status FROM number_reservations WHERE id = ?')
    .get(id)
  if (!r) {
    throw notFound('số đã lấy trước')
  }
  if (r.status !== 'dang_giu') {
    throw new CoreError('CONFLICT', 'Số đã lấy trước này đã được dùng hoặc đã trả', {
      fields: { reservationId: 'Số này không còn được giữ' },
    })
  }
  return { id: r.id, registerId: r.register_id, year: r.year, number: r.number, status: r.status }
}

function checkFiles(ctx: HandlerContext, files: IssueInput['files']): void {
  for (const f of files) {
    if (!getFile(ctx.db, f.sha256, f.name)) {
      throw new CoreError('VALIDATION', `Tệp "${f.name}" chưa được tải lên`, {
        fields: { files: 'Tệp đính kèm chưa được tải lên' },
      })
    }
  }
}

/**
 * Ban hành (NĐ 30 Điều 15–16): cấp số for the year of ngày ban hành, đăng ký in the outgoing
 * register, attach the signed file, list the recipients, link the reply / replacement /
 * correction, close the answered document and task, mark the draft issued: one IMMEDIATE
 * transaction, so a refusal anywhere leaves no number taken and nothing half-written.
 */
export function issueOutgoing(ctx: HandlerContext, input: IssueInput): DocumentDetail {
  const agency = getAgency(ctx.db)
  if (!agency) {
    throw new CoreError('CONFLICT', 'Cơ quan chưa được thiết lập')
  }
  checkFiles(ctx, input.files)
  const me = actorUserId(ctx.actor)
  const id = ctx.db
    .transaction((): number => {
      const draft = input.draftId ? readDraftForIssue(ctx.db, input.draftId, me) : null
      const held = input.reservationId ? heldNumber(ctx, input.reservationId) : null
      const today = vietnamDay(ctx.clock())
      const ngayBanHanh = input.ngayBanHanh ?? today
      if (ngayBanHanh > today) {
        throw new CoreError('VALIDATION', 'Ngày ban hành không thể sau hôm nay', {
          fields: { ngayBanHanh: 'Ngày ban hành không thể sau hôm nay' },
        })
      }
      const year = Number(ngayBanHanh.slice(0, 4))
      if (held && held.year !== year) {
        throw new CoreError('VALIDATION', `Số đã lấy trước thuộc năm ${held.year}`, {
          fields: { ngayBanHanh: `Ngày ban hành phải trong năm ${held.year}` },
        })
      }
      const register = outgoingRegister(ctx.db, held ? held.registerId : input.registerId)
      const loaiVanBan = input.loaiVanBan ?? draft?.loaiVanBan
      const trichYeu = input.trichYeu ?? draft?.trichYeu
      if (!loaiVanBan) {
        throw new CoreError('VALIDATION', 'Chọn loại văn bản', {
          fields: { loaiVanBan: 'Chọn loại văn bản' },
        })
      }
      if (!trichYeu) {
        throw new CoreError('VALIDATION', 'Nhập trích yếu', {
          fields: { trichYeu: 'Nhập trích yếu' },
        })
      }
      const unitId =
        input.draftingUnitId !== undefined ? input.draftingUnitId : (draft?.draftingUnitId ?? null)
      const signer = resolveSigner(ctx.db, {
        signerId: input.signerId !== undefined ? input.signerId : (draft?.signerId ?? null),
        nguoiKy: input.nguoiKy,
        chucVu: input.chucVuNguoiKy,
      })
      const links = checkLinkTargets(ctx.db, {
        loaiVanBan,
        replyToDocumentId:
          input.replyToDocumentId !== undefined
            ? input.replyToDocumentId
            : (draft?.replyToDocumentId ?? null),
        replacesId: input.replacesId ?? null,
        correctsId: input.correctsId ?? null,
      })
      const taskId = input.taskId !== undefined ? input.taskId : (draft?.taskId ?? null)
      const task = taskId ? taskForReply(ctx.db, taskId) : null
      const taken = held
        ? { number: held.number, releasedReservationId: null }
        : takeOutgoingNumber(ctx.db, register.id, year)
      const n = numberFor(ctx.db, taken.number, year, loaiVanBan, unitId, input.quyPham)
      const clash = ctx.db
        .prepare("SELECT 1 FROM documents WHERE direction = 'out' AND year = ? AND so_ky_hieu = ?")
        .get(year, n.soKyHieu)
      if (clash) {
        throw new CoreError(
          'CONFLICT',
          `Số, ký hiệu ${n.soKyHieu} đã được cấp trong năm ${year} (ở một sổ khác). Hãy kiểm tra cấu hình sổ văn bản đi.`,
        )
      }
      const now = ctx.clock().toISOString()
      const doKhan = input.doKhan ?? draft?.doKhan ?? 'thuong'
      const doMat = input.doMat ?? draft?.doMat ?? 'thuong'
      const docId = insertDocument(
        ctx.db,
        {
          direction: 'out',
          registerId: register.id,
          year,
          number: taken.number,
          fields: {
            ngayDen: null,
            so: n.so,
            kyHieu: n.kyHieu,
            ngayBanHanh,
            coQuanBanHanh: agency.name,
            loaiVanBan,
            trichYeu,
            nguoiKy: signer.name,
            chucVuNguoiKy: signer.position,
            soTrang: input.soTrang ?? null,
            doKhan,
            doMat,
            hanXuLy: null,
            donViNhanId: null,
            nguoiNhanId: null,
            noiNhan: null,
            phuongThuc: null,
            ghiChu: input.ghiChu !== undefined ? input.ghiChu : (draft?.ghiChu ?? null),
          },
          derived: {
            soKyHieu: n.soKyHieu,
            dupKey: duplicateKey(n.so, n.kyHieu, agency.name, ngayBanHanh),
            issuerId: null,
            coQuanFold: foldKey(agency.name),
            coQuanSort: sortKey(agency.name),
            trichYeuSort: sortKey(trichYeu) ?? '',
          },
          body: null,
          status: 'da_ban_hanh',
          externalId: null,
          createdBy: me,
        },
        now,
      )
      ctx.db
        .prepare(
          `UPDATE documents SET drafting_unit_id = ?, signer_id = ?, tham_quyen = ?, tham_quyen_chuc_vu = ?,
             so_luong_ban = ?, quy_pham = ?, draft_id = ? WHERE id = ?`,
        )
        .run(
          unitId,
          signer.id,
          input.thamQuyen ?? null,
          input.thamQuyen ? (input.thamQuyenChucVu ?? null) : null,
          input.soLuongBan !== undefined ? input.soLuongBan : (draft?.soLuongBan ?? null),
          input.quyPham ? 1 : 0,
          draft?.id ?? null,
          docId,
        )
      replaceFiles(ctx.db, docId, input.files)
      addRecipients(ctx.db, docId, input.recipients ?? draft?.recipients ?? [], now)
      ctx.db
        .prepare('UPDATE documents SET noi_nhan = ? WHERE id = ?')
        .run(recipientsText(ctx.db, docId), docId)
      const heldId = held?.id ?? taken.releasedReservationId
      if (heldId !== null) {
        ctx.db
          .prepare(
            'UPDATE number_reservations SET status = ?, document_id = ?, so_ky_hieu = ? WHERE id = ?',
          )
          .run(held ? 'da_dung' : 'cap_lai', docId, n.soKyHieu, heldId)
      }
      applyLinks(ctx, {
        reply: { id: docId, soKyHieu: n.soKyHieu, ngayBanHanh, trichYeu },
        links,
        task,
        actorId: me,
        fallbackActorId: signer.id,
        now,
        today,
      })
      if (draft) {
        markDraftIssued(ctx.db, draft, docId, n.soKyHieu, me ?? draft.drafterId, now)
      }
      ctx.audit({
        recordType: 'document',
        recordId: docId,
        detail: {
          after: {
            soKyHieu: n.soKyHieu,
            registerId: register.id,
            ngayBanHanh,
            loaiVanBan,
            trichYeu,
            nguoiKy: signer.name,
            draftId: draft?.id ?? null,
            reservationId: heldId,
            files: input.files,
          },
        },
      })
      return docId
    })
    .immediate()
  const detail = getDetail(ctx.db, id, ctx.actor)
  if (!detail) {
    throw notFound('văn bản vừa ban hành')
  }
  return detail
}
