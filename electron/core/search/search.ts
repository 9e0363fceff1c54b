import type { SearchQuery, SearchResult } from '../../../shared/search/types'
import type { Actor } from '../context'
import type { Db } from '../db/open'
import { scopeOf } from '../access/scope'
import { hasRole } from '../context'
import { visibility } from '../documents/access'
import { corrected } from './corrections'
import { facetsOf } from './facets'
import { filterClause, filterExpression, reachExpression } from './filters'
import {
  highlightTerms,
  isEmpty,
  matchExpressions,
  parseQuery,
  type ParsedQuery,
  type Pass,
} from './query'
import { hitsOf, type Ranked } from './hits'
import { syncIndex } from './sync'
import {
  filterWindow,
  matchWindow,
  signalIds,
  type FacetRow,
  type Window,
  type WindowRow,
} from './window'

// Tra cứu văn bản. Documents are found by SQLite FTS5, not MiniSearch: at 100,000 documents
// FTS5 answers from disk in milliseconds with bodies included, where MiniSearch needs the whole
// index in memory (800 MB with bodies) and a quarter second at p95 (TOOLCHAIN.md; our own
// figures: tests/bench/search.ts). MiniSearch serves the typo lookup (typo.ts).

/** Candidates of the broadest pass (window.ts): the largest count reported exactly. */
export const WINDOW = 500
/**
 * Candidates ranked in a stricter pass. A pass with more matches than this fills any page on
 * its own, so the rest only count (in the broadest pass); ranking fewer keeps each signal cheap.
 */
const RANKED_WINDOW = 200
const TYPING_WINDOW = 200
/**
 * Queued changes applied before each answer (about a millisecond each). A bulk import's backlog
 * is caught up this many at a time, or at once by a rebuild in the worker.
 */
const SYNC_BATCH = 100
const MAX_LIMIT = 100

type Context = Readonly<{
  db: Db
  query: SearchQuery
  vis: ReturnType<typeof visibility>
  filters: ReturnType<typeof filterClause>
  /** The filters and the actor's reach as FTS5 terms on column f, AND-ed to every pass. */
  filterTerms: string | null
  limit: number
  offset: number
  pending: number
}>

function answer(
  ctx: Context,
  ranked: readonly Ranked[],
  broadest: Window<FacetRow> | null,
  terms: readonly string[],
  corrections: readonly (readonly [string, string])[],
): SearchResult {
  const typing = ctx.query.asYouType === true
  return {
    total: ranked.length,
    totalExact: broadest === null || !broadest.capped,
    hits: hitsOf(ctx.db, ranked.slice(ctx.offset, ctx.offset + ctx.limit), terms, !typing),
    facets: typing || broadest === null ? null : facetsOf(ctx.db, broadest.rows),
    corrections,
    pending: ctx.pending,
  }
}

type Planned = Readonly<{ table: 'meta' | 'all'; pass: Pass }>

/** Signal score of each candidate: the weights of the signals it matches (query.ts). */
function scores(
  ctx: Context,
  planned: Planned,
  expr: string,
  rows: readonly WindowRow[],
): Map<number, number> {
  const out = new Map<number, number>(rows.map((r) => [r.id, 0]))
  const first = rows[0]
  const last = rows[rows.length - 1]
  if (!first || !last) {
    return out
  }
  for (const signal of planned.pass.signals) {
    // AND-ed with the pass itself, FTS5 walks only the pass's own matches in the range (seeking
    // in the longer doclists), not every document holding the signal's terms.
    const both = `(${signal.expr}) AND (${expr})`
    for (const id of signalIds(ctx.db, planned.table, both, last.id, first.id)) {
      const score = out.get(id)
      if (score !== undefined) {
        out.set(id, score + signal.weight)
      }
    }
  }
  return out
}

/**
 * The passes of one query, strictest first: the words as a phrase in the metadata, the words
 * anywhere in the metadata, the phrase anywhere (the body), the words anywhere. Metadata
 * outranks body text; adjacent syllables outrank scattered ones. As the user types, the
 * metadata passes only.
 *
 * A document keeps the place of the first pass that found it. Within a metadata pass the
 * signals rank (query.ts), then the shorter trích yếu, then the newest; body passes are newest
 * first. Scores fall in that order: the pass in thousands, the signals below. Work stops as
 * soon as the page is full: later passes are skipped, except the last and broadest one, which
 * holds every other and gives the total and the facets.
 */
function run(
  ctx: Context,
  parsed: ParsedQuery,
  corrections: readonly (readonly [string, string])[],
): SearchResult {
  const typing = ctx.query.asYouType === true
  const meta = matchExpressions(parsed, 'meta')
  const all = matchExpressions(parsed, 'all')
  const candidates: (Planned | null)[] = [
    meta.phrase && { table: 'meta', pass: meta.phrase },
    meta.words && { table: 'meta', pass: meta.words },
    typing ? null : all.phrase && { table: 'all', pass: all.phrase },
    typing ? null : all.words && { table: 'all', pass: all.words },
  ]
  const passes = candidates.filter((p): p is Planned => p !== null)
  const wanted = ctx.offset + ctx.limit
  const ranked: Ranked[] = []
  const seen = new Set<number>()
  let broadest: Window<FacetRow> | null = null
  passes.forEach((planned, i) => {
    const last = i === passes.length - 1
    const needed = ranked.length < wanted
    if (!last && !needed) {
      return
    }
    const match = planned.pass.match
    const expr = ctx.filterTerms === null ? match : `(${match}) AND ${ctx.filterTerms}`
    const size = typing ? TYPING_WINDOW : last ? WINDOW : RANKED_WINDOW
    const window = matchWindow(ctx.db, planned.table, expr, ctx.vis, ctx.filters, size, {
      facets: last && !typing,
    })
    const signal = needed ? scores(ctx, planned, expr, window.rows) : new Map<number, number>()
    const scored = window.rows.map((row) => {
      const s = signal.get(row.id) ?? 0
      // Shorter trích yếu, higher: below one signal's weight, so it only breaks ties.
      const focus = planned.table === 'meta' && needed ? 0.5 / (1 + row.len / 50) : 0
      return { id: row.id, score: (passes.length - i) * 1000 + s + focus }
    })
    // Stable: equal scores stay newest first, as the window read them.
    scored.sort((a, b) => b.score - a.score)
    for (const r of scored) {
      if (!seen.has(r.id)) {
        seen.add(r.id)
        ranked.push({ id: r.id, score: Math.round(r.score * 1e3) / 1e3 })
      }
    }
    if (last) {
      broadest = window
    }
  })
  return answer(ctx, ranked, broadest, highlightTerms(parsed), corrections)
}

/** Filters and the actor's reach as FTS5 terms on column f, AND-ed to every pass; or null. */
function narrowing(db: Db, actor: Actor, query: SearchQuery): string | null {
  const scope = scopeOf(db, actor)
  const specialist = actor.kind === 'user' && hasRole(actor, 'chuyen_vien')
  const parts = [filterExpression(query), reachExpression(scope, specialist)]
  const present = parts.filter((p): p is string => p !== null)
  return present.length > 0 ? present.join(' AND ') : null
}

/**
 * Documents matching a query that `actor` may open (documents/access.ts visibility, applied in
 * the same SQL as the match, so neither hits nor counts include any other), best first, with
 * counts per filter value.
 */
export function searchDocuments(db: Db, actor: Actor, query: SearchQuery): SearchResult {
  const { pending } = syncIndex(db, SYNC_BATCH)
  const ctx: Context = {
    db,
    query,
    vis: visibility(db, actor),
    filters: filterClause(query),
    filterTerms: narrowing(db, actor, query),
    limit: Math.max(1, Math.min(MAX_LIMIT, Math.floor(query.limit))),
    offset: Math.max(0, Math.floor(query.offset)),
    pending,
  }
  const parsed = parseQuery(query.q, query.asYouType === true)
  if (isEmpty(parsed)) {
    if (query.asYouType === true || ctx.filters === null) {
      return { total: 0, totalExact: true, hits: [], facets: null, corrections: [], pending }
    }
    const window =
      ctx.filterTerms === null
        ? filterWindow(db, ctx.vis, ctx.filters, WINDOW)
        : matchWindow(db, 'meta', ctx.filterTerms, ctx.vis, ctx.filters, WINDOW, { facets: true })
    return answer(
      ctx,
      window.rows.map((r) => ({ id: r.id, score: 0 })),
      window,
      [],
      [],
    )
  }
  const first = run(ctx, parsed, [])
  if (first.total > 0 || parsed.words.length === 0) {
    return first
  }
  const fixed = corrected(db, parsed)
  if (fixed === null) {
    return first
  }
  const [again, changes] = fixed
  // Too many words unknown: nothing is searched again, the corrections are only reported.
  return again === parsed || isEmpty(again)
    ? { ...first, corrections: changes }
    : run(ctx, again, changes)
}
