// Mã định danh (edXML OrganId, QCVN 102:2016): `V1V2V3.Z1Z2.Y1Y2.X1X2X3`, 13 characters,
// levels 4.3.2.1 from left to right. Level 1 is a letter and two digits (G ministries,
// H UBND tỉnh, K HĐND tỉnh); the province itself is `000.00.00.H49`. Codes change over time,
// so they are data, never constants in code.

import { z } from 'zod'
import { mapLookAlikes, nfc } from '../text/normalize'

const ORGAN_ID_RE = /^\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}$/

export type OrganIdParts = Readonly<{
  /** Level 1, e.g. `H49`. */
  level1: string
  level2: string
  level3: string
  level4: string
}>

/** True for a well-formed mã định danh, exactly as it must be stored and sent. */
export function isOrganId(value: string): boolean {
  return ORGAN_ID_RE.test(value)
}

/**
 * Forgives what people type and other systems send: spaces, lower case, a Cyrillic Н for H.
 * Returns the cleaned text, which may still be invalid (check with isOrganId).
 */
export function normalizeOrganId(value: string): string {
  return mapLookAlikes(nfc(value)).replace(/\s/gu, '').toUpperCase()
}

export function parseOrganId(value: string): OrganIdParts | null {
  if (!isOrganId(value)) {
    return null
  }
  const [level4 = '', level3 = '', level2 = '', level1 = ''] = value.split('.')
  return { level1, level2, level3, level4 }
}

/**
 * The code of the body one level up: `000.00.04.G14` -> `000.00.00.G14`, `001.02.03.H49` ->
 * `000.02.03.H49`; null for a level-1 body (`000.00.00.H49`) and for invalid input.
 */
export function parentOrganId(value: string): string | null {
  const parts = parseOrganId(value)
  if (parts === null) {
    return null
  }
  const { level1, level2, level3, level4 } = parts
  if (level4 !== '000') {
    return `000.${level3}.${level2}.${level1}`
  }
  if (level3 !== '00') {
    return `000.00.${level2}.${level1}`
  }
  if (level2 !== '00') {
    return `000.00.00.${level1}`
  }
  return null
}

/** Accepts forgiving input (see normalizeOrganId) and yields the canonical code. */
export const organIdSchema = z
  .string()
  .overwrite(normalizeOrganId)
  .regex(ORGAN_ID_RE, 'Mã định danh phải có dạng 000.00.00.H49 (13 ký tự)')
