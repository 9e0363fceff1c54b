import type { Db } from '../db/open'
import { INDEX_FORMAT, LIVE } from './schema'
import { indexState, pendingChanges } from './sync'

// For `vanthu doctor`: does the index agree with the database? Compares the rows each FTS5 table
// holds (its docsize shadow table, one row per indexed rowid) with the documents and tasks.

export type IndexCheck = Readonly<{
  ok: boolean
  /** Vietnamese sentences for the operator; empty when ok. */
  problems: readonly string[]
  pending: number
  missingDocuments: number
  staleDocuments: number
  missingTasks: number
  staleTasks: number
}>

const countOf = (db: Db, sql: string): number => db.prepare<[], { n: number }>(sql).get()?.n ?? 0

export function checkIndex(db: Db): IndexCheck {
  const pending = pendingChanges(db)
  const missing = (table: string, indexed: string): number =>
    countOf(
      db,
      `SELECT COUNT(*) AS n FROM ${table} x WHERE NOT EXISTS (SELECT 1 FROM ${indexed}_docsize s WHERE s.id = x.id)`,
    )
  const stale = (table: string, indexed: string): number =>
    countOf(
      db,
      `SELECT COUNT(*) AS n FROM ${indexed}_docsize s WHERE NOT EXISTS (SELECT 1 FROM ${table} x WHERE x.id = s.id)`,
    )
  const missingDocuments = Math.max(missing('documents', LIVE.meta), missing('documents', LIVE.all))
  const staleDocuments = Math.max(stale('documents', LIVE.meta), stale('documents', LIVE.all))
  const missingTasks = missing('tasks', LIVE.tasks)
  const staleTasks = stale('tasks', LIVE.tasks)
  const problems: string[] = []
  if (indexState(db).format !== INDEX_FORMAT) {
    problems.push('Chỉ mục tìm kiếm được tạo bởi phiên bản khác: cần chạy `vanthu reindex`.')
  }
  // Entries still queued explain a difference; only what the queue will not fix is a problem.
  if (pending === 0 && missingDocuments + staleDocuments + missingTasks + staleTasks > 0) {
    problems.push(
      `Chỉ mục tìm kiếm lệch với dữ liệu (thiếu ${missingDocuments} văn bản, thừa ${staleDocuments}; ` +
        `thiếu ${missingTasks} nhiệm vụ, thừa ${staleTasks}): cần chạy \`vanthu reindex\`.`,
    )
  }
  return {
    ok: problems.length === 0,
    problems,
    pending,
    missingDocuments,
    staleDocuments,
    missingTasks,
    staleTasks,
  }
}
