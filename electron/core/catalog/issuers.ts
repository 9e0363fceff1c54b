import MiniSearch from 'minisearch'
import type { Issuer } from '../../../shared/api/document-types'
import { cleanSpaces, fold, nfc } from '../../../shared/text/normalize'
import type { Db } from '../db/open'

// The directory of issuing bodies grows as clerks type new names. Its lookups run in memory
// with MiniSearch (ARCHITECTURE §4): a few thousand names, answered as the clerk types,
// forgiving missing diacritics and small typos. The store of record is the issuers table.

export const issuerKey = (name: string): string => cleanSpaces(fold(name))

type Row = { id: number; name: string; code: string | null; use_count: number }

/** The issuer for a name, created on first use; its use count drives the suggestions. */
export function upsertIssuer(db: Db, name: string, now: string): number {
  const clean = cleanSpaces(nfc(name))
  const key = issuerKey(clean)
  const found = db
    .prepare<[string], { id: number }>('SELECT id FROM issuers WHERE name_key = ?')
    .get(key)
  if (found) {
    db.prepare('UPDATE issuers SET use_count = use_count + 1 WHERE id = ?').run(found.id)
    return found.id
  }
  return Number(
    db
      .prepare('INSERT INTO issuers (name, name_key, use_count, created_at) VALUES (?, ?, 1, ?)')
      .run(clean, key, now).lastInsertRowid,
  )
}

type Cached = { stamp: string; index: MiniSearch<Row>; byId: Map<number, Row> }
const cache = new WeakMap<Db, Cached>()

function indexFor(db: Db): Cached {
  // Rebuilt when a name is added or a count moves: cheap at directory sizes.
  const stamp = JSON.stringify(
    db.prepare('SELECT COUNT(*) AS n, MAX(id) AS m, SUM(use_count) AS u FROM issuers').get(),
  )
  const hit = cache.get(db)
  if (hit && hit.stamp === stamp) {
    return hit
  }
  const rows = db.prepare<[], Row>('SELECT id, name, code, use_count FROM issuers').all()
  const index = new MiniSearch<Row>({
    fields: ['name', 'code'],
    storeFields: [],
    processTerm: (term) => fold(term),
    searchOptions: {
      prefix: true,
      // Fuzziness only on longer words: short Vietnamese syllables would flood (TOOLCHAIN.md).
      fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
      combineWith: 'AND',
    },
  })
  index.addAll(rows)
  const built = { stamp, index, byId: new Map(rows.map((r) => [r.id, r])) }
  cache.set(db, built)
  return built
}

export function searchIssuers(db: Db, q: string, limit: number): Issuer[] {
  const { index, byId } = indexFor(db)
  const toIssuer = (r: Row): Issuer => ({
    id: r.id,
    name: r.name,
    code: r.code,
    useCount: r.use_count,
  })
  if (cleanSpaces(q) === '') {
    return [...byId.values()]
      .sort((a, b) => b.use_count - a.use_count)
      .slice(0, limit)
      .map(toIssuer)
  }
  return index
    .search(q)
    .map((hit) => ({ hit, row: byId.get(hit.id as number) }))
    .filter((x): x is { hit: (typeof x)['hit']; row: Row } => x.row !== undefined)
    .sort(
      (a, b) =>
        b.hit.score * Math.log2(2 + b.row.use_count) - a.hit.score * Math.log2(2 + a.row.use_count),
    )
    .slice(0, limit)
    .map((x) => toIssuer(x.row))
}
