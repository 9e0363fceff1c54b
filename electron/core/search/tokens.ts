import { foldFast } from '../../../shared/search/fold'
import { parseSoKyHieu, scanSoKyHieu } from '../../../shared/text/doc-number'
import { cleanSpaces, mapLookAlikes, nfc, removeInvisibles } from '../../../shared/text/normalize'

// The text each index column receives. SQLite's unicode61 tokenizer (diacritics kept, since we
// fold ourselves: FTS5's remove_diacritics leaves đ alone) splits on everything that is not a
// letter, a digit or a private-use character, so Vietnamese text reaches it as syllables.
//
// A document number is kept whole AND split. The parts come from the tokenizer itself
// (`15/2020/NĐ-CP` -> 15, 2020, nd, cp); the whole number is added after them as one token by
// writing its separators as private-use characters, which unicode61 keeps inside a token:
// `15\uE0002020\uE000nd\uE001cp`. Queries encode numbers the same way (query.ts).
//
// Each column also holds every pair of adjacent tokens as one token (`\uE004quyet\uE003dinh`). A
// Vietnamese word is several syllables and single syllables are everywhere ("quyết" and "định"
// are in most documents), so a phrase is what a query means. FTS5 checks a phrase by reading
// the positions of both syllables in every candidate, and bm25 counts every syllable's
// documents: at 100,000 documents that costs tens of milliseconds per query, while a pair token
// is looked up and counted like any word and is rare enough to rank by (tests/bench/search.ts).
// Positions stay (detail=full) only because bm25 needs them: with detail=column it scores 0.

const SLASH = '\uE000'
const DASH = '\uE001'
const DOT = '\uE002'
const JOIN = '\uE003'
// Pairs start with a mark of their own so that a prefix query for a word being typed ("dinh"*)
// does not also expand to every pair beginning with that word: FTS5 merges the doclists of all
// terms a prefix matches, over the whole table, before the first row.
const PAIR = '\uE004'

/** Tokens as unicode61 splits them: letters, digits and private-use characters. */
export const TOKEN_RE = /[\p{L}\p{N}\p{Co}]+/gu

/** The token standing for two adjacent tokens. */
export const pairToken = (a: string, b: string): string => `${PAIR}${a}${JOIN}${b}`

/** The text with its adjacent-token pairs appended: what a column receives. */
export function withPairs(text: string): string {
  const tokens = text.match(TOKEN_RE)
  if (tokens === null || tokens.length < 2) {
    return text
  }
  const pairs = new Array<string>(tokens.length - 1)
  for (let i = 1; i < tokens.length; i++) {
    pairs[i - 1] = pairToken(tokens[i - 1] as string, tokens[i] as string)
  }
  return `${text}\n${pairs.join(' ')}`
}

/** The whole-number token of a canonical số/ký hiệu: folded, separators kept inside the token. */
export function numberToken(canonical: string): string {
  return foldFast(canonical.replace(/\s+/g, ''))
    .replace(/\//g, SLASH)
    .replace(/-/g, DASH)
    .replace(/\./g, DOT)
}

/** NFC, look-alike letters mapped, invisibles removed: the form every indexed text starts from. */
export function clean(s: string): string {
  return removeInvisibles(mapLookAlikes(nfc(s)))
}

/**
 * Folded running text with every document number in it also written whole, right after its
 * parts, so `Căn cứ Nghị định số 15/2020/NĐ-CP` is found by the number, its parts and its words.
 */
export function foldedWithNumbers(text: string): string {
  const source = clean(text)
  let out = ''
  let from = 0
  for (const m of scanSoKyHieu(source)) {
    out += `${source.slice(from, m.end)} ${numberToken(m.value.text)} `
    from = m.end
  }
  return foldFast(out + source.slice(from))
}

/** The số/ký hiệu column: the number's parts, then the whole canonical number as one token. */
export function numberColumn(soKyHieu: string): string {
  const parsed = parseSoKyHieu(soKyHieu)
  const folded = foldFast(clean(soKyHieu))
  return parsed === null ? folded : `${folded} ${numberToken(parsed.text)}`
}

/** Lower-case NFC with diacritics: the exact column, ranked above folded matches. */
export function exactText(s: string): string {
  return cleanSpaces(clean(s)).toLowerCase()
}

// ---- filter tokens (column f) ----

const FILTER = '\uE010'
const UNDERSCORE = '\uE011'

/** A filter value as one token no typed word can equal: `\uE010l` + `quyet\uE011dinh`. */
export function filterToken(
  kind: 'd' | 'l' | 'c' | 's' | 'k' | 'y' | 'm' | 'u' | 'p',
  value: string,
): string {
  const v = foldFast(value)
    .replace(/[^\p{L}\p{N}_]+/gu, '')
    .replace(/_/g, UNDERSCORE)
  return `${FILTER}${kind}${v}`
}

export type FilterValues = Readonly<{
  direction: string
  loai: string
  coQuanFold: string | null
  status: string
  doKhan: string
  /** Ngày đến of an incoming document, ngày ban hành of an outgoing one (YYYY-MM-DD). */
  date: string | null
  /** The units and people it reaches (sources.ts documentReach). */
  units: readonly number[]
  people: readonly number[]
}>

/**
 * Column f: the document's filter values and who it reaches, so FTS5 itself narrows a filtered
 * search and the search of someone who sees few documents.
 */
export function filterColumn(v: FilterValues): string {
  const tokens = [
    filterToken('d', v.direction),
    filterToken('l', v.loai),
    filterToken('s', v.status),
    filterToken('k', v.doKhan),
  ]
  if (v.coQuanFold) {
    tokens.push(filterToken('c', v.coQuanFold))
  }
  if (v.date && /^\d{4}-\d{2}/.test(v.date)) {
    tokens.push(filterToken('y', v.date.slice(0, 4)), filterToken('m', v.date.slice(0, 7)))
  }
  tokens.push(...v.units.map((u) => filterToken('u', String(u))))
  tokens.push(...v.people.map((p) => filterToken('p', String(p))))
  return tokens.join(' ')
}
