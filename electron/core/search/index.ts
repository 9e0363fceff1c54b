import type { Db } from '../db/open'
import { LIVE, type IndexTables } from './schema'
import { documentBodyParts, documentReach, documentSource, taskSource } from './sources'
import { stmt } from './statements'
import { exactText, filterColumn, foldedWithNumbers, numberColumn, withPairs } from './tokens'

// Writing one document or task into the FTS5 tables. Writers need not call these: triggers queue
// every change (migration 0060) and search catches up before it answers (sync.ts). A writer may
// still call indexDocument inside its transaction to have the change searchable at once.

const joined = (parts: readonly (string | null)[]): string =>
  parts.filter((p): p is string => p !== null && p !== '').join('\n')

/** Replaces a document's rows in the index; removes them when the document no longer exists. */
export function indexDocument(db: Db, id: number, tables: IndexTables = LIVE): void {
  const src = documentSource(db, id)
  if (src === null) {
    removeDocument(db, id, tables)
    return
  }
  const others = joined([src.loai, src.coQuan, src.nguoiKy, src.chucVuNguoiKy, src.noiNhan])
  const so = withPairs(numberColumn(src.soKyHieu))
  const tieu = withPairs(foldedWithNumbers(src.trichYeu))
  const meta = withPairs(foldedWithNumbers(others))
  const exact = withPairs(exactText(`${src.soKyHieu}\n${src.trichYeu}\n${others}`))
  const f = filterColumn({ ...src, loai: src.loaiCode, ...documentReach(db, id) })
  stmt(
    db,
    `INSERT OR REPLACE INTO ${tables.meta} (rowid, so, exact, tieu, meta, f) VALUES (?, ?, ?, ?, ?, ?)`,
  ).run(id, so, exact, tieu, meta, f)
  const body = withPairs(foldedWithNumbers(documentBodyParts(db, id).join('\n')))
  stmt(
    db,
    `INSERT OR REPLACE INTO ${tables.all} (rowid, so, tieu, meta, body, f) VALUES (?, ?, ?, ?, ?, ?)`,
  ).run(id, so, tieu, meta, body, f)
}

export function removeDocument(db: Db, id: number, tables: IndexTables = LIVE): void {
  stmt(db, `DELETE FROM ${tables.meta} WHERE rowid = ?`).run(id)
  stmt(db, `DELETE FROM ${tables.all} WHERE rowid = ?`).run(id)
}

/** Replaces a task's row in the task index; removes it when the task no longer exists. */
export function indexTask(db: Db, id: number, tables: IndexTables = LIVE): void {
  const src = taskSource(db, id)
  if (src === null) {
    removeTask(db, id, tables)
    return
  }
  stmt(db, `INSERT OR REPLACE INTO ${tables.tasks} (rowid, tieu, body) VALUES (?, ?, ?)`).run(
    id,
    withPairs(foldedWithNumbers(src.title)),
    withPairs(foldedWithNumbers(src.body)),
  )
}

export function removeTask(db: Db, id: number, tables: IndexTables = LIVE): void {
  stmt(db, `DELETE FROM ${tables.tasks} WHERE rowid = ?`).run(id)
}
