import type { FormRule } from 'antd'
import { organIdSchema } from '../../../shared/api/schemas'

/** Mã định danh is optional: empty passes, anything typed must have the QCVN 102 shape. */
export const organIdRule: FormRule = {
  validator: async (_rule, value: unknown) => {
    if (typeof value !== 'string' || value.trim() === '') {
      return
    }
    const result = organIdSchema.safeParse(value)
    if (!result.success) {
      throw new Error(result.error.issues[0]?.message ?? 'Mã định danh không hợp lệ')
    }
  },
}

/** What the API expects: null for "none", the code as typed otherwise (the core upper-cases). */
export function organIdValue(value: string | null | undefined): string | null {
  const trimmed = value?.trim() ?? ''
  return trimmed === '' ? null : trimmed
}
