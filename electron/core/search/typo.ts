import MiniSearch from 'minisearch'
import type { Db } from '../db/open'
import { LIVE } from './schema'
import { stmt } from './statements'
import { indexState } from './sync'

// Typo tolerance. FTS5 matches terms exactly (or by prefix), so when a word finds nothing we look
// for the word the user meant, in memory, and search again with it. MiniSearch serves that
// lookup (ARCHITECTURE §4: it is the engine for small in-memory, typo-forgiving collections):
// its radix tree answers an edit-distance query over the vocabulary in microseconds, where
// FTS5 has no fuzzy matching at all. The vocabulary is the folded words of the metadata index
// (trích yếu, cơ quan, loại, người ký: the words people type), a few thousand
// syllables, read with fts5vocab. Vietnamese syllables are short and close to each other
// (tan/tam/tai), so fuzzy matching floods on them (TOOLCHAIN.md): it is used only for a word
// that matches nothing at all, it takes the single likeliest candidate (fewest edits, then the
// most documents), one edit for short words and two only from seven letters.
//
// The guesses, in order: a word typed with Telex or VNI while the input method was off
// (quyeets -> quyet, quye61t -> quyet), one edit away, two words run together (quyetdinh ->
// quyet dinh), two edits away.

type Vocabulary = {
  stamp: number
  builtAt: number
  mini: MiniSearch
  terms: string[]
  df: Map<string, number>
}

const vocabularies = new WeakMap<Db, Vocabulary>()
const REFRESH_MS = 60_000

function vocabulary(db: Db): Vocabulary {
  const stamp = indexState(db).synced_seq
  const cached = vocabularies.get(db)
  if (cached && (cached.stamp === stamp || Date.now() - cached.builtAt < REFRESH_MS)) {
    return cached
  }
  db.exec(
    `CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_meta_vocab USING fts5vocab(main, ${LIVE.meta}, row)`,
  )
  const df = new Map<string, number>()
  // Folded syllables are plain a-z: reading only that range of the term index skips the
  // numbers, the words with diacritics and the pair and filter tokens (private-use characters),
  // which are most of the 200,000 terms at 100,000 documents.
  for (const r of db
    .prepare<[], { term: string; doc: number }>(
      "SELECT term, doc FROM temp.search_meta_vocab WHERE term >= 'a' AND term < '{'",
    )
    .all()) {
    if (/^[a-z]{2,}$/.test(r.term)) {
      df.set(r.term, r.doc)
    }
  }
  const mini = new MiniSearch({
    fields: ['term'],
    tokenize: (s) => [s],
    processTerm: (s) => s,
  })
  const terms = [...df.keys()]
  mini.addAll(terms.map((term, id) => ({ id, term })))
  const built = { stamp, builtAt: Date.now(), mini, terms, df }
  vocabularies.set(db, built)
  return built
}

/** Whether a folded word occurs anywhere in the index (metadata or body). */
export function knownWord(db: Db, word: string): boolean {
  return (
    stmt<[string], { one: number }>(
      db,
      `SELECT 1 AS one FROM ${LIVE.all} WHERE ${LIVE.all} MATCH ? LIMIT 1`,
    ).get(`"${word.replace(/"/g, '""')}"`) !== undefined
  )
}

function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const row = [i]
    for (let j = 1; j <= b.length; j++) {
      row.push(
        Math.min(
          (prev[j] ?? 0) + 1,
          (row[j - 1] ?? 0) + 1,
          (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
        ),
      )
    }
    prev = row
  }
  return prev[b.length] ?? 0
}

/** The word typed with Telex or VNI keys but no input method: quyeets, quye61t -> quyet. */
export function undoTelex(word: string): string {
  return word
    .replace(/(?<=\p{L})[1-9]+(?=\p{L}|$)/gu, '')
    .replace(/dd/g, 'd')
    .replace(/(a|e|o)\1/g, '$1')
    .replace(/([aou])w/g, '$1')
    .replace(/w/g, 'u')
    .replace(/(?<=[aeiouy][a-z]?[a-z]?)[sfrxj]$/u, '')
}

/**
 * Best guess for a word that matched nothing, or null. May be two words ("quyet dinh"). Every
 * guess is checked against the index itself: the vocabulary may be a minute old, and fts5vocab
 * still lists the words of rows deleted since the last merge.
 */
export function correctWord(db: Db, word: string): string | null {
  if (!/^[a-z0-9]+$/.test(word)) {
    return null
  }
  const found = (guess: string | null): boolean =>
    guess !== null && guess !== word && guess.split(' ').every((w) => knownWord(db, w))
  const telex = undoTelex(word)
  if (found(telex)) {
    return telex
  }
  const { mini, terms, df } = vocabulary(db)
  // One edit away (a letter missed, doubled or swapped) is the likeliest typo; then two words
  // run together; then, for long words, two edits.
  const near = (maxDistance: number): string | null => {
    if (word.length < 3) {
      return null
    }
    const candidates = mini
      .search(word, { fuzzy: maxDistance, prefix: false })
      .map((r) => {
        const term = terms[r.id as number] ?? ''
        return { term, d: distance(word, term), df: df.get(term) ?? 0 }
      })
      .filter((c) => c.term !== '' && c.d <= maxDistance)
      .sort((a, b) => a.d - b.d || b.df - a.df)
    return candidates.find((c) => found(c.term))?.term ?? null
  }
  const oneEdit = near(1)
  if (oneEdit !== null) {
    return oneEdit
  }
  const splits: { words: string; score: number }[] = []
  for (let i = 2; i <= word.length - 2; i++) {
    const score = Math.min(df.get(word.slice(0, i)) ?? 0, df.get(word.slice(i)) ?? 0)
    if (score > 0) {
      splits.push({ words: `${word.slice(0, i)} ${word.slice(i)}`, score })
    }
  }
  const split = splits.sort((a, b) => b.score - a.score).find((c) => found(c.words))
  if (split) {
    return split.words
  }
  return word.length >= 7 ? near(2) : null
}
