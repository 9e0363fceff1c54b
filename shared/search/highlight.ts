import { foldWithOffsets } from './fold'
import type { Mark } from './types'

// Marks where search terms occur in text as written. Terms are folded (what the index matched),
// the text keeps its diacritics and case: the text is folded with offsets back to the original,
// so `quyet dinh` marks "Quyết  định" and `15/2020/nd-cp` marks "15 / 2020 / NĐ-CP".

const REGEX_SPECIAL = /[.*+?^${}()|[\]\\]/g
const WORD_CHAR_BEFORE = /[\p{L}\p{N}]$/u

/**
 * The pattern of a term over folded text. A term is words (a phrase or a number); a trailing `*`
 * makes its last word a prefix. It starts with the term's first letters so the regex engine can
 * scan for them; that a match starts a word is checked after (startsWord): a leading
 * lookbehind makes V8 try every position of a long body.
 */
export function termPattern(term: string): string | null {
  const prefix = term.endsWith('*')
  const words = (prefix ? term.slice(0, -1) : term)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '')
    .map((w) => w.replace(REGEX_SPECIAL, '\\$&'))
  if (words.length === 0) {
    return null
  }
  // Any run of spaces and punctuation may stand between words, as it does for the index.
  return `${words.join('[^\\p{L}\\p{N}]+')}${prefix ? '' : '(?![\\p{L}\\p{N}])'}`
}

/** Whether a match at `index` of `text` begins a word. */
export function startsWord(text: string, index: number): boolean {
  return index === 0 || !WORD_CHAR_BEFORE.test(text.slice(Math.max(0, index - 2), index))
}

/** Merges overlapping or touching marks, in order. */
export function mergeMarks(marks: readonly Mark[]): Mark[] {
  const sorted = [...marks].sort((a, b) => a[0] - b[0] || a[1] - b[1])
  const out: [number, number][] = []
  for (const [start, end] of sorted) {
    const last = out[out.length - 1]
    if (last && start <= last[1]) {
      last[1] = Math.max(last[1], end)
    } else {
      out.push([start, end])
    }
  }
  return out
}

const SEPARATOR_ONLY = /^[\s\p{P}]{1,3}$/u

/**
 * Joins marks that only a short run of separators keeps apart, so a number matched by its parts
 * ("123", "qđ", "ubnd") reads as one mark "123/QĐ-UBND", and a matched phrase as one.
 */
export function joinAcrossSeparators(marks: readonly Mark[], text: string): Mark[] {
  const out: [number, number][] = []
  for (const [start, end] of marks) {
    const last = out[out.length - 1]
    if (last && SEPARATOR_ONLY.test(text.slice(last[1], start))) {
      last[1] = end
    } else {
      out.push([start, end])
    }
  }
  return out
}

/**
 * A function marking where any of the folded terms occur in a text (NFC or not), as offsets into
 * that text. Compiled once for the terms of a query, used for every field of every hit.
 */
export function highlighter(terms: readonly string[]): (text: string) => Mark[] {
  const patterns = terms
    .map(termPattern)
    .filter((p): p is string => p !== null)
    .map((p) => new RegExp(p, 'gu'))
  if (patterns.length === 0) {
    return () => []
  }
  return (text) => {
    if (text === '') {
      return []
    }
    const folded = foldWithOffsets(text)
    const marks: Mark[] = []
    for (const re of patterns) {
      for (const m of folded.text.matchAll(re)) {
        if (m[0] !== '' && startsWord(folded.text, m.index)) {
          marks.push([folded.sourceOffset(m.index), folded.sourceOffset(m.index + m[0].length)])
        }
      }
    }
    return joinAcrossSeparators(mergeMarks(marks), text)
  }
}

/** Where any of the folded terms occur in `text` (NFC or not), as offsets into `text`. */
export function highlightMarks(text: string, terms: readonly string[]): Mark[] {
  return highlighter(terms)(text)
}
