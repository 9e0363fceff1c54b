import { doKhanCodes, type DoKhan } from '../../../../shared/domain/levels'
import type { SavedQuery } from '../../api/search'

// The search screen's state lives in its URL (/tra-cuu?q=…&loaiVanBan=…&page=2), under the same
// names as the contract's query, so a link can be shared, Back undoes a step, and a saved search
// is the URL it came from.

export type SearchState = Readonly<{ query: SavedQuery; page: number }>

/** The filters, in the order the filter bar shows them. */
export const filterKeys = [
  'direction',
  'loaiVanBan',
  'coQuanBanHanh',
  'from',
  'to',
  'status',
  'doKhan',
] as const
export type FilterKey = (typeof filterKeys)[number]

const isoDay = (v: string | null): string | undefined =>
  v !== null && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : undefined

const text = (v: string | null, max: number): string | undefined =>
  v !== null && v.trim() !== '' ? v.slice(0, max) : undefined

const positive = (v: string | null): number | undefined => {
  const n = Number(v)
  return v !== null && Number.isInteger(n) && n > 0 ? n : undefined
}

const directionOf = (v: string | null): 'in' | 'out' | undefined =>
  v === 'in' || v === 'out' ? v : undefined

const doKhanOf = (v: string | null): DoKhan | undefined =>
  (doKhanCodes as readonly (string | null)[]).includes(v) ? (v as DoKhan) : undefined

/** Reads the URL; anything malformed (an edited link) is dropped rather than sent. */
export function readSearch(search: URLSearchParams): SearchState {
  return {
    query: {
      q: (search.get('q') ?? '').slice(0, 500),
      direction: directionOf(search.get('direction')),
      loaiVanBan: text(search.get('loaiVanBan'), 40),
      coQuanBanHanh: text(search.get('coQuanBanHanh'), 200),
      from: isoDay(search.get('from')),
      to: isoDay(search.get('to')),
      status: text(search.get('status'), 40),
      doKhan: doKhanOf(search.get('doKhan')),
    },
    page: positive(search.get('page')) ?? 1,
  }
}

/** Only what is set goes into the URL, q first. */
export function writeSearch({ query, page }: SearchState): URLSearchParams {
  const out = new URLSearchParams()
  if (query.q.trim() !== '') {
    out.set('q', query.q)
  }
  for (const key of filterKeys) {
    const value = query[key]
    if (value !== undefined && value !== '') {
      out.set(key, value)
    }
  }
  if (page > 1) {
    out.set('page', String(page))
  }
  return out
}

/** The search screen's address for a query: from the header box and saved searches. */
export function searchPath(query: Partial<SavedQuery>): string {
  const params = writeSearch({ query: { q: '', ...query }, page: 1 }).toString()
  return params === '' ? '/tra-cuu' : `/tra-cuu?${params}`
}

/** Every filter cleared, as a patch. */
export const noFilters: Readonly<Record<FilterKey, undefined>> = {
  direction: undefined,
  loaiVanBan: undefined,
  coQuanBanHanh: undefined,
  from: undefined,
  to: undefined,
  status: undefined,
  doKhan: undefined,
}

/** A filter is set: worth asking the core even without words. */
export const hasFilters = (query: SavedQuery): boolean =>
  filterKeys.some((key) => query[key] !== undefined && query[key] !== '')

/** The query without empty fields, as it is saved and sent. */
export function cleanQuery(query: SavedQuery): SavedQuery {
  return readSearch(writeSearch({ query, page: 1 })).query
}
