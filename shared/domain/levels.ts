// Độ khẩn, độ mật, signing authority and receipt method: the enumerations of NĐ 30/2020
// (Phụ lục I Phần I.III.2 and I.II) and the edXML Priority coding (QCVN 102:2016).

import { z } from 'zod'

// ---- Độ khẩn ----

export const doKhanCodes = ['thuong', 'khan', 'thuong_khan', 'hoa_toc', 'hoa_toc_hen_gio'] as const
export type DoKhan = (typeof doKhanCodes)[number]
export const doKhanSchema = z.enum(doKhanCodes)

export type DoKhanInfo = Readonly<{
  code: DoKhan
  label: string
  /** The red stamp printed on the document; null for ordinary documents. */
  stamp: string | null
  /** Stamp size in millimetres (NĐ 30); null where NĐ 30 defines none. */
  stampSizeMm: readonly [number, number] | null
  /** edXML OtherInfo/Priority; also the rank, higher is more urgent. */
  priority: number
  /** False for "Hỏa tốc hẹn giờ", which NĐ 30 dropped but edXML still carries (Priority 4). */
  inNd30: boolean
}>

export const DO_KHAN: readonly DoKhanInfo[] = [
  { code: 'thuong', label: 'Thường', stamp: null, stampSizeMm: null, priority: 0, inNd30: true },
  { code: 'khan', label: 'Khẩn', stamp: 'KHẨN', stampSizeMm: [20, 8], priority: 1, inNd30: true },
  {
    code: 'thuong_khan',
    label: 'Thượng khẩn',
    stamp: 'THƯỢNG KHẨN',
    stampSizeMm: [40, 8],
    priority: 2,
    inNd30: true,
  },
  {
    code: 'hoa_toc',
    label: 'Hỏa tốc',
    stamp: 'HỎA TỐC',
    stampSizeMm: [30, 8],
    priority: 3,
    inNd30: true,
  },
  {
    code: 'hoa_toc_hen_gio',
    label: 'Hỏa tốc hẹn giờ',
    // The mark of the pre-2020 rules; documents received from other systems still carry it.
    stamp: 'HỎA TỐC HẸN GIỜ',
    stampSizeMm: null,
    priority: 4,
    inNd30: false,
  },
]

export const doKhanLabels: Readonly<Record<DoKhan, string>> = Object.fromEntries(
  DO_KHAN.map((d) => [d.code, d.label]),
) as Record<DoKhan, string>

export function doKhanInfo(code: DoKhan): DoKhanInfo {
  // Every code has an entry: DO_KHAN is indexed by the same list.
  return DO_KHAN[doKhanCodes.indexOf(code)] as DoKhanInfo
}

/** The level for an edXML Priority value; null for anything outside 0–4. */
export function doKhanFromPriority(priority: number): DoKhan | null {
  return DO_KHAN.find((d) => d.priority === priority)?.code ?? null
}

// ---- Độ mật ----

export const doMatCodes = ['thuong', 'mat', 'toi_mat', 'tuyet_mat'] as const
export type DoMat = (typeof doMatCodes)[number]
export const doMatSchema = z.enum(doMatCodes)

export type DoMatInfo = Readonly<{
  code: DoMat
  label: string
  stamp: string | null
  /** 0 for ordinary documents; higher is more secret. */
  rank: number
  /** Secret documents follow the state-secrets law and never travel by electronic exchange. */
  electronicExchange: boolean
}>

export const DO_MAT: readonly DoMatInfo[] = [
  { code: 'thuong', label: 'Thường', stamp: null, rank: 0, electronicExchange: true },
  { code: 'mat', label: 'Mật', stamp: 'MẬT', rank: 1, electronicExchange: false },
  { code: 'toi_mat', label: 'Tối mật', stamp: 'TỐI MẬT', rank: 2, electronicExchange: false },
  { code: 'tuyet_mat', label: 'Tuyệt mật', stamp: 'TUYỆT MẬT', rank: 3, electronicExchange: false },
]

export const doMatLabels: Readonly<Record<DoMat, string>> = Object.fromEntries(
  DO_MAT.map((d) => [d.code, d.label]),
) as Record<DoMat, string>

export function doMatInfo(code: DoMat): DoMatInfo {
  return DO_MAT[doMatCodes.indexOf(code)] as DoMatInfo
}

// ---- Thẩm quyền ký ----

export const thamQuyenKyCodes = ['tm', 'kt', 'q', 'tl', 'tuq'] as const
export type ThamQuyenKy = (typeof thamQuyenKyCodes)[number]
export const thamQuyenKySchema = z.enum(thamQuyenKyCodes)

export type ThamQuyenKyInfo = Readonly<{
  code: ThamQuyenKy
  /** Printed before the title: `KT. CHỦ TỊCH`. */
  prefix: string
  label: string
  description: string
}>

export const THAM_QUYEN_KY: readonly ThamQuyenKyInfo[] = [
  {
    code: 'tm',
    prefix: 'TM.',
    label: 'Thay mặt',
    description: 'Người đứng đầu ký thay mặt tập thể lãnh đạo của cơ quan, tổ chức',
  },
  {
    code: 'kt',
    prefix: 'KT.',
    label: 'Ký thay',
    description: 'Cấp phó ký thay người đứng đầu cơ quan, tổ chức',
  },
  {
    code: 'q',
    prefix: 'Q.',
    label: 'Quyền',
    description: 'Người được giao quyền người đứng đầu cơ quan, tổ chức ký',
  },
  {
    code: 'tl',
    prefix: 'TL.',
    label: 'Thừa lệnh',
    description: 'Người đứng đầu đơn vị ký thừa lệnh người đứng đầu cơ quan, tổ chức',
  },
  {
    code: 'tuq',
    prefix: 'TUQ.',
    label: 'Thừa ủy quyền',
    description: 'Người được người đứng đầu cơ quan, tổ chức ủy quyền ký',
  },
]

export type SigningTitle = Readonly<{ thamQuyen: ThamQuyenKy | null; rest: string }>

/**
 * Splits a signature title line into its authority prefix and the rest:
 * `KT. CHỦ TỊCH` -> { thamQuyen: 'kt', rest: 'CHỦ TỊCH' }; a head signing directly has none.
 * The Party form (`T/M`, `K/T`, `T/L`) is read too.
 */
export function parseSigningTitle(line: string): SigningTitle {
  const text = line.normalize('NFC').replace(/\s+/gu, ' ').trim()
  const m = /^(TM|KT|Q|TL|TUQ|T\/M|K\/T|T\/L)\s*\.\s*|^(T\/M|K\/T|T\/L)\s+/iu.exec(text)
  if (m === null) {
    return { thamQuyen: null, rest: text }
  }
  const code = (m[1] ?? m[2] ?? '').replace('/', '').toLowerCase()
  const thamQuyen = thamQuyenKyCodes.find((c) => c === code) ?? null
  return { thamQuyen, rest: text.slice(m[0].length).trim() }
}

// ---- Phương thức nhận ----

export const phuongThucNhanCodes = ['giay', 'dien_tu'] as const
export type PhuongThucNhan = (typeof phuongThucNhanCodes)[number]
export const phuongThucNhanSchema = z.enum(phuongThucNhanCodes)

export const phuongThucNhanLabels: Readonly<Record<PhuongThucNhan, string>> = {
  giay: 'Giấy',
  dien_tu: 'Điện tử',
}
