// The paper registers of NĐ 30/2020 Phụ lục IV as data: the columns, in the order the decree
// prints them (DOMAIN §1.8), with the share of an A4 landscape page each one gets. The PDF and
// the XLSX renderers both read these tables, so the two outputs cannot drift apart.

import type { RegisterPrint } from './register-types'

export type RegisterKind = 'den' | 'di' | 'theo_doi'

export type ColumnAlign = 'left' | 'center' | 'right'

export type RegisterColumn<K extends string = string> = Readonly<{
  key: K
  /** Header text exactly as on the paper form. */
  header: string
  /** Relative width; the weights of one register add up to 100. */
  weight: number
  align: ColumnAlign
  /** Calendar-date column: an ISO `YYYY-MM-DD` value is shown as dd/MM/yyyy. */
  date?: boolean
}>

export type RegisterLayout<K extends string = string> = Readonly<{
  kind: RegisterKind
  /** Title of the book, upper case, as printed on its cover. */
  title: string
  /** Column whose leading number gives the cover's "Từ số … đến số …". */
  numberKey: K
  columns: ReadonlyArray<RegisterColumn<K>>
}>

const denColumns = [
  { key: 'ngayDen', header: 'Ngày đến', weight: 8, align: 'center', date: true },
  { key: 'soDen', header: 'Số đến', weight: 6, align: 'center' },
  { key: 'tacGia', header: 'Tác giả', weight: 12, align: 'left' },
  { key: 'soKyHieu', header: 'Số, ký hiệu văn bản', weight: 10, align: 'left' },
  { key: 'ngayVanBan', header: 'Ngày tháng văn bản', weight: 8, align: 'center', date: true },
  { key: 'trichYeu', header: 'Tên loại và trích yếu nội dung văn bản', weight: 24, align: 'left' },
  { key: 'donViNhan', header: 'Đơn vị hoặc người nhận', weight: 11, align: 'left' },
  { key: 'ngayChuyen', header: 'Ngày chuyển', weight: 8, align: 'center', date: true },
  { key: 'kyNhan', header: 'Ký nhận', weight: 7, align: 'center' },
  { key: 'ghiChu', header: 'Ghi chú', weight: 6, align: 'left' },
] as const satisfies ReadonlyArray<RegisterColumn>

const diColumns = [
  { key: 'soKyHieu', header: 'Số, ký hiệu văn bản', weight: 10, align: 'left' },
  { key: 'ngayVanBan', header: 'Ngày tháng văn bản', weight: 8, align: 'center', date: true },
  { key: 'trichYeu', header: 'Tên loại và trích yếu nội dung văn bản', weight: 25, align: 'left' },
  { key: 'nguoiKy', header: 'Người ký', weight: 10, align: 'left' },
  { key: 'noiNhan', header: 'Nơi nhận văn bản', weight: 13, align: 'left' },
  { key: 'donViLuu', header: 'Đơn vị, người nhận bản lưu', weight: 9, align: 'left' },
  { key: 'soLuongBan', header: 'Số lượng bản', weight: 5, align: 'center' },
  { key: 'ngayChuyen', header: 'Ngày chuyển', weight: 8, align: 'center', date: true },
  { key: 'kyNhan', header: 'Ký nhận', weight: 6, align: 'center' },
  { key: 'ghiChu', header: 'Ghi chú', weight: 6, align: 'left' },
] as const satisfies ReadonlyArray<RegisterColumn>

const theoDoiColumns = [
  { key: 'soDen', header: 'Số đến', weight: 7, align: 'center' },
  {
    key: 'vanBan',
    header: 'Tên loại, số, ký hiệu, ngày tháng, cơ quan ban hành',
    weight: 30,
    align: 'left',
  },
  { key: 'donViNhan', header: 'Đơn vị hoặc người nhận', weight: 14, align: 'left' },
  { key: 'thoiHan', header: 'Thời hạn giải quyết', weight: 10, align: 'center', date: true },
  { key: 'tienDo', header: 'Tiến độ giải quyết', weight: 16, align: 'left' },
  { key: 'soKyHieuTraLoi', header: 'Số, ký hiệu văn bản trả lời', weight: 12, align: 'left' },
  { key: 'ghiChu', header: 'Ghi chú', weight: 11, align: 'left' },
] as const satisfies ReadonlyArray<RegisterColumn>

export type DenColumnKey = (typeof denColumns)[number]['key']
export type DiColumnKey = (typeof diColumns)[number]['key']
export type TheoDoiColumnKey = (typeof theoDoiColumns)[number]['key']

/** The column keys of each register kind, for typing the rows a caller hands in. */
export type RegisterColumnKeys = {
  den: DenColumnKey
  di: DiColumnKey
  theo_doi: TheoDoiColumnKey
}

export const registerLayouts: Readonly<{
  [K in RegisterKind]: RegisterLayout<RegisterColumnKeys[K]>
}> = {
  den: {
    kind: 'den',
    title: 'SỔ ĐĂNG KÝ VĂN BẢN ĐẾN',
    numberKey: 'soDen',
    columns: denColumns,
  },
  di: {
    kind: 'di',
    title: 'SỔ ĐĂNG KÝ VĂN BẢN ĐI',
    numberKey: 'soKyHieu',
    columns: diColumns,
  },
  theo_doi: {
    kind: 'theo_doi',
    title: 'SỔ THEO DÕI GIẢI QUYẾT VĂN BẢN ĐẾN',
    numberKey: 'soDen',
    columns: theoDoiColumns,
  },
}

/** The layout of one register kind, widened so renderers can walk any of them alike. */
export function registerLayout(kind: RegisterKind): RegisterLayout {
  return registerLayouts[kind]
}

/** "(1)", "(2)" … : the numbering row printed under the headers on the paper forms. */
export function columnNumbers(layout: RegisterLayout): string[] {
  return layout.columns.map((_, i) => `(${i + 1})`)
}

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/

/**
 * The text of one cell as printed: NFC (NFD input would place the marks badly or not at all in
 * the embedded font), and dd/MM/yyyy for an ISO calendar date in a date column. Anything else is
 * printed as the caller formatted it.
 */
export function cellText(column: RegisterColumn, value: string | null | undefined): string {
  if (value === null || value === undefined) {
    return ''
  }
  const text = value.normalize('NFC').trim()
  if (column.date === true) {
    const m = isoDatePattern.exec(text)
    if (m !== null) {
      return `${m[3]}/${m[2]}/${m[1]}`
    }
  }
  return text
}

/** The same for the cover and title lines: dd/MM/yyyy from YYYY-MM-DD, else as given. */
export function displayDate(value: string): string {
  const m = isoDatePattern.exec(value.trim())
  return m === null ? value.trim() : `${m[3]}/${m[2]}/${m[1]}`
}

/** The cells of one row, in column order, as printed. */
export function rowCells(layout: RegisterLayout, row: Readonly<Record<string, unknown>>): string[] {
  return layout.columns.map((c) => {
    const v = row[c.key]
    return cellText(c, typeof v === 'string' ? v : null)
  })
}

// A blank to fill in by hand, as the printed forms have.
const BLANK = '……………'

const leadingNumber = /^\s*(\d+)/

export type CoverFacts = Readonly<{
  title: string
  yearLine: string
  periodLine: string
  numberLine: string
  volumeLine: string
}>

/** The lines of the book's cover, shared by the PDF cover and the XLSX title block. */
export function coverFacts(p: RegisterPrint): CoverFacts {
  const layout = registerLayout(p.kind)
  const rows: ReadonlyArray<Readonly<Record<string, unknown>>> = p.rows
  const numberOf = (row: Readonly<Record<string, unknown>> | undefined): string => {
    const v = row?.[layout.numberKey]
    const m = typeof v === 'string' ? leadingNumber.exec(v) : null
    return m?.[1] ?? ''
  }
  const fromNo = p.numberRange?.from ?? numberOf(rows[0])
  const toNo = p.numberRange?.to ?? numberOf(rows[rows.length - 1])
  const volume = String(p.volume ?? 1).padStart(2, '0')
  return {
    title: layout.title,
    yearLine: `Năm ${p.year}`,
    periodLine: `Từ ngày ${displayDate(p.from) || BLANK} đến ngày ${displayDate(p.to) || BLANK}`,
    numberLine: `Từ số ${fromNo || BLANK} đến số ${toNo || BLANK}`,
    volumeLine: `Quyển số: ${volume}`,
  }
}
