import { doKhanLabels, type DoKhan } from '../../../shared/domain/levels'
import type { FacetValue, SearchFacets } from '../../../shared/search/types'
import type { Db } from '../db/open'
import { stmt } from './statements'
import type { FacetRow } from './window'

// Counts per filter value over the candidates of the broadest pass (window.ts): the documents
// this user may open that match the words and the filters already chosen. Counted here because
// the window holds them already; a GROUP BY would walk the matches a second time.

const DIRECTION_LABELS: Readonly<Record<string, string>> = { in: 'Văn bản đến', out: 'Văn bản đi' }
const TOP_ISSUERS = 20

function count(
  rows: readonly FacetRow[],
  key: (r: FacetRow) => string | null,
  label: (value: string) => string,
  limit = Infinity,
): FacetValue[] {
  const counts = new Map<string, number>()
  for (const r of rows) {
    const value = key(r)
    if (value !== null && value !== '') {
      counts.set(value, (counts.get(value) ?? 0) + 1)
    }
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, limit)
    .map(([value, n]) => ({ value, label: label(value), count: n }))
}

/** The name as written on one document, for each folded issuer key shown. */
function issuerNames(
  db: Db,
  rows: readonly FacetRow[],
  keys: readonly string[],
): Map<string, string> {
  const idOf = new Map<string, number>()
  for (const r of rows) {
    if (r.coQuanKey !== null && !idOf.has(r.coQuanKey)) {
      idOf.set(r.coQuanKey, r.id)
    }
  }
  const ids = keys.map((k) => idOf.get(k)).filter((id): id is number => id !== undefined)
  return new Map(
    stmt<[string], { key: string; name: string }>(
      db,
      `SELECT co_quan_fold AS key, co_quan_ban_hanh AS name FROM documents
       WHERE id IN (SELECT value FROM json_each(?))`,
    )
      .all(JSON.stringify(ids))
      .map((r) => [r.key, r.name]),
  )
}

export function facetsOf(db: Db, rows: readonly FacetRow[]): SearchFacets {
  const typeNames = new Map(
    stmt<[], { code: string; name: string }>(db, 'SELECT code, name FROM document_types')
      .all()
      .map((t) => [t.code, t.name]),
  )
  const topIssuers = count(
    rows,
    (r) => r.coQuanKey,
    (v) => v,
    TOP_ISSUERS,
  )
  const names = issuerNames(
    db,
    rows,
    topIssuers.map((f) => f.value),
  )
  // The value is the name as written on a document; the filter compares it folded.
  const issuers = topIssuers.map((f) => {
    const name = names.get(f.value) ?? f.value
    return { value: name, label: name, count: f.count }
  })
  return {
    direction: count(
      rows,
      (r) => r.direction,
      (v) => DIRECTION_LABELS[v] ?? v,
    ),
    loaiVanBan: count(
      rows,
      (r) => r.loai,
      (v) => typeNames.get(v) ?? v,
    ),
    coQuanBanHanh: issuers,
    status: count(
      rows,
      (r) => r.status,
      (v) => v,
    ),
    doKhan: count(
      rows,
      (r) => r.doKhan,
      (v) => doKhanLabels[v as DoKhan] ?? v,
    ),
  }
}
