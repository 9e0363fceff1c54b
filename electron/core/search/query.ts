import { foldFast } from '../../../shared/search/fold'
import { parseSoKyHieu } from '../../../shared/text/doc-number'
import { clean, numberToken, pairToken } from './tokens'

// A user's query, parsed into what FTS5 should match. Nothing the user types reaches FTS5 as
// syntax: every term is a run of letters and digits wrapped in double quotes, and the operators
// (AND, OR, column filters, `*`) are ours. So `"`, `*`, `NEAR(`, `AND OR NOT`, `{col}:` or
// `'; DROP TABLE` are just words (or nothing), and the MATCH string is a bound parameter.

export type Term = Readonly<{ folded: string; exact: string; prefix: boolean }>

export type NumberTerm = Readonly<{
  /** The whole-number token (tokens.ts numberToken), matched as a prefix. */
  whole: string
  /** The folded parts: `15/2020/NĐ-CP` -> 15, 2020, nd, cp. */
  parts: readonly string[]
  /** Folded canonical form with its separators, for highlighting. */
  display: string
}>

export type ParsedQuery = Readonly<{
  /** Words outside quotes, in order. */
  words: readonly Term[]
  /** "Quoted phrases": required, words adjacent and in order. */
  phrases: readonly (readonly Term[])[]
  numbers: readonly NumberTerm[]
}>

/** Longer input is cut: no one types more, and FTS5 expression size stays bounded. */
const MAX_CHARS = 300
const MAX_TERMS = 24
const WORD_SPLIT = /[^\p{L}\p{N}]+/u

export const isEmpty = (p: ParsedQuery): boolean =>
  p.words.length === 0 && p.phrases.length === 0 && p.numbers.length === 0

function termsOf(text: string): Term[] {
  return text
    .toLowerCase()
    .split(WORD_SPLIT)
    .filter((w) => w !== '')
    .map((exact) => ({ exact, folded: foldFast(exact), prefix: false }))
    .filter((t) => t.folded !== '')
}

function numberTerm(raw: string): NumberTerm | null {
  const parsed = parseSoKyHieu(raw)
  const canonical = parsed?.text ?? raw
  const display = foldFast(canonical)
  const parts = display.split(WORD_SPLIT).filter((p) => p !== '')
  if (parts.length === 0) {
    return null
  }
  return { whole: numberToken(canonical), parts, display }
}

// A token is taken for a document number when it has a digit and a slash: 123/QĐ-UBND,
// 15/2020/nd-cp, 16-NQ/TW, even a partial 123/QĐ as the user types it.
const looksLikeNumber = (token: string): boolean => /\d/.test(token) && token.includes('/')

/**
 * Parses a query. With `asYouType`, the last word (or the open phrase) is a prefix unless the
 * user has typed a space after it.
 */
export function parseQuery(input: string, asYouType = false): ParsedQuery {
  // Private-use characters are ours inside the index (tokens.ts): none may come from the user.
  // Control characters and lone surrogates go too: a NUL ends an FTS5 string early in C.
  const text = clean(input)
    .slice(0, MAX_CHARS)
    .replace(/\p{Co}|\p{Cc}|\p{Cs}/gu, ' ')
    .replace(/[\u201C\u201D\u201E\u201F\u00AB\u00BB]/g, '"')
  const words: Term[] = []
  const phrases: Term[][] = []
  const numbers: NumberTerm[] = []
  // What the query ends with: the word or open phrase that may be a prefix as the user types.
  const end: { last: 'word' | 'phrase' | null } = { last: null }
  const quoted = /"([^"]*)("?)/g
  let from = 0
  const free = (segment: string): void => {
    // `8376 /VBHN-BTP`, `QĐ - UBND`: spaces around separators belong to the number.
    const tokens = segment.replace(/\s*([/-])\s*/g, '$1').split(/\s+/)
    let label: Term | null = null
    for (const token of tokens) {
      const trimmed = token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')
      const n = looksLikeNumber(trimmed) ? numberTerm(trimmed) : null
      if (n) {
        // "Số: 15/2020/NĐ-CP", "số 123/QĐ-UBND": the label of the number, not a word to find.
        if (label && words[words.length - 1] === label) {
          words.pop()
        }
        numbers.push(n)
        end.last = null
        continue
      }
      const ts = termsOf(token)
      words.push(...ts)
      label = ts.length === 1 && ts[0]?.folded === 'so' ? ts[0] : null
      if (ts.length > 0) {
        end.last = 'word'
      }
    }
  }
  for (const m of text.matchAll(quoted)) {
    free(text.slice(from, m.index))
    const ts = termsOf(m[1] ?? '')
    if (ts.length > 0) {
      phrases.push(ts)
      end.last = m[2] === '"' ? null : 'phrase'
    }
    from = m.index + m[0].length
  }
  free(text.slice(from))
  const open = asYouType && !/\s$/.test(text)
  if (open && end.last === 'word') {
    const w = words[words.length - 1]
    if (w) {
      words[words.length - 1] = { ...w, prefix: true }
    }
  } else if (open && end.last === 'phrase') {
    const p = phrases[phrases.length - 1]
    const w = p?.[p.length - 1]
    if (p && w) {
      p[p.length - 1] = { ...w, prefix: true }
    }
  }
  return bounded({ words, phrases, numbers })
}

function bounded(p: ParsedQuery): ParsedQuery {
  let room = MAX_TERMS
  const take = <T>(xs: readonly T[], size: (x: T) => number): T[] =>
    xs.filter((x) => {
      room -= size(x)
      return room >= 0
    })
  const numbers = take(p.numbers, (n) => n.parts.length + 1)
  const phrases = take(p.phrases, (ph) => ph.length)
  return { numbers, phrases, words: take(p.words, () => 1) }
}

/** Copy of a parsed query with some words replaced (typo correction); `[]` drops the word. */
export function withWords(p: ParsedQuery, words: readonly Term[]): ParsedQuery {
  return { ...p, words }
}

// ---- FTS5 expressions ----

const quote = (s: string): string => `"${s.replace(/"/g, '""')}"`
const star = (prefix: boolean): string => (prefix ? '*' : '')
const hasDiacritics = (ts: readonly Term[]): boolean => ts.some((t) => t.exact !== t.folded)

/** Terms in this order, adjacent: their pair tokens, all required (tokens.ts withPairs). */
function adjacent(ts: readonly Term[], key: 'folded' | 'exact'): string {
  const last = ts[ts.length - 1]
  if (ts.length < 2 || last === undefined) {
    return last === undefined ? '' : quote(last[key]) + star(last.prefix)
  }
  const pairs: string[] = []
  for (let i = 1; i < ts.length; i++) {
    const a = ts[i - 1] as Term
    const b = ts[i] as Term
    pairs.push(quote(pairToken(a[key], b[key])) + star(b.prefix))
  }
  return pairs.length === 1 ? (pairs[0] as string) : `(${pairs.join(' AND ')})`
}

/** Every term, in any order and column. */
const every = (ts: readonly Term[], key: 'folded' | 'exact'): string =>
  `(${ts.map((t) => quote(t[key]) + star(t.prefix)).join(' AND ')})`

function numberGroup(n: NumberTerm): string {
  const parts = n.parts.map((folded, i) => ({
    folded,
    exact: folded,
    prefix: i === n.parts.length - 1,
  }))
  return `(${quote(n.whole)}* OR ${adjacent(parts, 'folded')})`
}

/** An expression whose matches earn a pass's candidates `weight` (search.ts ranks by these). */
export type Signal = Readonly<{ expr: string; weight: number }>

export type Pass = Readonly<{ match: string; signals: readonly Signal[] }>

export type Expressions = Readonly<{
  /** The free words adjacent and in order (or, without free words, numbers and phrases). */
  phrase: Pass | null
  /** The free words in any order; null without free words. */
  words: Pass | null
}>

/**
 * Ranking signals, checked only on the metadata table. bm25 would rank, but it first counts the
 * documents of every term in the query over the whole table (a full read of each doclist): with
 * common syllables at 100,000 documents that alone takes 10 to 30 ms. A signal is read only
 * over the pass's candidates (window.ts), so it costs what the pass cost. The weights: the
 * number itself, then diacritics as typed, then the trích yếu over other metadata, then partial
 * adjacency.
 */
const WEIGHT = { number: 16, exact: 8, tieuPhrase: 4, tieuWords: 2, pair: 1 } as const

function numberSignals(p: ParsedQuery): Signal[] {
  // The whole-number token as typed: a complete number is one term, a partial one earns none.
  return p.numbers.map((n) => ({ expr: `so : ${quote(n.whole)}`, weight: WEIGHT.number }))
}

/**
 * Signals name whole words: a prefix in a signal would make FTS5 merge every term it expands to
 * over the whole table once more, for a boost; a word still being typed earns none.
 */
const whole = (ts: readonly Term[]): Term[] => ts.map((t) => ({ ...t, prefix: false }))

function phraseSignals(typed: readonly Term[]): Signal[] {
  const ph = whole(typed)
  return [
    ...(hasDiacritics(ph)
      ? [{ expr: `exact : ${adjacent(ph, 'exact')}`, weight: WEIGHT.exact }]
      : []),
    { expr: `tieu : ${adjacent(ph, 'folded')}`, weight: WEIGHT.tieuPhrase },
  ]
}

/**
 * The MATCH expressions for one table, strictest first. Numbers (whole, or their parts in
 * order) and "quoted phrases" are required in both; the free words are adjacent and in order in
 * the phrase pass, anywhere in the words pass. Signals rank within a pass (metadata only).
 */
export function matchExpressions(p: ParsedQuery, table: 'meta' | 'all'): Expressions {
  const signals = (xs: readonly Signal[]): readonly Signal[] => (table === 'meta' ? xs : [])
  const required = [...p.numbers.map(numberGroup), ...p.phrases.map((ph) => adjacent(ph, 'folded'))]
  const requiredSignals = [...numberSignals(p), ...p.phrases.flatMap(phraseSignals)]
  const pass = (groups: readonly string[], xs: readonly Signal[]): Pass | null =>
    groups.length > 0 ? { match: groups.join(' AND '), signals: signals(xs) } : null
  if (p.words.length === 0) {
    return { phrase: pass(required, requiredSignals), words: null }
  }
  const phrase =
    p.words.length > 1
      ? pass(
          [...required, adjacent(p.words, 'folded')],
          [...requiredSignals, ...phraseSignals(p.words)],
        )
      : null
  const settled = p.words
  const settledWhole = whole(settled)
  // Any adjacent pair present ranks partly adjacent words above scattered ones: one query for
  // all pairs, since each signal costs a walk over the pass's candidates.
  const pairs = settledWhole
    .slice(1)
    .map((w, i) => adjacent([settledWhole[i] as Term, w], 'folded'))
  const wordSignals: Signal[] = [
    ...requiredSignals,
    ...(hasDiacritics(settledWhole)
      ? [{ expr: `exact : ${every(settledWhole, 'exact')}`, weight: WEIGHT.exact }]
      : []),
    { expr: `tieu : ${every(settledWhole, 'folded')}`, weight: WEIGHT.tieuWords },
    ...(pairs.length > 0 ? [{ expr: `(${pairs.join(' OR ')})`, weight: WEIGHT.pair }] : []),
  ]
  return { phrase, words: pass([...required, every(settled, 'folded')], wordSignals) }
}

/** The folded terms to mark in results: phrases and numbers whole, words one by one. */
export function highlightTerms(p: ParsedQuery): string[] {
  const terms = new Set<string>()
  for (const n of p.numbers) {
    terms.add(`${n.display}*`)
  }
  for (const ph of [...p.phrases, ...(p.words.length > 1 ? [p.words] : [])]) {
    terms.add(ph.map((t) => t.folded).join(' ') + star(ph[ph.length - 1]?.prefix ?? false))
  }
  for (const w of p.words) {
    // A single letter being typed would mark every word with that initial; the phrase marks it.
    if (!(w.prefix && w.folded.length < 2 && p.words.length > 1)) {
      terms.add(w.folded + star(w.prefix))
    }
  }
  return [...terms]
}
