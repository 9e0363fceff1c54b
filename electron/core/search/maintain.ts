import type { IndexStatus } from '../../../shared/api/search-types'
import type { CoreDeps } from '../context'
import { CoreError } from '../errors'
import { checkIndex } from './doctor'
import { indexFormatCurrent } from './rebuild'
import { indexState, pendingChanges, syncIndex } from './sync'

// Keeping the index whole over time. Small backlogs are caught up by the next search (sync.ts);
// a large one (an upgrade that queued every existing document, an import from another process)
// or an index of an older format is rebuilt in a worker thread on its own connection
// (jobs/registry searchRebuild), beside the live tables, so searches keep answering meanwhile.

/** Above this many queued changes a rebuild is cheaper than catching up search by search. */
export const REBUILD_BACKLOG = 2000

const rebuilding = new WeakMap<object, Promise<IndexStatus>>()
const LAST_REBUILD = 'search.lastRebuild'

export function indexStatus(deps: CoreDeps): IndexStatus {
  const check = checkIndex(deps.db)
  const documents =
    deps.db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM documents').get()?.n ?? 0
  const last = deps.db
    .prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?')
    .get(LAST_REBUILD)
  return {
    ok: check.ok,
    problems: [...check.problems],
    documents,
    indexedDocuments: documents - check.missingDocuments,
    pending: check.pending,
    rebuilding: rebuilding.has(deps.db),
    lastRebuild: last ? (JSON.parse(last.value) as IndexStatus['lastRebuild']) : null,
  }
}

/** Rebuilds the whole index in a worker; refuses while another rebuild of this store runs. */
export function rebuildIndex(deps: CoreDeps): Promise<IndexStatus> {
  if (rebuilding.has(deps.db)) {
    throw new CoreError('CONFLICT', 'Chỉ mục đang được dựng lại; hãy chờ lần này xong')
  }
  const run = async (): Promise<IndexStatus> => {
    try {
      const result = await deps.jobs.runAlone('searchRebuild', {
        database: deps.paths.database,
        nativeBinding: deps.config.nativeBinding,
      })
      deps.db
        .prepare(
          'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
        )
        .run(LAST_REBUILD, JSON.stringify({ ...result, at: deps.clock().toISOString() }))
    } finally {
      rebuilding.delete(deps.db)
    }
    syncIndex(deps.db)
    return indexStatus(deps)
  }
  const job = run()
  rebuilding.set(deps.db, job)
  return job
}

/**
 * For the long-lived doors (the desktop window, `vanthu serve`) right after opening: starts a
 * rebuild in the background when the index is of an older format, far behind, or was left
 * half-rebuilt. Returns the
 * rebuild under way, or null when none was needed.
 */
export function keepIndexFresh(deps: CoreDeps): Promise<IndexStatus> | null {
  if (deps.db.readonly) {
    return null
  }
  const pending = pendingChanges(deps.db)
  const current = indexFormatCurrent(deps.db)
  // A rebuild that was under way when the app closed left its mark: run it again.
  const interrupted = indexState(deps.db).rebuild_seq !== null
  if (current && !interrupted && pending <= REBUILD_BACKLOG) {
    return null
  }
  deps.log.info('search.rebuild.start', { pending, formatCurrent: current, interrupted })
  const job = rebuildIndex(deps)
  job.then(
    (s) => deps.log.info('search.rebuild.done', { ...s.lastRebuild }),
    (err: unknown) => deps.log.error('search.rebuild.failed', { error: String(err) }),
  )
  return job
}

/**
 * Applies the whole queue now. For a process that has just written many documents (an import),
 * so they are searchable before it ends instead of slowing the next person's first searches.
 */
export function catchUpIndex(deps: CoreDeps): number {
  let indexed = 0
  for (;;) {
    const r = syncIndex(deps.db, 500)
    indexed += r.indexed
    if (r.pending === 0 || r.indexed === 0) {
      return indexed
    }
  }
}
