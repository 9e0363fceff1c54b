// The 29 administrative document types of NĐ 30/2020 Điều 7, in the order the article lists
// them, with the abbreviations of Phụ lục III.I (27 of them; Công văn and Thư công have none),
// and the three copy kinds. Abbreviations are stored exactly as the annex gives them: the case
// of QyĐ, CTr, TTr and TrS is what keeps them apart from QĐ, CT and others.

import { cleanSpaces, fold, mapLookAlikes, nfc } from '../text/normalize'

export type DocumentType = Readonly<{
  /** Stable ASCII id, used in the database and the API. */
  code: string
  /** Tên loại as printed on the document (and sent as edXML TypeName). */
  name: string
  abbreviation: string | null
  isCopy: boolean
}>

function type(code: string, name: string, abbreviation: string | null): DocumentType {
  return { code, name, abbreviation, isCopy: false }
}

// Điều 7 writes "Nghị quyết (cá biệt)" and "Quyết định (cá biệt)" to exclude the legal
// (quy phạm) kinds; the printed name is just "Nghị quyết", "Quyết định".
export const DOCUMENT_TYPES: readonly DocumentType[] = [
  type('nghi_quyet', 'Nghị quyết', 'NQ'),
  type('quyet_dinh', 'Quyết định', 'QĐ'),
  type('chi_thi', 'Chỉ thị', 'CT'),
  type('quy_che', 'Quy chế', 'QC'),
  type('quy_dinh', 'Quy định', 'QyĐ'),
  type('thong_cao', 'Thông cáo', 'TC'),
  type('thong_bao', 'Thông báo', 'TB'),
  type('huong_dan', 'Hướng dẫn', 'HD'),
  type('chuong_trinh', 'Chương trình', 'CTr'),
  type('ke_hoach', 'Kế hoạch', 'KH'),
  type('phuong_an', 'Phương án', 'PA'),
  type('de_an', 'Đề án', 'ĐA'),
  type('du_an', 'Dự án', 'DA'),
  type('bao_cao', 'Báo cáo', 'BC'),
  type('bien_ban', 'Biên bản', 'BB'),
  type('to_trinh', 'Tờ trình', 'TTr'),
  type('hop_dong', 'Hợp đồng', 'HĐ'),
  type('cong_van', 'Công văn', null),
  type('cong_dien', 'Công điện', 'CĐ'),
  type('ban_ghi_nho', 'Bản ghi nhớ', 'BGN'),
  type('ban_thoa_thuan', 'Bản thỏa thuận', 'BTT'),
  type('giay_uy_quyen', 'Giấy ủy quyền', 'GUQ'),
  type('giay_moi', 'Giấy mời', 'GM'),
  type('giay_gioi_thieu', 'Giấy giới thiệu', 'GGT'),
  type('giay_nghi_phep', 'Giấy nghỉ phép', 'GNP'),
  type('phieu_gui', 'Phiếu gửi', 'PG'),
  type('phieu_chuyen', 'Phiếu chuyển', 'PC'),
  type('phieu_bao', 'Phiếu báo', 'PB'),
  type('thu_cong', 'Thư công', null),
]

/** Copy kinds (Điều 25–27); they share one yearly number series: `01/SY`. */
export const COPY_TYPES: readonly DocumentType[] = [
  { code: 'ban_sao_y', name: 'Bản sao y', abbreviation: 'SY', isCopy: true },
  { code: 'ban_trich_sao', name: 'Bản trích sao', abbreviation: 'TrS', isCopy: true },
  { code: 'ban_sao_luc', name: 'Bản sao lục', abbreviation: 'SL', isCopy: true },
]

export const ALL_DOCUMENT_TYPES: readonly DocumentType[] = [...DOCUMENT_TYPES, ...COPY_TYPES]

// Upper-case with Đ kept: QĐ and QD differ here, QyĐ and QĐ always.
function upperKey(s: string): string {
  return cleanSpaces(mapLookAlikes(nfc(s)))
    .replace(/\.$/, '')
    .toUpperCase()
}

function foldedKey(s: string): string {
  return fold(upperKey(s)).toUpperCase()
}

function nameKey(s: string): string {
  return cleanSpaces(fold(s).replace(/\(\s*ca biet\s*\)/g, ' '))
}

const BY_CODE: ReadonlyMap<string, DocumentType> = new Map(
  ALL_DOCUMENT_TYPES.map((t) => [t.code, t]),
)
const BY_NAME: ReadonlyMap<string, DocumentType> = new Map(
  ALL_DOCUMENT_TYPES.map((t) => [nameKey(t.name), t]),
)
const WITH_ABBREVIATION = ALL_DOCUMENT_TYPES.filter((t) => t.abbreviation !== null)

export function findDocumentTypeByCode(code: string): DocumentType | null {
  return BY_CODE.get(code) ?? null
}

/**
 * Finds a type by its abbreviation, trying the strictest reading first:
 * 1. exactly as given (`QyĐ` -> Quy định, `QĐ` -> Quyết định, `DA` -> Dự án);
 * 2. ignoring case, Đ kept (`qđ` -> Quyết định, `đa` -> Đề án, `TTR` -> Tờ trình);
 * 3. folded, Đ read as D (`QD` -> Quyết định), only when that reading is unambiguous
 *    (`DA` and `HD` are decided at step 1 since both readings exist).
 * Cyrillic look-alikes and a trailing dot are forgiven. Null when nothing matches.
 */
export function findDocumentTypeByAbbreviation(abbreviation: string): DocumentType | null {
  const exact = cleanSpaces(mapLookAlikes(nfc(abbreviation))).replace(/\.$/, '')
  if (exact === '') {
    return null
  }
  const byExact = WITH_ABBREVIATION.find((t) => t.abbreviation === exact)
  if (byExact !== undefined) {
    return byExact
  }
  const upper = upperKey(exact)
  const byUpper = WITH_ABBREVIATION.filter((t) => upperKey(t.abbreviation ?? '') === upper)
  if (byUpper.length === 1) {
    return byUpper[0] ?? null
  }
  const folded = foldedKey(exact)
  const byFolded = WITH_ABBREVIATION.filter((t) => foldedKey(t.abbreviation ?? '') === folded)
  return byFolded.length === 1 ? (byFolded[0] ?? null) : null
}

/**
 * Finds a type by its name, folded: `Quyết định`, `QUYẾT ĐỊNH`, `quyet dinh`, `Giấy uỷ quyền`
 * (old tone placement) and `Nghị quyết (cá biệt)` all match.
 */
export function findDocumentTypeByName(name: string): DocumentType | null {
  return BY_NAME.get(nameKey(name)) ?? null
}

/**
 * The type a ký hiệu names in its first group (`QĐ-UBND` -> Quyết định, `SY-VP` -> Bản sao y).
 * Null when the first group is not a type abbreviation: Công văn (`UBND-VX`), and legal
 * documents (`NĐ-CP`, `TT-BTC`), whose types are outside Điều 7.
 */
export function documentTypeOfKyHieu(kyHieu: string): DocumentType | null {
  const first = nfc(kyHieu).trim().split(/[-/]/)[0] ?? ''
  return findDocumentTypeByAbbreviation(first)
}
