import type { FacetValue, SearchFacets } from '../../../../shared/search/types'
import { useSearchDocumentsMany, type SavedQuery } from '../../api/search'
import { cleanQuery, hasFilters } from './search-params'

export const facetKeys = ['direction', 'loaiVanBan', 'coQuanBanHanh', 'status', 'doKhan'] as const
export type FacetKey = (typeof facetKeys)[number]

/** Each filter's values with counts, or null where nothing was counted (no words, no filter). */
export type FacetLists = Readonly<Record<FacetKey, readonly FacetValue[] | null>>

const asked = (query: SavedQuery): boolean => query.q.trim() !== '' || hasFilters(query)

/**
 * The counts each filter shows. The core counts over the documents that match every chosen
 * filter, so a chosen filter's own list would hold only the chosen value; for each chosen one
 * the same query is asked once more without it (one hit, counts only), so the list still says
 * how many the other values would find: "Quyết định (12)" beside "Công văn (30)".
 */
export function useFacets(query: SavedQuery, main: SearchFacets | null | undefined): FacetLists {
  const chosen = facetKeys.filter((key) => query[key] !== undefined)
  const without = chosen.map((key) => cleanQuery({ ...query, [key]: undefined }))
  const asking = without.filter(asked)
  const answers = useSearchDocumentsMany(asking.map((q) => ({ ...q, limit: 1, offset: 0 })))
  const lists = {} as Record<FacetKey, readonly FacetValue[] | null>
  for (const key of facetKeys) {
    const at = chosen.indexOf(key)
    if (at < 0) {
      lists[key] = main?.[key] ?? null
      continue
    }
    const index = asking.indexOf(without[at] as SavedQuery)
    lists[key] = index < 0 ? null : (answers[index]?.data?.facets?.[key] ?? null)
  }
  return lists
}
