import type { DoKhan, DoMat, ThamQuyenKy } from '../domain/levels'
import type { StoredFile } from './document-types'

// Output shapes of văn bản đi (issue 5): drafts and their review, number reservations,
// recipients and sending, and the links between documents (reply, replace, correct, recall).
// Calendar dates are YYYY-MM-DD, instants ISO-8601 UTC.

// ---- Dự thảo ----

/**
 * Where a draft stands (DOMAIN §1.6): the drafter writes it, the unit leader approves it, the
 * văn thư checks its thể thức, the signer approves it, the văn thư issues it. A returned draft
 * is back with its drafter, with the comments that sent it back.
 */
export const draftStatuses = [
  'du_thao',
  'cho_duyet',
  'cho_the_thuc',
  'cho_ky',
  'da_ky',
  'tra_lai',
  'da_ban_hanh',
  'huy',
] as const
export type DraftStatus = (typeof draftStatuses)[number]
export const draftStatusLabels: Readonly<Record<DraftStatus, string>> = {
  du_thao: 'Đang soạn',
  cho_duyet: 'Chờ lãnh đạo đơn vị duyệt',
  cho_the_thuc: 'Chờ văn thư kiểm tra thể thức',
  cho_ky: 'Chờ ký duyệt',
  da_ky: 'Đã ký duyệt, chờ ban hành',
  tra_lai: 'Bị trả lại',
  da_ban_hanh: 'Đã ban hành',
  huy: 'Đã hủy',
}

/** One line of the draft's history, with the file version the actor saw. */
export const draftActions = [
  'tao',
  'sua',
  'trinh',
  'gop_y',
  'chuyen',
  'duyet',
  'tra_lai',
  'dat_the_thuc',
  'ky_duyet',
  'ban_hanh',
  'huy',
] as const
export type DraftAction = (typeof draftActions)[number]
export const draftActionLabels: Readonly<Record<DraftAction, string>> = {
  tao: 'Tạo dự thảo',
  sua: 'Sửa dự thảo',
  trinh: 'Trình duyệt',
  gop_y: 'Góp ý',
  chuyen: 'Chuyển lãnh đạo khác duyệt',
  duyet: 'Duyệt nội dung',
  tra_lai: 'Trả lại',
  dat_the_thuc: 'Thể thức đạt',
  ky_duyet: 'Ký duyệt',
  ban_hanh: 'Ban hành',
  huy: 'Hủy dự thảo',
}

export type PersonRef = { id: number; name: string; position: string }
export type UnitRef = { id: number; name: string; shortName: string }

/** A recipient as the drafter plans it: a unit of the agency, or a body outside it. */
export type PlannedRecipient =
  { kind: 'unit'; unitId: number; name: string } | { kind: 'outside'; name: string }

export type DraftRow = {
  id: number
  loaiVanBan: string
  loaiVanBanCode: string
  trichYeu: string
  draftingUnit: UnitRef
  drafter: PersonRef
  doKhan: DoKhan
  doMat: DoMat
  status: DraftStatus
  /** Who the draft waits on; null while it is with the văn thư (any of them) or closed. */
  assignee: PersonRef | null
  signer: PersonRef | null
  /** The current file version: 1 on creation, +1 each time the content files change. */
  version: number
  updatedAt: string
  /** The incoming document this draft answers. */
  replyTo: { documentId: number; soKyHieu: string; trichYeu: string } | null
  taskId: number | null
  /** The issued document, once issued. */
  documentId: number | null
}

export type DraftStep = {
  id: number
  action: DraftAction
  actor: PersonRef
  at: string
  comment: string | null
  /** The file version the actor saw (or made). */
  version: number
  fromStatus: DraftStatus | null
  toStatus: DraftStatus
  /** For trình/chuyển: who it was sent to. */
  to: PersonRef | null
}

export type DraftVersion = { version: number; at: string; by: PersonRef; files: StoredFile[] }

/** What the caller may do to this draft now; the UI shows exactly these buttons. */
export type DraftActions = {
  edit: boolean
  submit: boolean
  review: boolean
  checkFormat: boolean
  sign: boolean
  issue: boolean
  comment: boolean
  cancel: boolean
}

export type DraftDetail = DraftRow & {
  recipients: PlannedRecipient[]
  soLuongBan: number | null
  ghiChu: string | null
  files: StoredFile[]
  versions: DraftVersion[]
  steps: DraftStep[]
  actions: DraftActions
}

export type DraftPage = { total: number; rows: DraftRow[] }

/** Leaders who may review a unit's drafts, and those who may sign for the agency. */
export type DraftPeople = { reviewers: PersonRef[]; signers: PersonRef[] }

// ---- Cấp số, ban hành ----

export type NumberPreview = {
  registerId: number
  registerName: string
  year: number
  /** The number the next issue from this register will get (a released number first). */
  number: number
  /** As it will print: `16/QĐ-UBND`, `05/UBND-VX`, `07/2026/QĐ-UBND`. */
  soKyHieu: string
}

export const reservationStatuses = ['dang_giu', 'da_dung', 'da_tra', 'cap_lai'] as const
export type ReservationStatus = (typeof reservationStatuses)[number]
export const reservationStatusLabels: Readonly<Record<ReservationStatus, string>> = {
  dang_giu: 'Đang giữ số',
  da_dung: 'Đã dùng',
  da_tra: 'Đã trả số',
  cap_lai: 'Đã cấp lại',
}

/** "Lấy số trước": a number held for a document signed on paper later. */
export type Reservation = {
  id: number
  registerId: number
  registerName: string
  year: number
  number: number
  soKyHieu: string
  loaiVanBanCode: string
  loaiVanBan: string
  draftingUnit: UnitRef | null
  trichYeu: string | null
  note: string | null
  status: ReservationStatus
  reservedBy: string | null
  reservedAt: string
  releasedAt: string | null
  releaseReason: string | null
  /** The document that used the number (da_dung) or was given it again (cap_lai). */
  documentId: number | null
}

// ---- Gửi ----

export const sendWays = ['dien_tu', 'giay', 'buu_dien'] as const
export type SendWay = (typeof sendWays)[number]
export const sendWayLabels: Readonly<Record<SendWay, string>> = {
  dien_tu: 'Điện tử',
  giay: 'Giấy',
  buu_dien: 'Bưu điện',
}

export type Recipient = {
  id: number
  kind: 'unit' | 'outside'
  unitId: number | null
  name: string
  sentOn: string | null
  way: SendWay | null
  sentBy: string | null
  /** A unit of the agency: when someone there acknowledged it. */
  receivedAt: string | null
  receivedBy: string | null
  recalledAt: string | null
}

// ---- Liên kết ----

export const linkKinds = ['tra_loi', 'thay_the', 'dinh_chinh', 'thu_hoi'] as const
export type LinkKind = (typeof linkKinds)[number]

/**
 * A link seen from one document. `outbound`: this document answers / replaces / corrects /
 * recalls the other; otherwise the other one does it to this document. Labels read from this
 * side: "Trả lời văn bản số …" / "Đã được trả lời bằng văn bản số …".
 */
export type DocumentLink = {
  kind: LinkKind
  outbound: boolean
  label: string
  documentId: number
  direction: 'in' | 'out'
  soKyHieu: string
  ngayBanHanh: string | null
  trichYeu: string
}

/** What only an outgoing document has; null on incoming ones. */
export type OutgoingInfo = {
  draftId: number | null
  draftingUnit: UnitRef | null
  signerId: number | null
  thamQuyen: ThamQuyenKy | null
  /** The title the authority is exercised for: KT. **Chủ tịch**. */
  thamQuyenChucVu: string | null
  /** "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH", as the signature block prints it. */
  signatureTitle: string
  soLuongBan: number | null
  quyPham: boolean
  recipients: Recipient[]
  recalledAt: string | null
  recallReason: string | null
  /** Can the caller mark sending, recall, receive for their unit. */
  actions: { send: boolean; recall: boolean; receive: boolean; replace: boolean; correct: boolean }
}
