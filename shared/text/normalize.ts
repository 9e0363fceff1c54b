// Normalisation of Vietnamese text for storage and matching.
//
// Stored text is NFC. Matching uses the folded form: NFC, look-alike letters mapped to Latin,
// lower-case, combining marks removed, đ -> d. The folded form is what search indexes hold
// (FTS5's remove_diacritics leaves đ alone, so we fold before the text reaches SQLite).

// Letters from other scripts that render like Latin letters. Real input has them: the corpus
// holds `06/2026/TT-BTС` with a Cyrillic С, typed from a Russian keyboard layout or pasted
// from a converted PDF. Only letters that are look-alikes in the same case are mapped, so a
// Greek μ in a formula stays μ while a capital Greek Μ (identical to M) becomes M.
const LOOK_ALIKE_PAIRS: readonly (readonly [string, string])[] = [
  // Cyrillic capitals
  ['А', 'A'],
  ['В', 'B'],
  ['Е', 'E'],
  ['К', 'K'],
  ['М', 'M'],
  ['Н', 'H'],
  ['О', 'O'],
  ['Р', 'P'],
  ['С', 'C'],
  ['Т', 'T'],
  ['Х', 'X'],
  ['У', 'Y'],
  ['Ү', 'Y'],
  ['І', 'I'],
  ['Ј', 'J'],
  ['Ѕ', 'S'],
  ['Ԛ', 'Q'],
  ['Ԝ', 'W'],
  // Cyrillic small letters (к м н т в look like small capitals, not like Latin, so they stay)
  ['а', 'a'],
  ['е', 'e'],
  ['о', 'o'],
  ['р', 'p'],
  ['с', 'c'],
  ['у', 'y'],
  ['х', 'x'],
  ['і', 'i'],
  ['ј', 'j'],
  ['ѕ', 's'],
  ['һ', 'h'],
  ['ԁ', 'd'],
  ['ԛ', 'q'],
  ['ԝ', 'w'],
  // Greek capitals, and omicron which is indistinguishable from o
  ['Α', 'A'],
  ['Β', 'B'],
  ['Ε', 'E'],
  ['Ζ', 'Z'],
  ['Η', 'H'],
  ['Ι', 'I'],
  ['Κ', 'K'],
  ['Μ', 'M'],
  ['Ν', 'N'],
  ['Ο', 'O'],
  ['Ρ', 'P'],
  ['Τ', 'T'],
  ['Υ', 'Y'],
  ['Χ', 'X'],
  ['ο', 'o'],
  // Eth and African D are typed for Đ by legacy (TCVN3/VNI) converters
  ['Ð', 'Đ'],
  ['Ɖ', 'Đ'],
  // "ƣ" (Latin oi) is an OCR and font-conversion error for ư; the corpus has one
  ['ƣ', 'ư'],
  ['Ƣ', 'Ư'],
  // Dashes and slashes that appear inside document numbers copied from Word or PDF
  ['\u2010', '-'],
  ['\u2011', '-'],
  ['\u2012', '-'],
  ['\u2013', '-'],
  ['\u2014', '-'],
  ['\u2212', '-'],
  ['\uFE63', '-'],
  ['\u2215', '/'],
  ['\u2044', '/'],
]

const LOOK_ALIKES: ReadonlyMap<string, string> = new Map(LOOK_ALIKE_PAIRS)
const LOOK_ALIKE_RE = new RegExp(
  `[${LOOK_ALIKE_PAIRS.map(([from]) => from).join('')}\\uFF01-\\uFF5E]`,
  'gu',
)

// Zero-width characters arrive with text pasted from web pages and split words invisibly.
const ZERO_WIDTH_RE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/gu

/** NFC: the form every stored string takes. */
export function nfc(s: string): string {
  return s.normalize('NFC')
}

/**
 * Collapses every run of Unicode white space (NBSP, thin and ideographic spaces, tabs, line
 * breaks) to one ASCII space and trims the ends.
 */
export function cleanSpaces(s: string): string {
  return s.replace(/\s+/gu, ' ').trim()
}

/**
 * Replaces look-alike letters (Cyrillic, Greek), full-width ASCII, dash and slash variants with
 * the plain characters they imitate, keeping case. Every replacement is one UTF-16 unit for one,
 * so offsets into the result are offsets into the input.
 */
export function mapLookAlikes(s: string): string {
  return s.replace(LOOK_ALIKE_RE, (ch) => {
    const mapped = LOOK_ALIKES.get(ch)
    if (mapped !== undefined) {
      return mapped
    }
    // Full-width ASCII block (！ to ～) sits 0xFEE0 above ASCII.
    return String.fromCharCode(ch.charCodeAt(0) - 0xfee0)
  })
}

/** Removes zero-width spaces, joiners, soft hyphens and stray byte-order marks. */
export function removeInvisibles(s: string): string {
  return s.replace(ZERO_WIDTH_RE, '')
}

/**
 * The matching form: NFC, look-alikes mapped, lower-case, combining marks removed, đ -> d.
 * `fold('Quyết định')` is `'quyet dinh'`. White space is left as it is (see `cleanSpaces`).
 */
export function fold(s: string): string {
  return (
    removeInvisibles(mapLookAlikes(s.normalize('NFC')))
      .toLowerCase()
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/đ/g, 'd')
      // Recompose what NFD split apart that is not a mark (Hangul jamo, for instance).
      .normalize('NFC')
  )
}

/** True when two strings are the same text once folded and spaced alike. */
export function sameText(a: string, b: string): boolean {
  return cleanSpaces(fold(a)) === cleanSpaces(fold(b))
}
