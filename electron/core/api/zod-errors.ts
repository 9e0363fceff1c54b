import type { z } from 'zod'

/**
 * Turns zod issues into the Vietnamese field messages a form shows. Schemas in the contract carry
 * their own messages; the fallbacks cover what a caller outside the UI may send.
 */
export function fieldMessages(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {}
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.') || '_'
    if (fields[path]) {
      continue
    }
    fields[path] = messageOf(issue)
  }
  return fields
}

function messageOf(issue: z.core.$ZodIssue): string {
  // zod's own English defaults start with "Invalid" or "Too"; ours are Vietnamese already.
  if (!/^(Invalid|Too|Expected|Unrecognized)/.test(issue.message)) {
    return issue.message
  }
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'Thiếu giá trị bắt buộc' : 'Kiểu dữ liệu không đúng'
    case 'too_big':
      return `Vượt quá giới hạn cho phép (${String(issue.maximum)})`
    case 'too_small':
      return `Chưa đạt giá trị tối thiểu (${String(issue.minimum)})`
    case 'unrecognized_keys':
      return `Trường không được hỗ trợ: ${issue.keys.join(', ')}`
    case 'invalid_value':
      return 'Giá trị không nằm trong danh sách cho phép'
    case 'invalid_format':
      return 'Định dạng không hợp lệ'
    default:
      return 'Giá trị không hợp lệ'
  }
}

export function summary(fields: Readonly<Record<string, string>>): string {
  const entries = Object.entries(fields)
  const first = entries[0]
  if (!first) {
    return 'Dữ liệu không hợp lệ'
  }
  const [path, msg] = first
  const more = entries.length > 1 ? ` (và ${entries.length - 1} lỗi khác)` : ''
  return `Dữ liệu không hợp lệ: ${path === '_' ? '' : `${path}: `}${msg}${more}`
}
