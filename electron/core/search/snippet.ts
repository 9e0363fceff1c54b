import { foldWithOffsets } from '../../../shared/search/fold'
import { highlighter, startsWord, termPattern } from '../../../shared/search/highlight'
import type { Mark } from '../../../shared/search/types'
import type { Db } from '../db/open'
import { documentBodyParts } from './sources'

// The passage of a hit's body around where the query matched. The body is folded as the index
// folded it and searched with the same patterns that mark matches (shared/search/highlight.ts),
// then the passage is cut from the text as written. Folding is per character (foldFast), so a
// body of a few thousand characters costs tens of microseconds.

const BEFORE = 80
const LENGTH = 240

export type Snippet = Readonly<{ text: string; marks: readonly Mark[] }>

function passage(text: string, at: number, mark: (text: string) => Mark[]): Snippet {
  let start = Math.max(0, at - BEFORE)
  if (start > 0) {
    const space = text.indexOf(' ', start)
    start = space >= 0 && space < at ? space + 1 : start
  }
  let end = Math.min(text.length, start + LENGTH)
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end)
    end = space > at ? space : end
  }
  const lead = start > 0 ? '…' : ''
  const body = text.slice(start, end).replace(/\s+/g, ' ')
  const shown = `${lead}${body}${end < text.length ? '…' : ''}`
  return { text: shown, marks: mark(shown) }
}

/**
 * For the terms of a query (strongest first: numbers, phrases, then words), a function giving
 * the passage of a document's body where the first of them occurs, every term marked; null
 * when the body holds none of them. The patterns are compiled once per query.
 */
export function snippetFinder(terms: readonly string[]): (db: Db, id: number) => Snippet | null {
  const patterns = terms
    .map(termPattern)
    .filter((p): p is string => p !== null)
    .map((p) => new RegExp(p, 'gu'))
  const mark = highlighter(terms)
  return (db, id) => {
    const parts = documentBodyParts(db, id).map((text) => ({ text, folded: foldWithOffsets(text) }))
    for (const re of patterns) {
      for (const part of parts) {
        for (const m of part.folded.text.matchAll(re)) {
          if (startsWord(part.folded.text, m.index)) {
            return passage(part.text, part.folded.sourceOffset(m.index), mark)
          }
        }
      }
    }
    return null
  }
}
