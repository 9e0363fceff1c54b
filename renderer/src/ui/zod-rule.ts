import type { FormRule } from 'antd'
import type { z } from 'zod'

/**
 * An antd form rule backed by the contract's own schema: the person sees the same Vietnamese
 * message before sending as the core would answer, without a round trip. Empty values pass.
 */
export function zodRule(schema: z.ZodType): FormRule {
  return {
    validator: (_rule, value: unknown) => {
      // Emptiness is the `required` rule's job; saying it twice helps nobody.
      if (value === undefined || value === null || value === '') {
        return Promise.resolve()
      }
      const result = schema.safeParse(value)
      return result.success
        ? Promise.resolve()
        : Promise.reject(new Error(result.error.issues[0]?.message ?? 'Giá trị không hợp lệ'))
    },
  }
}

/** The two password boxes must match. */
export function sameAsRule(field: string): FormRule {
  return ({ getFieldValue }) => ({
    validator: (_rule, value: unknown) =>
      value && value !== getFieldValue(field)
        ? Promise.reject(new Error('Mật khẩu nhập lại không khớp'))
        : Promise.resolve(),
  })
}
