import type { Statement } from 'better-sqlite3'
import type { Db } from '../db/open'

// Search runs the same few statements thousands of times (an index rebuild, every keystroke);
// preparing one costs more than running it, so each connection keeps its own.
const cache = new WeakMap<Db, Map<string, Statement>>()

export function stmt<P extends unknown[] | object = unknown[], R = unknown>(
  db: Db,
  sql: string,
): Statement<P, R> {
  let byText = cache.get(db)
  if (!byText) {
    byText = new Map()
    cache.set(db, byText)
  }
  let s = byText.get(sql)
  if (!s) {
    s = db.prepare(sql)
    byText.set(sql, s)
  }
  return s as Statement<P, R>
}
