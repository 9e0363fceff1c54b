// Metadata length limits: NĐ 30/2020 Phụ lục VI Phần II (văn bản đi, văn bản đến, hồ sơ) and
// the edXML checks (QCVN 102:2016, as Bkav's checker applies them; they agree with NĐ 30
// where both define a field). Keys are the edXML / Phụ lục VI field names so import, export
// and forms speak of the same thing. Used to validate at the door and for the UI's maxLength.

import { z } from 'zod'

export type TextLimit = Readonly<{ kind: 'text'; label: string; maxLength: number }>
/** `Number(n)` in Phụ lục VI: at most n digits, so at most `max`. */
export type NumberLimit = Readonly<{ kind: 'number'; label: string; digits: number; max: number }>
export type FieldLimit = TextLimit | NumberLimit

function text(label: string, maxLength: number): TextLimit {
  return { kind: 'text', label, maxLength }
}

function number(label: string, digits: number, max = 10 ** digits - 1): NumberLimit {
  return { kind: 'number', label, digits, max }
}

export const FIELD_LIMITS = {
  // Văn bản đi / đến (Phụ lục VI Phần II)
  OrganId: text('Mã định danh cơ quan', 13),
  FileCatalog: number('Năm hình thành hồ sơ', 4),
  FileNotation: text('Số và ký hiệu hồ sơ', 20),
  DocOrdinal: number('Số thứ tự văn bản trong hồ sơ', 3),
  TypeName: text('Tên loại văn bản', 100),
  CodeNumber: text('Số của văn bản', 11),
  CodeNotation: text('Ký hiệu của văn bản', 30),
  OrganName: text('Tên cơ quan, tổ chức ban hành', 200),
  Subject: text('Trích yếu nội dung', 500),
  Language: text('Ngôn ngữ', 30),
  PageAmount: number('Số trang', 3),
  Description: text('Ghi chú', 500),
  Position: text('Chức vụ người ký', 100),
  FullName: text('Họ và tên người ký', 50),
  // Number(1) in NĐ 30; the values in use are the edXML codes 0–4 (see levels.ts).
  Priority: number('Mức độ khẩn', 1, 4),
  IssuedAmount: number('Số lượng bản phát hành', 3),
  ArrivalNumber: number('Số đến', 10),
  ToPlaces: text('Đơn vị, người nhận', 1000),
  // Hồ sơ (Phụ lục VI Phần II); Title, Description as above
  Title: text('Tiêu đề hồ sơ', 500),
  Maintenance: text('Thời hạn bảo quản', 30),
  Rights: text('Chế độ sử dụng', 30),
  Creator: text('Người lập hồ sơ', 30),
  FileLanguage: text('Ngôn ngữ của hồ sơ', 50),
  DocTotal: number('Tổng số văn bản trong hồ sơ', 4),
  PageTotal: number('Tổng số trang của hồ sơ', 4),
  // edXML message header (DOMAIN §4.4)
  OrganizationInCharge: text('Tên cơ quan chủ quản', 200),
  OrganAdd: text('Địa chỉ cơ quan', 250),
  Email: text('Thư điện tử', 100),
  Telephone: text('Điện thoại', 20),
  Fax: text('Fax', 20),
  Website: text('Trang thông tin điện tử', 20),
  Place: text('Địa danh ban hành', 50),
  ToPlace: text('Nơi nhận (mỗi nơi)', 150),
  Content: text('Nội dung', 500),
  Competence: text('Thẩm quyền ký', 100),
  SphereOfPromulgation: text('Phạm vi ban hành', 100),
  TyperNotation: text('Ký hiệu người đánh máy và số lượng bản', 10),
  Appendix: text('Tên phụ lục', 250),
  AttachmentName: text('Tên tệp đính kèm', 200),
} as const satisfies Readonly<Record<string, FieldLimit>>

export type LimitedField = keyof typeof FIELD_LIMITS
export type LimitedTextField = {
  [K in LimitedField]: (typeof FIELD_LIMITS)[K] extends TextLimit ? K : never
}[LimitedField]
export type LimitedNumberField = Exclude<LimitedField, LimitedTextField>

/**
 * Length as the limits count it: UTF-16 units of the NFC form. NFD input would count every
 * tone mark twice, and NFC is what we store and send; it is also what a browser's maxLength
 * counts once the input is NFC.
 */
export function textLength(value: string): number {
  return value.normalize('NFC').length
}

export function fitsLimit(field: LimitedField, value: string | number): boolean {
  const limit: FieldLimit = FIELD_LIMITS[field]
  if (limit.kind === 'text') {
    return typeof value === 'string' && textLength(value) <= limit.maxLength
  }
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= limit.max
}

/** A zod string for a limited field: NFC-normalised, then length-checked, Vietnamese message. */
export function limitedText(field: LimitedTextField): z.ZodString {
  const limit: TextLimit = FIELD_LIMITS[field]
  return z
    .string()
    .normalize('NFC')
    .max(limit.maxLength, `${limit.label} dài tối đa ${limit.maxLength} ký tự`)
}

/** A zod non-negative integer for a limited numeric field. */
export function limitedNumber(field: LimitedNumberField): z.ZodNumber {
  const limit: NumberLimit = FIELD_LIMITS[field]
  return z
    .number()
    .int(`${limit.label} phải là số nguyên`)
    .min(0, `${limit.label} không được âm`)
    .max(limit.max, `${limit.label} tối đa ${limit.max}`)
}
