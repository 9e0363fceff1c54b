// Số, ký hiệu (NĐ 30/2020, Phụ lục I, I.II.3): `<số>/<ký hiệu>`, for example `05/QĐ-UBND`;
// legal documents add the year: `15/2020/NĐ-CP`. Input comes from people and from other
// systems' exports, so parsing forgives what real numbers show (see the corpus): spaces
// around `/` and `-` (`73 / 2025 /TT-NHNN`), NFD text, a Cyrillic С in `TT-BTС`, lower case
// (`279/2002/qđ-ttg`), a `Số:` prefix, a dotted number (`66.15/2026/NQ-CP`), a missing slash
// (`7079VBHN-BVHTTDL`), a dash before the agency (`03/2026-BCT`), a space inside a group
// (`QH 11`), trailing dashes, underscores and the `---o0o---` rule under a header. Party
// documents and some older state ones put the type before the slash: `16-NQ/TW`.

import { cleanSpaces, fold, mapLookAlikes, nfc, removeInvisibles } from './normalize'

export type SoKyHieu = Readonly<{
  /** The number, zero-padded below 10 (`05`), or dotted as printed (`66.15`). */
  so: string
  /** The number as an integer when it is plain digits; null for dotted numbers. */
  soNumber: number | null
  /** The year part of legal documents (`15/2020/NĐ-CP` -> 2020), else null. */
  year: number | null
  /** `QĐ-UBND`: NFC, look-alikes mapped, no spaces; case kept unless all lower case. */
  kyHieu: string
  /** True for the `16-NQ/TW` form, where kyHieu is `NQ/TW`. */
  hyphenForm: boolean
  /** The canonical display form: `05/QĐ-UBND`, `15/2020/NĐ-CP`, `16-NQ/TW`. */
  text: string
}>

export type SoKyHieuMatch = Readonly<{ start: number; end: number; value: SoKyHieu }>

const GROUP = String.raw`[\p{L}\d]+`
const KY_HIEU = String.raw`\p{L}[\p{L}\d]*(?:-${GROUP})*`
const STANDARD_RE = new RegExp(String.raw`^(\d+(?:\.\d+)?)/(?:(\d{4})[/-])?(${KY_HIEU})$`, 'u')
const NO_SLASH_RE = new RegExp(String.raw`^(\d+)(\p{L}[\p{L}\d]*(?:-${GROUP})+)$`, 'u')
const HYPHEN_FORM_RE = new RegExp(String.raw`^(\d+)-(\p{L}+)/(${KY_HIEU})$`, 'u')
const PREFIX_RE = /^s[ốo]\s*(?:(?:ký|ky)\s*hi[ệe]u)?\s*[:.]?\s*/iu
const TRAILER_RE = /(?:[-_=]{2,}\s*o0o\s*[-_=]*|[\s_.,;:-]+)$/iu

// In running text: `15/2020/NĐ-CP`, `8376 /VBHN-BTP`, `16-NQ/TW`. Not preceded by a letter,
// digit, dot or slash (dates such as 15/3/2020/...), nor by `29:` (standards: QCVN 29:2025/BXD).
const SPACED_GROUP = String.raw`(?:-${GROUP}|[ \t]?-[ \t]?[\p{Lu}\d]{2,}(?![\p{Ll}]))`
const SCAN_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,/])(?<!\d:)(?:` +
    String.raw`\d+(?:\.\d+)?[ \t]{0,2}/[ \t]{0,2}(?:\d{4}[ \t]{0,2}[/-][ \t]{0,2})?\p{L}[\p{L}\d]*${SPACED_GROUP}*` +
    String.raw`|\d+-\p{Lu}+/\p{Lu}[\p{L}\d]*(?:-${GROUP})*` +
    String.raw`)(?![\p{L}\p{N}])`,
  'gu',
)

/** Zero-pads a number below 10, as NĐ 30 requires: 5 -> '05', 123 -> '123'. */
export function formatSo(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0) {
    throw new RangeError(`Số văn bản không hợp lệ: ${n}`)
  }
  return n < 10 ? `0${n}` : String(n)
}

function canonicalSo(so: string): string {
  // Only plain digit strings are padded; a dotted number (66.15) is printed as issued.
  if (!/^\d+$/.test(so)) {
    return so
  }
  return so.replace(/^0+(?=\d)/, '').padStart(2, '0')
}

/**
 * `05/QĐ-UBND`, or `15/2020/NĐ-CP` with a year. A numeric or digit-string `so` is zero-padded;
 * any other string (`66.15`) is used as it is.
 */
export function formatSoKyHieu(so: number | string, kyHieu: string, year?: number | null): string {
  const number = typeof so === 'number' ? formatSo(so) : canonicalSo(so.trim())
  const yearPart = year === undefined || year === null ? '' : `${year}/`
  return `${number}/${yearPart}${kyHieu.trim()}`
}

function prepare(s: string): string {
  return cleanSpaces(removeInvisibles(mapLookAlikes(nfc(s))))
}

function canonicalKyHieu(kyHieu: string): string {
  // `qđ-ttg` was typed in lower case and is shown in capitals; `TTg`, `QyĐ` keep their case.
  return /\p{Lu}/u.test(kyHieu) ? kyHieu : kyHieu.toUpperCase()
}

function build(so: string, year: number | null, kyHieu: string, hyphenForm: boolean): SoKyHieu {
  const canonSo = canonicalSo(so)
  const canonKyHieu = canonicalKyHieu(kyHieu)
  const soNumber = /^\d{1,15}$/.test(canonSo) ? Number(canonSo) : null
  const text = hyphenForm ? `${canonSo}-${canonKyHieu}` : formatSoKyHieu(canonSo, canonKyHieu, year)
  return { so: canonSo, soNumber, year, kyHieu: canonKyHieu, hyphenForm, text }
}

function plausibleYear(y: string | undefined): number | null | undefined {
  if (y === undefined) {
    return null
  }
  const n = Number(y)
  // A four-digit group that is not a year means this is not a number we understand.
  return n >= 1900 && n <= 2099 ? n : undefined
}

/**
 * Parses a whole field as số/ký hiệu; null when it is not one (`kiem tra`, `Số: /2025/TT-BTC`
 * awaiting its number, a number followed by other words). To find a number inside longer text
 * use findSoKyHieu.
 */
export function parseSoKyHieu(input: string): SoKyHieu | null {
  let s = prepare(input).replace(PREFIX_RE, '')
  s = s.replace(TRAILER_RE, '')
  s = s.replace(/\s*([/-])\s*/gu, '$1')
  // `QH 11`: a space between the letters and the digits of one group.
  s = s.replace(/(\p{L}) (\d+)(?=$|[-/])/gu, '$1$2')
  if (/\s/u.test(s)) {
    return null
  }
  const standard = STANDARD_RE.exec(s)
  if (standard !== null) {
    const [, so = '', yearText, kyHieu = ''] = standard
    const year = plausibleYear(yearText)
    return year === undefined ? null : build(so, year, kyHieu, false)
  }
  const noSlash = NO_SLASH_RE.exec(s)
  if (noSlash !== null) {
    const [, so = '', kyHieu = ''] = noSlash
    return build(so, null, kyHieu, false)
  }
  const hyphen = HYPHEN_FORM_RE.exec(s)
  if (hyphen !== null) {
    const [, so = '', type = '', agency = ''] = hyphen
    return build(so, null, `${type}/${agency}`, true)
  }
  return null
}

/**
 * Every số/ký hiệu in running text, in order. Offsets are into `nfc(text)`. A lower-case
 * ký hiệu without a dash is skipped, so `5/năm` is not taken for a number.
 */
export function scanSoKyHieu(text: string): SoKyHieuMatch[] {
  // mapLookAlikes and the NFC form have the same length, so offsets carry over.
  const source = mapLookAlikes(nfc(text))
  const found: SoKyHieuMatch[] = []
  for (const m of source.matchAll(SCAN_RE)) {
    const raw = m[0]
    const value = parseSoKyHieu(raw)
    if (value === null) {
      continue
    }
    if (!/\p{Lu}/u.test(raw.slice(raw.indexOf('/'))) && !value.kyHieu.includes('-')) {
      continue
    }
    found.push({ start: m.index, end: m.index + raw.length, value })
  }
  return found
}

/** The first số/ký hiệu in running text (a PDF header, a pasted line), or null. */
export function findSoKyHieu(text: string): SoKyHieu | null {
  return scanSoKyHieu(text)[0]?.value ?? null
}

/**
 * The key that detects duplicates: the canonical form when the input parses (so `5/qđ-ubnd`,
 * `05 / QĐ - UBND` and `Số: 05/QĐ-UBND` agree), upper-case, đ folded to D, no spaces. Text
 * that does not parse is still folded the same way, so the key is never empty for non-empty
 * input. QyĐ and QĐ stay distinct (QYD, QD).
 */
export function normalizeSoKyHieu(s: string): string {
  const parsed = parseSoKyHieu(s)
  const text = parsed === null ? prepare(s) : parsed.text
  return fold(text).replace(/\s+/gu, '').toUpperCase()
}
