import type { Db } from '../db/open'
import { indexDocument, indexTask } from './index'
import { INDEX_FORMAT, LIVE, NEXT, createTablesSql, type IndexTables } from './schema'
import { stmt } from './statements'

// A full rebuild (`vanthu reindex`, a new index format, a large backlog). It writes fresh tables
// beside the live ones in short batches, each its own transaction, so the connection answering
// searches (the same process, or the main thread while this runs in a worker) keeps answering
// from the live index and writers wait at most one batch. The finished tables replace the live
// ones in one transaction; changes queued since the start are then replayed by sync.

export type RebuildOptions = Readonly<{
  batchSize?: number
  onProgress?: (done: number, total: number) => void
}>

export type RebuildResult = Readonly<{ documents: number; tasks: number; ms: number }>

const dropSql = (t: IndexTables): string =>
  `DROP TABLE IF EXISTS ${t.meta}; DROP TABLE IF EXISTS ${t.all}; DROP TABLE IF EXISTS ${t.tasks};`

function lastQueued(db: Db): number {
  return (
    stmt<[], { seq: number }>(
      db,
      "SELECT seq FROM sqlite_sequence WHERE name = 'search_dirty'",
    ).get()?.seq ?? 0
  )
}

function inBatches(
  db: Db,
  table: 'documents' | 'tasks',
  batchSize: number,
  write: (id: number) => void,
  progress: (n: number) => void,
): number {
  const next = stmt<[number, number], { id: number }>(
    db,
    `SELECT id FROM ${table} WHERE id > ? ORDER BY id LIMIT ?`,
  )
  let after = 0
  let done = 0
  for (;;) {
    const ids = next.all(after, batchSize).map((r) => r.id)
    const last = ids[ids.length - 1]
    if (last === undefined) {
      return done
    }
    db.transaction(() => ids.forEach(write)).immediate()
    after = last
    done += ids.length
    progress(ids.length)
  }
}

/**
 * Batched inserts leave many small segments, and a query reads every segment of a term. Merge
 * them now, a bounded amount of work per transaction, before the tables go live.
 */
function mergeSegments(db: Db, table: string): void {
  const merge = stmt(db, `INSERT INTO ${table} (${table}, rank) VALUES ('merge', 2000)`)
  const changes = stmt<[], { n: number }>(db, 'SELECT total_changes() AS n')
  for (;;) {
    const before = changes.get()?.n ?? 0
    db.transaction(() => merge.run()).immediate()
    // FTS5: a delta below 2 means the merge found nothing left to do.
    if ((changes.get()?.n ?? 0) - before < 2) {
      return
    }
  }
}

/** Rebuilds every search table from the store of record. Synchronous: run it in a worker. */
export function reindexAll(db: Db, opts: RebuildOptions = {}): RebuildResult {
  const started = performance.now()
  const batchSize = opts.batchSize ?? 500
  db.transaction(() => {
    stmt(db, 'UPDATE search_state SET rebuild_seq = ? WHERE id = 1').run(lastQueued(db))
    db.exec(dropSql(NEXT) + createTablesSql(NEXT))
  }).immediate()
  const total =
    stmt<[], { n: number }>(
      db,
      'SELECT (SELECT COUNT(*) FROM documents) + (SELECT COUNT(*) FROM tasks) AS n',
    ).get()?.n ?? 0
  let done = 0
  const progress = (n: number): void => {
    done += n
    opts.onProgress?.(done, total)
  }
  const documents = inBatches(
    db,
    'documents',
    batchSize,
    (id) => indexDocument(db, id, NEXT),
    progress,
  )
  const tasks = inBatches(db, 'tasks', batchSize, (id) => indexTask(db, id, NEXT), progress)
  for (const key of ['meta', 'all', 'tasks'] as const) {
    mergeSegments(db, NEXT[key])
  }
  db.transaction(() => {
    const { rebuild_seq } = stmt<[], { rebuild_seq: number | null }>(
      db,
      'SELECT rebuild_seq FROM search_state WHERE id = 1',
    ).get() ?? { rebuild_seq: null }
    db.exec(dropSql(LIVE))
    for (const key of ['meta', 'all', 'tasks'] as const) {
      db.exec(`ALTER TABLE ${NEXT[key]} RENAME TO ${LIVE[key]}`)
    }
    // Everything queued after the rebuild began is applied again to the new tables.
    stmt(
      db,
      'UPDATE search_state SET synced_seq = ?, rebuild_seq = NULL, format = ? WHERE id = 1',
    ).run(rebuild_seq ?? 0, INDEX_FORMAT)
    stmt(db, 'DELETE FROM search_dirty WHERE seq <= ?').run(rebuild_seq ?? 0)
  }).immediate()
  return { documents, tasks, ms: Math.round(performance.now() - started) }
}

/** Whether the index was written by this version of the text preparation. */
export function indexFormatCurrent(db: Db): boolean {
  return (
    stmt<[], { format: number }>(db, 'SELECT format FROM search_state WHERE id = 1').get()
      ?.format === INDEX_FORMAT
  )
}
