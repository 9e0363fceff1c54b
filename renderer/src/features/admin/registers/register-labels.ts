import type { Direction } from '../../../../../shared/api/document-types'

/** The names offices use for the two kinds of register (NĐ 30/2020, Phụ lục IV). */
export const directionName: Readonly<Record<Direction, string>> = {
  in: 'Sổ văn bản đến',
  out: 'Sổ văn bản đi',
}

/** The short form, for a table column. */
export const directionShort: Readonly<Record<Direction, string>> = { in: 'Đến', out: 'Đi' }

/** "văn bản đến" / "văn bản đi", inside a sentence. */
export const directionPhrase: Readonly<Record<Direction, string>> = {
  in: 'văn bản đến',
  out: 'văn bản đi',
}
