// Vietnamese sort order: a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y (f j w z
// take their Latin places), base letters compared over the whole string first, then tones in
// dictionary order ngang, huyền, hỏi, ngã, sắc, nặng (a à ả ã á ạ), then lower case before
// upper case.
//
// Why not Intl.Collator('vi')? In Node 20 (full ICU) it gives this very order, but:
// 1. SQLite cannot call it, and lists sorted by `ORDER BY sort_key` in the core must come out
//    in the same order as lists the renderer sorts itself; one key computed here serves both.
// 2. The web door (`vanthu serve`) runs in whatever browser the person has; ICU data and
//    versions differ between Chromium, Firefox, Safari and Node builds with small ICU.
// 3. ICU ranks a tone by the letter that carries it, so the two accepted spellings `hoà` and
//    `hòa` sort apart; here a tone belongs to its syllable and they sort together.
// The unit tests check that compareVi agrees with Intl.Collator('vi') on ordinary names.

import { cleanSpaces, mapLookAlikes, nfc, removeInvisibles } from './normalize'

// Tone marks (combining) -> secondary weight, in dictionary order.
const TONES: ReadonlyMap<string, string> = new Map([
  ['\u0300', '1'], // huyền
  ['\u0309', '2'], // hỏi
  ['\u0303', '3'], // ngã
  ['\u0301', '4'], // sắc
  ['\u0323', '5'], // nặng
])

const BREVE = '\u0306'
const CIRCUMFLEX = '\u0302'
const HORN = '\u031B'

// Level separator. It must sort below every weight character, so a key whose primary part is a
// prefix of another's sorts first ("Ba" before "Ba Vì").
const SEP = ' '

// Primary units are two ASCII characters each, so plain `<` (and SQLite's BINARY collation,
// which compares UTF-8 bytes) orders keys correctly:
//   '!0' white space < '#' + ASCII punctuation < '$0' other symbols
//   < '00'..'90' digits < 'a0'..'z0' letters (modified letters: ă a1, â a2, đ d1, ê e1, ô o1,
//   ơ o2, ư u1) < '~0' letters of other scripts.
const SPACE_UNIT = '!0'
const SYMBOL_UNIT = '$0'
const OTHER_LETTER_UNIT = '~0'

type Unit = { primary: string; tone: string | null; upper: boolean; wordChar: boolean }

function letterModifier(base: string, marks: string): string {
  if (base === 'a') {
    return marks.includes(BREVE) ? '1' : marks.includes(CIRCUMFLEX) ? '2' : '0'
  }
  if (base === 'e') {
    return marks.includes(CIRCUMFLEX) ? '1' : '0'
  }
  if (base === 'o') {
    return marks.includes(CIRCUMFLEX) ? '1' : marks.includes(HORN) ? '2' : '0'
  }
  if (base === 'u') {
    return marks.includes(HORN) ? '1' : '0'
  }
  return '0'
}

function toneOf(marks: string): string | null {
  for (const mark of marks) {
    const tone = TONES.get(mark)
    if (tone !== undefined) {
      return tone
    }
  }
  return null
}

function unitOf(ch: string): Unit {
  const decomposed = ch.normalize('NFD')
  const base = String.fromCodePoint(decomposed.codePointAt(0) ?? 0)
  const marks = decomposed.slice(base.length)
  if (/^\p{M}$/u.test(base)) {
    // A mark NFC could not attach to a letter: it only adds a tone to the current syllable.
    return { primary: '', tone: toneOf(decomposed), upper: false, wordChar: true }
  }
  const lower = base.toLowerCase()
  const upper = lower !== base
  if (lower === 'đ') {
    return { primary: 'd1', tone: toneOf(marks), upper, wordChar: true }
  }
  if (/^[a-z]$/.test(lower)) {
    return {
      primary: lower + letterModifier(lower, marks),
      tone: toneOf(marks),
      upper,
      wordChar: true,
    }
  }
  if (/^[0-9]$/.test(base)) {
    return { primary: `${base}0`, tone: null, upper: false, wordChar: true }
  }
  if (base === ' ') {
    return { primary: SPACE_UNIT, tone: null, upper: false, wordChar: false }
  }
  if (/^[\x21-\x7E]$/.test(base)) {
    return { primary: `#${base}`, tone: null, upper: false, wordChar: false }
  }
  if (/^\p{L}$/u.test(base)) {
    return { primary: OTHER_LETTER_UNIT, tone: toneOf(marks), upper, wordChar: true }
  }
  return { primary: SYMBOL_UNIT, tone: null, upper: false, wordChar: false }
}

// Trailing zeros carry no information once both sides have the same primary part (and so the
// same number of syllables and units), and dropping them keeps keys short.
function trimZeros(s: string): string {
  return s.replace(/0+$/, '')
}

/**
 * A string whose plain `<` order (JavaScript, or SQLite's default BINARY collation) is the
 * Vietnamese dictionary order of the inputs. ASCII only. Store it beside a name for
 * `ORDER BY`. Equal keys can come from different strings (spacing, the tone's position,
 * symbols); break such ties on the text itself, as compareVi does.
 */
export function collationKey(s: string): string {
  const text = cleanSpaces(removeInvisibles(mapLookAlikes(nfc(s))))
  let primary = ''
  let tones = ''
  let cases = ''
  let syllableTone: string | null = null
  let inSyllable = false
  const closeSyllable = (): void => {
    if (inSyllable) {
      tones += syllableTone ?? '0'
    }
    inSyllable = false
    syllableTone = null
  }
  for (const ch of text) {
    const unit = unitOf(ch)
    if (unit.primary === '' && !inSyllable) {
      continue
    }
    if (unit.wordChar) {
      inSyllable = true
      // The first tone of a syllable counts; Vietnamese has one per syllable.
      syllableTone ??= unit.tone
    } else {
      closeSyllable()
    }
    if (unit.primary !== '') {
      primary += unit.primary
      cases += unit.upper ? '1' : '0'
    }
  }
  closeSyllable()
  return primary + SEP + trimZeros(tones) + SEP + trimZeros(cases)
}

/** Compares two strings in Vietnamese dictionary order; a total order (ties fall to NFC text). */
export function compareVi(a: string, b: string): number {
  const ka = collationKey(a)
  const kb = collationKey(b)
  if (ka !== kb) {
    return ka < kb ? -1 : 1
  }
  const na = nfc(a)
  const nb = nfc(b)
  return na === nb ? 0 : na < nb ? -1 : 1
}

/** Sorts a copy of `items` in Vietnamese order, computing each key once. */
export function sortVi<T>(items: readonly T[], textOf: (item: T) => string): T[] {
  return items
    .map((item) => {
      const text = textOf(item)
      return { item, key: collationKey(text), text: nfc(text) }
    })
    .sort((x, y) => {
      if (x.key !== y.key) {
        return x.key < y.key ? -1 : 1
      }
      return x.text === y.text ? 0 : x.text < y.text ? -1 : 1
    })
    .map((entry) => entry.item)
}
