// Tokens for search indexes. Vietnamese writes one syllable per space-separated unit and words
// are several syllables, so a token is a syllable; the indexer tries adjacent tokens as a phrase
// (positions make that possible). Document numbers are kept whole (`15/2020/nd-cp`, so a
// search for the number finds exactly it) and also split into their parts (`15`, `2020`, `nd`,
// `cp`, so a search for `NĐ-CP` or `2020` finds it too).

import { scanSoKyHieu } from './doc-number'
import { fold, mapLookAlikes, nfc, removeInvisibles } from './normalize'

export type TokenKind = 'word' | 'number' | 'doc-number' | 'doc-part'

export type Token = Readonly<{
  /** As written (NFC, look-alikes mapped); a whole document number in its canonical form. */
  raw: string
  /** fold(raw): what indexes store and queries are matched against. */
  folded: string
  kind: TokenKind
  /** Ordinal of the syllable; a document number and its parts share one position. */
  position: number
}>

// A number with thousands separators or decimals stays one token (1.000.000, 2,5); otherwise
// a run of letters, marks and digits.
const WORD_RE = /(\p{N}+(?:[.,]\p{N}+)+)|[\p{L}\p{M}\p{N}]+/gu

// Folding every token is most of tokenize's cost, and a text repeats a few thousand syllables,
// so folded forms are remembered. The bound keeps memory flat on endless input.
const FOLD_CACHE_LIMIT = 50_000
const foldCache = new Map<string, string>()

function foldToken(raw: string): string {
  let folded = foldCache.get(raw)
  if (folded === undefined) {
    if (foldCache.size >= FOLD_CACHE_LIMIT) {
      foldCache.clear()
    }
    folded = fold(raw)
    foldCache.set(raw, folded)
  }
  return folded
}

function wordTokens(text: string, firstPosition: number, out: Token[]): number {
  let position = firstPosition
  for (const m of text.matchAll(WORD_RE)) {
    const raw = m[0]
    // Number tokens start with a digit and hold no letter; words hold at least one letter.
    const kind: TokenKind = m[1] !== undefined || /^\p{N}+$/u.test(raw) ? 'number' : 'word'
    out.push({ raw, folded: foldToken(raw), kind, position })
    position += 1
  }
  return position
}

/** Splits text into syllable tokens, keeping document numbers whole and split. */
export function tokenize(s: string): Token[] {
  const text = removeInvisibles(mapLookAlikes(nfc(s)))
  const tokens: Token[] = []
  let position = 0
  let from = 0
  for (const match of scanSoKyHieu(text)) {
    position = wordTokens(text.slice(from, match.start), position, tokens)
    const whole = match.value.text
    tokens.push({ raw: whole, folded: fold(whole), kind: 'doc-number', position })
    for (const part of whole.split(/[/-]/)) {
      if (part !== '') {
        tokens.push({ raw: part, folded: foldToken(part), kind: 'doc-part', position })
      }
    }
    position += 1
    from = match.end
  }
  wordTokens(text.slice(from), position, tokens)
  return tokens
}

/** The folded forms of tokenize(s), in order: what goes into a folded full-text column. */
export function foldedTokens(s: string): string[] {
  return tokenize(s).map((token) => token.folded)
}
