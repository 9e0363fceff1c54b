import dayjs, { type Dayjs } from 'dayjs'
import type { Input } from '../../../../../shared/api/contract'
import type { DocumentDetail } from '../../../../../shared/api/document-types'
import type {
  DraftDetail,
  PlannedRecipient,
  Recipient,
  Reservation,
} from '../../../../../shared/api/outgoing-types'
import type { DoKhan, DoMat, ThamQuyenKy } from '../../../../../shared/domain/levels'

// The issue form's values and where they come from: empty (a paper-signed document), a signed
// draft, a held number, or the document being replaced or corrected.

export type Relation = 'none' | 'replaces' | 'corrects'

export type IssueValues = {
  /** Cấp số mới, or use a number taken ahead. */
  numberMode: 'new' | 'held'
  reservationId: number | null
  registerId: number | undefined
  loaiVanBan: string | undefined
  trichYeu: string
  draftingUnitId: number | null
  quyPham: boolean
  ngayBanHanh: Dayjs | null
  /** A leader of the System; null when the signer is typed by name. */
  signerId: number | null
  nguoiKy: string
  chucVuNguoiKy: string
  thamQuyen: ThamQuyenKy | 'none'
  thamQuyenChucVu: string
  doKhan: DoKhan
  doMat: DoMat
  soTrang: number | null
  soLuongBan: number | null
  recipientUnits: number[]
  recipientOutside: string[]
  ghiChu: string
  replyToDocumentId: number | null
  taskId: number | null
  relation: Relation
  relatedId: number | null
}

export const CONG_VAN = 'cong_van'

export const emptyIssue = (): IssueValues => ({
  numberMode: 'new',
  reservationId: null,
  registerId: undefined,
  loaiVanBan: undefined,
  trichYeu: '',
  draftingUnitId: null,
  quyPham: false,
  ngayBanHanh: dayjs(),
  signerId: null,
  nguoiKy: '',
  chucVuNguoiKy: '',
  thamQuyen: 'none',
  thamQuyenChucVu: '',
  doKhan: 'thuong',
  doMat: 'thuong',
  soTrang: null,
  soLuongBan: null,
  recipientUnits: [],
  recipientOutside: [],
  ghiChu: '',
  replyToDocumentId: null,
  taskId: null,
  relation: 'none',
  relatedId: null,
})

function splitRecipients(
  list: readonly (PlannedRecipient | Recipient)[],
): Pick<IssueValues, 'recipientUnits' | 'recipientOutside'> {
  return {
    recipientUnits: list.flatMap((r) => (r.kind === 'unit' && r.unitId !== null ? [r.unitId] : [])),
    recipientOutside: list.flatMap((r) => (r.kind === 'outside' ? [r.name] : [])),
  }
}

/** A signed draft gives everything but the number, the date and the authority line. */
export function fromDraft(d: DraftDetail): IssueValues {
  return {
    ...emptyIssue(),
    loaiVanBan: d.loaiVanBanCode,
    trichYeu: d.trichYeu,
    draftingUnitId: d.draftingUnit.id,
    signerId: d.signer?.id ?? null,
    nguoiKy: d.signer?.name ?? '',
    chucVuNguoiKy: d.signer?.position ?? '',
    ...suggestedAuthority(d.signer?.position ?? ''),
    doKhan: d.doKhan,
    doMat: d.doMat,
    soLuongBan: d.soLuongBan,
    ...splitRecipients(d.recipients),
    ghiChu: d.ghiChu ?? '',
    replyToDocumentId: d.replyTo?.documentId ?? null,
    taskId: d.taskId,
  }
}

/**
 * A replacement (same type, NĐ 30 Điều 19) or a correction (a công văn) of an issued document:
 * it goes to the same recipients, from the same unit.
 */
export function fromRelated(d: DocumentDetail, relation: 'replaces' | 'corrects'): IssueValues {
  const out = d.outgoing
  return {
    ...emptyIssue(),
    loaiVanBan: relation === 'replaces' ? d.loaiVanBanCode : CONG_VAN,
    registerId: d.registerId,
    trichYeu:
      relation === 'replaces'
        ? d.trichYeu
        : `V/v đính chính ${d.loaiVanBan.toLocaleLowerCase('vi')} số ${d.soKyHieu}`,
    draftingUnitId: out?.draftingUnit?.id ?? null,
    quyPham: relation === 'replaces' && (out?.quyPham ?? false),
    // A replacement is normally signed with the same authority; a correction by whoever signs it.
    ...(relation === 'replaces'
      ? {
          signerId: out?.signerId ?? null,
          nguoiKy: d.nguoiKy ?? '',
          chucVuNguoiKy: d.chucVuNguoiKy ?? '',
          thamQuyen: out?.thamQuyen ?? 'none',
          thamQuyenChucVu: out?.thamQuyenChucVu ?? '',
        }
      : {}),
    doKhan: d.doKhan,
    doMat: d.doMat,
    ...splitRecipients(out?.recipients ?? []),
    relation,
    relatedId: d.id,
  }
}

/** `07/2026/QĐ-UBND`: a held number of a legal document carries its year. */
const heldQuyPham = (r: Reservation): boolean => /^\d+\/\d{4}\//.test(r.soKyHieu)

/** A number taken ahead fixes the register, type and unit it was taken for. */
export function withReservation(v: IssueValues, r: Reservation): IssueValues {
  return {
    ...v,
    numberMode: 'held',
    reservationId: r.id,
    registerId: r.registerId,
    loaiVanBan: r.loaiVanBanCode,
    draftingUnitId: r.draftingUnit?.id ?? null,
    quyPham: heldQuyPham(r),
    trichYeu: v.trichYeu || (r.trichYeu ?? ''),
  }
}

/**
 * A deputy usually signs "KT." for the head whose title follows "Phó": a Phó Chủ tịch signs
 * KT. CHỦ TỊCH. Only a suggestion; the clerk sets what the signed paper says.
 */
export function suggestedAuthority(
  position: string,
): Pick<IssueValues, 'thamQuyen' | 'thamQuyenChucVu'> {
  const m = /^phó\s+(.+)$/iu.exec(position.trim())
  if (!m?.[1]) {
    return { thamQuyen: 'none', thamQuyenChucVu: '' }
  }
  const head = m[1]
  return {
    thamQuyen: 'kt',
    thamQuyenChucVu: head.charAt(0).toLocaleUpperCase('vi') + head.slice(1),
  }
}

const orNull = (s: string): string | null => (s.trim() === '' ? null : s.trim())

export function toIssueInput(
  v: IssueValues,
  draftId: number | null,
  files: readonly { sha256: string; name: string }[],
): Input<'outgoing.issue'> {
  const held = v.numberMode === 'held'
  return {
    draftId,
    reservationId: held ? v.reservationId : null,
    registerId: held ? null : (v.registerId ?? null),
    loaiVanBan: v.loaiVanBan,
    trichYeu: v.trichYeu.trim(),
    draftingUnitId: v.draftingUnitId,
    quyPham: v.quyPham,
    ngayBanHanh: v.ngayBanHanh?.format('YYYY-MM-DD'),
    signerId: v.signerId,
    nguoiKy: v.nguoiKy.trim() === '' ? undefined : v.nguoiKy.trim(),
    chucVuNguoiKy: orNull(v.chucVuNguoiKy),
    thamQuyen: v.thamQuyen === 'none' ? null : v.thamQuyen,
    thamQuyenChucVu: v.thamQuyen === 'none' ? null : orNull(v.thamQuyenChucVu),
    doKhan: v.doKhan,
    doMat: v.doMat,
    soTrang: v.soTrang,
    soLuongBan: v.soLuongBan,
    recipients: [
      ...v.recipientUnits.map((unitId) => ({ kind: 'unit' as const, unitId })),
      ...v.recipientOutside.map((name) => ({ kind: 'outside' as const, name })),
    ],
    ghiChu: orNull(v.ghiChu),
    files: [...files],
    replyToDocumentId: v.replyToDocumentId,
    taskId: v.taskId,
    replacesId: v.relation === 'replaces' ? v.relatedId : null,
    correctsId: v.relation === 'corrects' ? v.relatedId : null,
  }
}

/** The core's field names that the form spells differently. */
export const issueFieldNames: Readonly<Record<string, string>> = {
  replacesId: 'relatedId',
  correctsId: 'relatedId',
  recipients: 'recipientUnits',
}
