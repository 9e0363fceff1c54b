import type { Db } from '../db/open'
import { indexDocument, indexTask } from './index'
import { stmt } from './statements'

// Catching the index up with the queue the triggers fill (migration 0060). Every search calls
// syncIndex first, so what was written is found by the next search; a bounded batch keeps that
// call short, and a backlog beyond it (a bulk import, an upgrade) is left to a rebuild in the
// worker while search answers from what is indexed.

type State = { synced_seq: number; rebuild_seq: number | null; format: number }

export function indexState(db: Db): State {
  const s = stmt<[], State>(
    db,
    'SELECT synced_seq, rebuild_seq, format FROM search_state WHERE id = 1',
  ).get()
  if (!s) {
    throw new Error('search_state is missing: the search migration has not run')
  }
  return s
}

/** Queue entries not yet applied to the live index. */
export function pendingChanges(db: Db): number {
  const { synced_seq } = indexState(db)
  return (
    stmt<[number], { n: number }>(db, 'SELECT COUNT(*) AS n FROM search_dirty WHERE seq > ?').get(
      synced_seq,
    )?.n ?? 0
  )
}

export type SyncResult = Readonly<{ indexed: number; pending: number }>

/**
 * Applies up to `max` queued changes to the live index in one transaction. Returns how many
 * documents and tasks were (re)indexed and how many queue entries remain.
 */
export function syncIndex(db: Db, max = 500): SyncResult {
  if (db.readonly) {
    return { indexed: 0, pending: pendingChanges(db) }
  }
  // The common case, nothing queued, costs one index probe and takes no write lock.
  const queued = stmt<[], { seq: number }>(
    db,
    'SELECT seq FROM search_dirty WHERE seq > (SELECT synced_seq FROM search_state WHERE id = 1) LIMIT 1',
  ).get()
  if (!queued) {
    return { indexed: 0, pending: 0 }
  }
  // Read and applied in one IMMEDIATE transaction: a rebuild in another connection cannot move
  // the state between the read and the write.
  const indexed = db
    .transaction((): number | null => {
      const state = indexState(db)
      const rows = stmt<[number, number], { seq: number; kind: 'd' | 't'; id: number }>(
        db,
        'SELECT seq, kind, id FROM search_dirty WHERE seq > ? ORDER BY seq LIMIT ?',
      ).all(state.synced_seq, max)
      const last = rows[rows.length - 1]?.seq
      if (last === undefined) {
        return null
      }
      const docs = new Set<number>()
      const tasks = new Set<number>()
      for (const r of rows) {
        ;(r.kind === 'd' ? docs : tasks).add(r.id)
      }
      for (const id of docs) {
        indexDocument(db, id)
      }
      for (const id of tasks) {
        indexTask(db, id)
      }
      stmt(db, 'UPDATE search_state SET synced_seq = ? WHERE id = 1').run(last)
      // While a rebuild runs, entries after its start are kept: they are replayed onto the
      // rebuilt tables once they replace these.
      const keepAfter = state.rebuild_seq === null ? last : Math.min(last, state.rebuild_seq)
      stmt(db, 'DELETE FROM search_dirty WHERE seq <= ?').run(keepAfter)
      return docs.size + tasks.size
    })
    .immediate()
  if (indexed === null) {
    return { indexed: 0, pending: 0 }
  }
  return { indexed, pending: pendingChanges(db) }
}
