import type { RegisterColumnKeys, RegisterKind } from './register-layout'

/**
 * One line of a register, by column key. Values arrive already formatted as text by the caller
 * (số zero-padded, names spelt out); a missing or empty value prints as an empty cell, which is
 * what "Ký nhận" should be: the space for a handwritten signature.
 */
export type RegisterRow<K extends RegisterKind = RegisterKind> = Readonly<
  Partial<Record<RegisterColumnKeys[K], string | null>>
>

type RegisterPrintOf<K extends RegisterKind> = Readonly<{
  kind: K
  /** The agency that keeps the register, e.g. "Văn phòng UBND tỉnh Quảng Nam". */
  agencyName: string
  /** The body above it, printed over the agency name on the cover, when there is one. */
  parentAgencyName?: string | null
  /** The register's own name in the System, e.g. "Sổ văn bản đến 2025". */
  registerName: string
  year: number
  /** Period covered, `YYYY-MM-DD`; an empty string prints as a dotted blank to fill by hand. */
  from: string
  to: string
  /** Volume number on the cover ("Quyển số: 01"); 1 when not given. */
  volume?: number
  /**
   * "Từ số … đến số …" on the cover. When absent it is taken from the leading number of the
   * first and the last row, in the order the rows are given.
   */
  numberRange?: Readonly<{ from: string; to: string }> | null
  rows: ReadonlyArray<RegisterRow<K>>
}>

/** What the caller hands to the renderers: one register, one period, rows in register order. */
export type RegisterPrint =
  RegisterPrintOf<'den'> | RegisterPrintOf<'di'> | RegisterPrintOf<'theo_doi'>
