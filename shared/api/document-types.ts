import type { DoKhan, DoMat, PhuongThucNhan } from '../domain/levels'
import type { TypeKind } from '../domain/type-catalog'
import type { DocumentLink, OutgoingInfo } from './outgoing-types'

// Output shapes of registers, files, the intake queue and documents. Calendar dates are
// YYYY-MM-DD, instants ISO-8601 UTC. Field names follow DOMAIN §1.9 in Vietnamese.

export type Direction = 'in' | 'out'

export type Register = {
  id: number
  direction: Direction
  name: string
  /** Short code shown in lists (VBĐ, VBĐI, MẬT …). */
  code: string
  /** A separate series for secret documents (NĐ 30 §1.3). */
  secret: boolean
  isDefault: boolean
  disabled: boolean
}

export type NextNumber = { registerId: number; year: number; next: number }

export type DocumentTypeEntry = {
  code: string
  name: string
  abbreviation: string | null
  kind: TypeKind
}

export type Issuer = { id: number; name: string; code: string | null; useCount: number }

export type TextStatus = 'text' | 'scanned' | 'mixed' | 'none'

/** What the first page of a PDF suggests, for the clerk to confirm. Null = not found. */
export type Suggestion = {
  so: string | null
  kyHieu: string | null
  ngayBanHanh: string | null
  coQuanBanHanh: string | null
  loaiVanBan: string | null
  trichYeu: string | null
  doKhan: DoKhan | null
  nguoiKy: string | null
}

export type StoredFile = {
  sha256: string
  name: string
  size: number
  mime: string
  /** PDF only: page count and whether it has a text layer. */
  pages: number | null
  textStatus: TextStatus
}

export type DuplicateMatch = {
  documentId: number
  direction: Direction
  soDen: number | null
  soKyHieu: string
  ngayBanHanh: string | null
  coQuanBanHanh: string | null
  trichYeu: string
  /** Why it matched: same number+issuer+date, or the same file. */
  reason: 'same-number' | 'same-file'
}

export type UploadResult = StoredFile & {
  suggestion: Suggestion | null
  duplicates: DuplicateMatch[]
}

export type IntakeItem = {
  id: number
  file: StoredFile
  source: 'drop' | 'import-pdf'
  receivedAt: string
  receivedBy: string | null
  suggestion: Suggestion | null
  duplicates: DuplicateMatch[]
}

export type DocumentRow = {
  id: number
  direction: Direction
  registerId: number
  year: number
  /** Số đến of an incoming document; null for an outgoing one, whose số is in `so` / `soKyHieu`. */
  soDen: number | null
  ngayDen: string | null
  /** As shown: `123/QĐ-UBND`. */
  soKyHieu: string
  so: string | null
  kyHieu: string | null
  ngayBanHanh: string | null
  coQuanBanHanh: string | null
  loaiVanBan: string
  loaiVanBanCode: string
  trichYeu: string
  doKhan: DoKhan
  doMat: DoMat
  hanXuLy: string | null
  donViNhan: string | null
  nguoiNhan: string | null
  nguoiKy: string | null
  /** Incoming: nơi nhận as typed (ToPlaces); outgoing: the recipients' names, kept by the core. */
  noiNhan: string | null
  status: string
  fileCount: number
}

export type DocumentHistoryEntry = {
  at: string
  actor: string
  method: string
  /** Field -> [before, after] for edits. */
  changes: Record<string, [unknown, unknown]> | null
}

export type DocumentDetail = DocumentRow & {
  chucVuNguoiKy: string | null
  soTrang: number | null
  donViNhanId: number | null
  nguoiNhanId: number | null
  phuongThuc: PhuongThucNhan | null
  ghiChu: string | null
  registerName: string
  files: StoredFile[]
  createdAt: string
  createdBy: string | null
  history: DocumentHistoryEntry[]
  /** Replies, replacements, corrections and recalls, seen from this document. */
  links: DocumentLink[]
  /** Drafting unit, signer, recipients and sending: outgoing documents only. */
  outgoing: OutgoingInfo | null
}

export type DocumentPage = { total: number; offset: number; rows: DocumentRow[] }
