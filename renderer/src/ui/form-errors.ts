import type { FormInstance } from 'antd'
import { isApiError } from '../api/client'

/**
 * Puts the core's field messages on the matching form fields (`rename` maps an API field name
 * to a form field name where they differ) and returns the core's overall message, which the
 * form shows above its fields.
 */
export function applyApiError<T>(
  form: FormInstance<T>,
  err: unknown,
  rename: Readonly<Record<string, string>> = {},
): string {
  if (!isApiError(err)) {
    return 'Đã có lỗi không mong muốn. Hãy thử lại.'
  }
  const known = new Set(Object.keys(form.getFieldsValue(true) as object))
  const placed = Object.entries(err.fields ?? {})
    .map(([path, message]) => ({ name: rename[path] ?? path, message }))
    .filter(({ name }) => known.has(name))
  form.setFields(placed.map(({ name, message }) => ({ name: name as never, errors: [message] })))
  return err.message
}
