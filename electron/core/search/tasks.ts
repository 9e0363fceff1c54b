import { highlightMarks } from '../../../shared/search/highlight'
import type { TaskSearchResult } from '../../../shared/search/types'
import { scopeOf } from '../access/scope'
import type { Actor } from '../context'
import type { Db } from '../db/open'
import { taskVisibility } from '../tasks/visibility'
import { highlightTerms, isEmpty, matchExpressions, parseQuery } from './query'
import { LIVE, TASK_WEIGHTS } from './schema'
import { stmt } from './statements'
import { syncIndex } from './sync'

// Tra cứu nhiệm vụ: tasks by title (weighted) and by content, result and source, limited to the
// tasks the actor sees (tasks/visibility.ts) in the same SQL. Tasks number in the thousands, so
// one FTS5 pass with the same window as documents is plenty.

const WINDOW = 1000

type Row = {
  id: number
  title: string
  document_id: number | null
  deadline: string
  completed_at: string | null
  percent: number
  bm: number
}

export function searchTasks(
  db: Db,
  actor: Actor,
  query: Readonly<{ q: string; limit: number; offset?: number; asYouType?: boolean }>,
): TaskSearchResult {
  syncIndex(db)
  const parsed = parseQuery(query.q, query.asYouType === true)
  // Numbers are found in the task's text, whole or by parts (tokens.ts), as in a body.
  const e = isEmpty(parsed) ? null : matchExpressions(parsed, 'all')
  const expr = e === null ? null : ((e.words ?? e.phrase)?.match ?? null)
  if (expr === null) {
    return { total: 0, totalExact: true, hits: [] }
  }
  const vis = taskVisibility(scopeOf(db, actor), 't')
  const t = LIVE.tasks
  const rows = stmt<unknown[], Row>(
    db,
    `SELECT t.id, t.title, t.document_id, t.deadline, t.completed_at, t.percent,
            bm25(${t}, ${TASK_WEIGHTS}) AS bm
     FROM ${t} CROSS JOIN tasks t ON t.id = ${t}.rowid
     WHERE ${t} MATCH ? AND ${vis.sql} ORDER BY ${t}.rowid DESC LIMIT ?`,
  ).all(expr, ...vis.params, WINDOW + 1)
  const capped = rows.length > WINDOW
  const ranked = rows.slice(0, WINDOW).sort((a, b) => a.bm - b.bm)
  const terms = highlightTerms(parsed)
  const offset = Math.max(0, query.offset ?? 0)
  return {
    total: ranked.length,
    totalExact: !capped,
    hits: ranked.slice(offset, offset + Math.max(1, Math.min(100, query.limit))).map((r) => ({
      id: r.id,
      title: r.title,
      documentId: r.document_id,
      deadline: r.deadline,
      completedAt: r.completed_at,
      percent: r.percent,
      score: Math.round(-r.bm * 1e4) / 1e4,
      titleMarks: highlightMarks(r.title, terms),
    })),
  }
}
