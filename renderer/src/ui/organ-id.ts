import type { FormRule } from 'antd'
import { organIdSchema } from '../../../shared/api/schemas'
import { zodRule } from './zod-rule'

/** Mã định danh is optional: empty passes, anything typed must have the QCVN 102 shape. */
export const organIdRule: FormRule = zodRule(organIdSchema)

/** What the API expects: null for "none", the code as typed otherwise (the core upper-cases). */
export function organIdValue(value: string | null | undefined): string | null {
  const trimmed = value?.trim() ?? ''
  return trimmed === '' ? null : trimmed
}
