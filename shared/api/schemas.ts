import { z } from 'zod'
import { FIELD_LIMITS } from '../domain/field-limits'
import { roles } from './roles'

// Reusable input pieces with Vietnamese messages: the UI shows them next to the field.

export const idSchema = z.number({ error: 'Thiếu mã bản ghi' }).int().positive()

export const usernameSchema = z
  .string({ error: 'Nhập tên đăng nhập' })
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9._-]{3,50}$/, 'Tên đăng nhập gồm 3–50 ký tự: chữ không dấu, số, dấu chấm, gạch')

export const passwordSchema = z
  .string({ error: 'Nhập mật khẩu' })
  .min(8, 'Mật khẩu cần ít nhất 8 ký tự')
  .max(128, 'Mật khẩu dài tối đa 128 ký tự')

const capitalise = (s: string): string => `${s[0]?.toUpperCase() ?? ''}${s.slice(1)}`

/**
 * Required text, NFC-normalised then trimmed (the corpus has NFD text; storage is NFC). The
 * length is counted on the NFC form, as field-limits.ts counts it: pasted NFD text of the
 * allowed length must not be refused for its combining marks.
 */
export const requiredText = (label: string, max: number): z.ZodType<string, string> =>
  z
    .string({ error: `Nhập ${label}` })
    .normalize('NFC')
    .trim()
    .min(1, `Nhập ${label}`)
    .max(max, `${capitalise(label)} dài tối đa ${max} ký tự`)
    .transform((s) => s.normalize('NFC'))

const text = requiredText

export const fullNameSchema = text('họ tên', 50)
export const positionSchema = text('chức vụ', 100)
export const unitNameSchema = text('tên đơn vị', 200)
export const shortNameSchema = z
  .string({ error: 'Nhập tên viết tắt' })
  .trim()
  .min(1, 'Nhập tên viết tắt')
  .max(20, 'Tên viết tắt dài tối đa 20 ký tự')
  .regex(/^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*$/u, 'Tên viết tắt chỉ gồm chữ, số và dấu gạch nối')
  .transform((s) => s.normalize('NFC'))

// Mã định danh QCVN 102: V1V2V3.Z1Z2.Y1Y2.X1X2X3, e.g. 000.00.00.H49.
export const organIdSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}$/, 'Mã định danh có dạng 000.00.00.H49')

// Return type inferred: an explicit ZodType would lose zod's "optional key" marker, and every
// caller would then have to pass the key.
export const optionalText = (max: number, label: string) =>
  z
    .string()
    .normalize('NFC')
    .trim()
    .max(max, `${capitalise(label)} dài tối đa ${max} ký tự`)
    .nullish()
    .transform((s) => (s ? s.normalize('NFC') : null))

/**
 * Optional text of an edit or of a call with defaults from elsewhere: a missing key stays
 * undefined (leave the field alone, or take the default), an empty one becomes null (clear it).
 */
export const editableText = (max: number, label: string) =>
  z
    .string()
    .normalize('NFC')
    .trim()
    .max(max, `${capitalise(label)} dài tối đa ${max} ký tự`)
    .nullish()
    .transform((s) => (s === undefined ? undefined : s ? s.normalize('NFC') : null))

export const rolesSchema = z
  .array(z.enum(roles, { error: 'Vai trò không hợp lệ' }))
  .min(1, 'Chọn ít nhất một vai trò')
  .transform((rs) => [...new Set(rs)])

/** A calendar date as the API carries it; the UI shows it as dd/MM/yyyy. */
export const isoDateSchema = z
  .string({ error: 'Nhập ngày' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày có dạng dd/MM/yyyy')
  .refine(
    (s) =>
      !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) &&
      new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    'Ngày không có thật',
  )

/**
 * A received file's name as people will see it and save it again: the last segment of any path
 * ("../../etc/passwd" -> "passwd"), without control or invisible format characters (NUL, RTL
 * overrides that make "gpj.exe" read "exe.jpg"), without characters Windows refuses. Files are
 * stored by hash, so the name never reaches the disk; this keeps it harmless where it is shown.
 */
export function safeFileName(name: string): string {
  const last = name.normalize('NFC').split(/[\\/]/).pop() ?? ''
  const clean = last
    .replace(/[\p{Cc}\p{Cf}\p{Cs}]/gu, '')
    .replace(/[<>:"|?*]/g, '_')
    .trim()
  return /^\.*$/.test(clean) ? '' : clean
}

const attachmentLimit = FIELD_LIMITS.AttachmentName.maxLength

/** An attachment's name at the door: made safe, then required and length-checked. */
export const fileNameSchema = z
  .string({ error: 'Thiếu tên tệp' })
  .transform(safeFileName)
  .pipe(
    z
      .string()
      .min(1, 'Thiếu tên tệp')
      .max(
        attachmentLimit,
        `${FIELD_LIMITS.AttachmentName.label} dài tối đa ${attachmentLimit} ký tự`,
      ),
  )
