import type { DoKhan } from '../../../shared/domain/levels'
import type { Direction } from '../../../shared/api/document-types'
import type { Clause } from '../access/scope'
import type { Db } from '../db/open'
import { LIVE } from './schema'
import { stmt } from './statements'

// The candidates of one pass of a search: the newest matching documents the user may open, at
// most `size` of them, with the columns the facets count.
//
// Ranking every match is what makes full-text search slow at 100,000 documents: "quyết định"
// matches most of them. So FTS5 reads its doclists newest first (rowid order, no sorting), each
// match is joined to its document for the exact filters and the visibility clause until the
// window is full, and only those are ranked (search.ts, by signals read over the same rowid
// range); the window says when it stopped early, and the total is then a lower bound ("hơn
// 500"). The filters and the user's reach are also in the MATCH expression (filters.ts), so
// a narrow filter or a narrow user does not make the walk long.

export type WindowRow = {
  id: number
  /** Length of the trích yếu: among equal signals the shorter, more focused one ranks first. */
  len: number
}

/** A row of the pass that gives the counts: the columns the facets count. */
export type FacetRow = WindowRow & {
  direction: Direction
  loai: string
  coQuanKey: string | null
  status: string
  doKhan: DoKhan
}

export type Window<R extends WindowRow = WindowRow> = Readonly<{ rows: R[]; capped: boolean }>

// Reading a document's columns costs more than finding it (its row is wide): a pass reads the
// facet columns only when it is the one that gives the counts.
const FACET_COLUMNS = `, d.direction, d.loai_van_ban AS loai, d.co_quan_fold AS coQuanKey, d.status,
  d.do_khan AS doKhan`

const whereOf = (vis: Clause, filters: Clause | null): Clause =>
  filters === null
    ? vis
    : { sql: `${filters.sql} AND ${vis.sql}`, params: [...filters.params, ...vis.params] }

export type PassOptions = Readonly<{ facets: boolean }>

export function matchWindow(
  db: Db,
  table: 'meta' | 'all',
  expr: string,
  vis: Clause,
  filters: Clause | null,
  size: number,
  opts: PassOptions,
): Window<FacetRow> {
  const t = LIVE[table]
  const where = whereOf(vis, filters)
  // CROSS JOIN keeps FTS5 outside: SQLite's own order can re-run the whole MATCH per document
  // (seconds, measured).
  const rows = stmt<unknown[], FacetRow>(
    db,
    `SELECT d.id, length(d.trich_yeu) AS len${opts.facets ? FACET_COLUMNS : ''}
     FROM ${t} CROSS JOIN documents d ON d.id = ${t}.rowid
     WHERE ${t} MATCH ? AND ${where.sql} ORDER BY ${t}.rowid DESC LIMIT ?`,
  ).all(expr, ...where.params, size + 1)
  return { rows: rows.slice(0, size), capped: rows.length > size }
}

/** Without words or filter tokens: the newest documents the SQL filters leave. */
export function filterWindow(
  db: Db,
  vis: Clause,
  filters: Clause | null,
  size: number,
): Window<FacetRow> {
  const where = whereOf(vis, filters)
  const rows = stmt<unknown[], FacetRow>(
    db,
    `SELECT d.id, length(d.trich_yeu) AS len${FACET_COLUMNS}
     FROM documents d WHERE ${where.sql} ORDER BY d.id DESC LIMIT ?`,
  ).all(...where.params, size + 1)
  return { rows: rows.slice(0, size), capped: rows.length > size }
}

/** The rowids in [from, to] that match `expr`: a ranking signal read over a pass's window. */
export function signalIds(
  db: Db,
  table: 'meta' | 'all',
  expr: string,
  from: number,
  to: number,
): Set<number> {
  const t = LIVE[table]
  return new Set(
    stmt<[string, number, number], number>(
      db,
      `SELECT rowid FROM ${t} WHERE ${t} MATCH ? AND rowid BETWEEN ? AND ?`,
    )
      .pluck()
      .all(expr, from, to),
  )
}
