import dayjs, { type Dayjs } from 'dayjs'
import type { Input } from '../../../../../shared/api/contract'
import type {
  DocumentDetail,
  DocumentTypeEntry,
  Suggestion,
} from '../../../../../shared/api/document-types'
import type { DoKhan, DoMat, PhuongThucNhan } from '../../../../../shared/domain/levels'
import { findCatalogTypeByName } from '../../../../../shared/domain/type-catalog'
import { fold } from '../../../../../shared/text/normalize'

/** What the registration form holds; dates as dayjs, text as typed. */
export type IncomingValues = {
  registerId?: number
  ngayDen?: Dayjs | null
  so?: string
  kyHieu?: string
  ngayBanHanh?: Dayjs | null
  coQuanBanHanh?: string
  loaiVanBan?: string
  trichYeu?: string
  nguoiKy?: string
  chucVuNguoiKy?: string
  soTrang?: number | null
  doKhan: DoKhan
  doMat: DoMat
  hanXuLy?: Dayjs | null
  donViNhanId?: number | null
  nguoiNhanId?: number | null
  phuongThuc: PhuongThucNhan
  ghiChu?: string
}

export type IncomingFields = Omit<
  Input<'documents.registerIncoming'>,
  'registerId' | 'files' | 'intakeId' | 'acceptDuplicate'
>

/** The fields a PDF can suggest, in the form's own names. */
export const suggestibleFields = [
  'so',
  'kyHieu',
  'ngayBanHanh',
  'coQuanBanHanh',
  'loaiVanBan',
  'trichYeu',
  'nguoiKy',
  'doKhan',
  'soTrang',
] as const
export type SuggestibleField = (typeof suggestibleFields)[number]

export function emptyValues(keep: Partial<IncomingValues> = {}): IncomingValues {
  return { ngayDen: dayjs(), doKhan: 'thuong', doMat: 'thuong', phuongThuc: 'giay', ...keep }
}

const isoDate = (d: Dayjs | null | undefined): string | null =>
  d && d.isValid() ? d.format('YYYY-MM-DD') : null
const text = (s: string | null | undefined): string | null => {
  const t = s?.trim() ?? ''
  return t === '' ? null : t
}
const day = (s: string | null | undefined): Dayjs | null => (s ? dayjs(s) : null)

/** The form's values as the API takes them: ISO dates, null for anything left empty. */
export function toApiFields(v: IncomingValues): IncomingFields {
  return {
    ngayDen: isoDate(v.ngayDen) ?? '',
    so: text(v.so),
    kyHieu: text(v.kyHieu),
    ngayBanHanh: isoDate(v.ngayBanHanh),
    coQuanBanHanh: v.coQuanBanHanh?.trim() ?? '',
    loaiVanBan: v.loaiVanBan ?? '',
    trichYeu: v.trichYeu?.trim() ?? '',
    nguoiKy: text(v.nguoiKy),
    chucVuNguoiKy: text(v.chucVuNguoiKy),
    soTrang: v.soTrang ?? null,
    doKhan: v.doKhan,
    doMat: v.doMat,
    hanXuLy: isoDate(v.hanXuLy),
    donViNhanId: v.donViNhanId ?? null,
    nguoiNhanId: v.nguoiNhanId ?? null,
    noiNhan: null,
    phuongThuc: v.phuongThuc,
    ghiChu: text(v.ghiChu),
  }
}

export function fromDetail(doc: DocumentDetail): IncomingValues {
  return {
    registerId: doc.registerId,
    ngayDen: day(doc.ngayDen),
    so: doc.so ?? '',
    kyHieu: doc.kyHieu ?? '',
    ngayBanHanh: day(doc.ngayBanHanh),
    coQuanBanHanh: doc.coQuanBanHanh ?? '',
    loaiVanBan: doc.loaiVanBanCode,
    trichYeu: doc.trichYeu,
    nguoiKy: doc.nguoiKy ?? '',
    chucVuNguoiKy: doc.chucVuNguoiKy ?? '',
    soTrang: doc.soTrang,
    doKhan: doc.doKhan,
    doMat: doc.doMat,
    hanXuLy: day(doc.hanXuLy),
    donViNhanId: doc.donViNhanId,
    nguoiNhanId: doc.nguoiNhanId,
    phuongThuc: doc.phuongThuc ?? 'giay',
    ghiChu: doc.ghiChu ?? '',
  }
}

/** The catalogue code for a suggested type, which may come as a code or as a printed name. */
export function typeCode(
  value: string | null,
  types: readonly DocumentTypeEntry[],
): string | undefined {
  if (!value) {
    return undefined
  }
  const byCode = types.find((t) => t.code === value)
  if (byCode) {
    return byCode.code
  }
  const folded = fold(value)
  const byName = types.find((t) => fold(t.name) === folded)
  return byName?.code ?? findCatalogTypeByName(value)?.code
}

/** What a PDF suggests, as form values; fields it could not read are left out. */
export function suggestedValuesOf(
  s: Suggestion | null,
  pages: number | null,
  types: readonly DocumentTypeEntry[],
): Partial<Pick<IncomingValues, SuggestibleField>> {
  const out: Partial<Pick<IncomingValues, SuggestibleField>> = {}
  if (s?.so) {
    out.so = s.so
  }
  if (s?.kyHieu) {
    out.kyHieu = s.kyHieu
  }
  if (s?.ngayBanHanh) {
    out.ngayBanHanh = dayjs(s.ngayBanHanh)
  }
  if (s?.coQuanBanHanh) {
    out.coQuanBanHanh = s.coQuanBanHanh
  }
  const code = typeCode(s?.loaiVanBan ?? null, types)
  if (code) {
    out.loaiVanBan = code
  }
  if (s?.trichYeu) {
    out.trichYeu = s.trichYeu
  }
  if (s?.nguoiKy) {
    out.nguoiKy = s.nguoiKy
  }
  if (s?.doKhan && s.doKhan !== 'thuong') {
    out.doKhan = s.doKhan
  }
  if (pages !== null && pages > 0) {
    out.soTrang = pages
  }
  return out
}

/** Empty as far as a suggestion is concerned: nothing typed, or the default "Thường". */
export function isBlank(field: SuggestibleField, value: unknown): boolean {
  if (field === 'doKhan') {
    return value === undefined || value === 'thuong'
  }
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '')
}

/** Same value, comparing dates by day. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (dayjs.isDayjs(a) && dayjs.isDayjs(b)) {
    return a.isSame(b, 'day')
  }
  return a === b
}

/** The type a ký hiệu names by its first group (`QĐ-UBND` → Quyết định), if it names one. */
export function typeFromKyHieu(
  kyHieu: string,
  types: readonly DocumentTypeEntry[],
): string | undefined {
  const first =
    kyHieu
      .trim()
      .replace(/^\d{4}\//u, '')
      .split(/[-/]/u)[0] ?? ''
  if (first === '') {
    return undefined
  }
  const exact = types.find((t) => t.abbreviation === first)
  if (exact) {
    return exact.code
  }
  // `qđ-ubnd` typed in lower case: accept it when only one type fits.
  const loose = types.filter((t) => t.abbreviation?.toUpperCase() === first.toUpperCase())
  return loose.length === 1 ? loose[0]?.code : undefined
}
