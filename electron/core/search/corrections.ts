import type { Db } from '../db/open'
import { withWords, type ParsedQuery, type Term } from './query'
import { correctWord, knownWord } from './typo'

/**
 * Words that match nothing anywhere are replaced by the nearest known word (typo.ts) or, with
 * none, left out so the other words can still find something; but no more words are left out
 * than were found as typed, so a query of unknown words finds nothing rather than noise. The
 * word being typed is left as it is: it is a prefix of something not finished yet.
 */
export function corrected(db: Db, parsed: ParsedQuery): [ParsedQuery, [string, string][]] | null {
  const changes: [string, string][] = []
  const words: Term[] = []
  let known = 0
  let dropped = 0
  for (const w of parsed.words) {
    if (w.prefix || /\d/.test(w.folded) || knownWord(db, w.folded)) {
      known++
      words.push(w)
      continue
    }
    const fix = correctWord(db, w.folded)
    changes.push([w.exact, fix ?? ''])
    dropped += fix === null ? 1 : 0
    for (const folded of fix ? fix.split(' ') : []) {
      words.push({ folded, exact: folded, prefix: false })
    }
  }
  if (changes.length === 0) {
    return null
  }
  return dropped > known ? [parsed, changes] : [withWords(parsed, words), changes]
}
