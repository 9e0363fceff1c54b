import type { SearchQuery } from '../../../shared/search/types'
import { cleanSpaces, fold } from '../../../shared/text/normalize'
import type { Clause, Scope } from '../access/scope'
import { filterToken } from './tokens'

// The search screen's filters, twice: as tokens of the index's filter column (search/tokens.ts
// filterColumn), so FTS5 intersects them with the words and a rare type or a short date range
// costs no more than a common one; and as SQL on alias `d`, which decides exactly (the day
// bounds of a date range, a status changed since it was indexed).

export type Filters = Pick<
  SearchQuery,
  'direction' | 'loaiVanBan' | 'coQuanBanHanh' | 'from' | 'to' | 'status' | 'doKhan'
>

export const coQuanKey = (name: string): string => cleanSpaces(fold(name))

/** The date a search shows and filters on: ngày đến in, ngày ban hành out. */
function dateClause(direction: 'in' | 'out', from?: string, to?: string): Clause {
  const column = direction === 'in' ? 'd.ngay_den' : 'd.ngay_ban_hanh'
  const parts = [`d.direction = '${direction}'`]
  const params: unknown[] = []
  if (from) {
    parts.push(`${column} >= ?`)
    params.push(from)
  }
  if (to) {
    parts.push(`${column} <= ?`)
    params.push(to)
  }
  return { sql: `(${parts.join(' AND ')})`, params }
}

export function filterClause(f: Filters): Clause | null {
  const where: string[] = []
  const params: unknown[] = []
  const add = (sql: string, ...values: unknown[]): void => {
    where.push(sql)
    params.push(...values)
  }
  if (f.direction) {
    add('d.direction = ?', f.direction)
  } else if (f.status) {
    // Lets documents_status (direction, status) serve a status filter on both directions.
    add("d.direction IN ('in', 'out')")
  }
  if (f.status) {
    add('d.status = ?', f.status)
  }
  if (f.loaiVanBan) {
    add('d.loai_van_ban = ?', f.loaiVanBan)
  }
  if (f.coQuanBanHanh) {
    add('d.co_quan_fold = ?', coQuanKey(f.coQuanBanHanh))
  }
  if (f.doKhan) {
    add('d.do_khan = ?', f.doKhan)
  }
  if (f.from || f.to) {
    const dirs = f.direction ? [f.direction] : (['in', 'out'] as const)
    const clauses = dirs.map((dir) => dateClause(dir, f.from, f.to))
    add(`(${clauses.map((c) => c.sql).join(' OR ')})`, ...clauses.flatMap((c) => c.params))
  }
  return where.length > 0 ? { sql: where.join(' AND '), params } : null
}

/** Months [from, to] as year and month tokens: whole years where the range covers them. */
function dateTokens(from: string, to: string): string[] | null {
  const tokens: string[] = []
  let y = Number(from.slice(0, 4))
  let m = Number(from.slice(5, 7))
  const endY = Number(to.slice(0, 4))
  const endM = Number(to.slice(5, 7))
  while (y < endY || (y === endY && m <= endM)) {
    if (m === 1 && (y < endY || endM === 12)) {
      tokens.push(filterToken('y', String(y)))
      y++
      continue
    }
    tokens.push(filterToken('m', `${y}-${String(m).padStart(2, '0')}`))
    m = m === 12 ? 1 : m + 1
    y = m === 1 ? y + 1 : y
    if (tokens.length > 40) {
      // A range this wide narrows little: the SQL alone decides it.
      return null
    }
  }
  return tokens
}

/** The filters as an FTS5 expression on column f, or null when none can be expressed so. */
export function filterExpression(f: Filters): string | null {
  const q = (t: string): string => `"${t}"`
  const groups: string[] = []
  if (f.direction) {
    groups.push(q(filterToken('d', f.direction)))
  }
  if (f.loaiVanBan) {
    groups.push(q(filterToken('l', f.loaiVanBan)))
  }
  if (f.coQuanBanHanh) {
    groups.push(q(filterToken('c', coQuanKey(f.coQuanBanHanh))))
  }
  if (f.status) {
    groups.push(q(filterToken('s', f.status)))
  }
  if (f.doKhan) {
    groups.push(q(filterToken('k', f.doKhan)))
  }
  // Only a closed range: an open one ("since 2020") is wide and the SQL bound suffices.
  if (f.from && f.to && f.from <= f.to) {
    const dates = dateTokens(f.from, f.to)
    if (dates !== null) {
      groups.push(dates.length === 1 ? q(dates[0] ?? '') : `(${dates.map(q).join(' OR ')})`)
    }
  }
  return groups.length > 0 ? `f : (${groups.join(' AND ')})` : null
}

/**
 * Who the actor reaches, as an FTS5 expression on column f: their own person, and the units
 * through which the visibility rules (documents/access.ts) let them see documents. Null for
 * those who see every ordinary document: narrowing would not pay. A superset on purpose: the
 * visibility clause in SQL still decides each document.
 */
export function reachExpression(scope: Scope, isSpecialist: boolean): string | null {
  if (scope.kind !== 'user' || scope.wide) {
    return null
  }
  const units = scope.units.length > 0 ? scope.units : isSpecialist ? [scope.unitId] : []
  const tokens = [
    filterToken('p', String(scope.userId)),
    ...units.map((u) => filterToken('u', String(u))),
  ]
  return `f : (${tokens.map((t) => `"${t}"`).join(' OR ')})`
}
