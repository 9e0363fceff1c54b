import { doKhanLabels } from '../../../../shared/domain/levels'
import type { SavedQuery } from '../../api/search'
import { formatDate } from '../../ui/format'
import { directionLabels, searchStatusLabel } from './labels'

/** A saved search in one line: «words» · Quyết định · Văn bản đến · 01/01/2026 – 31/03/2026. */
export function describeQuery(query: SavedQuery, typeName: (code: string) => string): string {
  const range =
    query.from || query.to
      ? `${query.from ? formatDate(query.from) : '…'} – ${query.to ? formatDate(query.to) : '…'}`
      : null
  return [
    query.q.trim() ? `«${query.q.trim()}»` : null,
    query.direction ? directionLabels[query.direction] : null,
    query.loaiVanBan ? typeName(query.loaiVanBan) : null,
    query.coQuanBanHanh ?? null,
    range,
    query.status ? searchStatusLabel(query.status) : null,
    query.doKhan ? doKhanLabels[query.doKhan] : null,
  ]
    .filter((part): part is string => part !== null && part !== '')
    .join(' · ')
}
