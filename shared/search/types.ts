import type { Direction } from '../api/document-types'
import type { DoKhan } from '../domain/levels'

// What a search asks and answers. The API method (issue 6) wraps these; the UI reads them.

export type SearchQuery = Readonly<{
  /** What the user typed: words with or without diacritics, numbers, "quoted phrases". */
  q: string
  direction?: Direction | undefined
  /** Document type code (document_types.code). */
  loaiVanBan?: string | undefined
  /** Issuing body, matched on its folded name as a whole (as the facet lists it). */
  coQuanBanHanh?: string | undefined
  /** Calendar dates, inclusive: ngày đến of incoming documents, ngày ban hành of outgoing ones. */
  from?: string | undefined
  to?: string | undefined
  status?: string | undefined
  doKhan?: DoKhan | undefined
  limit: number
  offset: number
  /** As the user types: the last word is a prefix, only metadata is searched, no facets. */
  asYouType?: boolean | undefined
}>

/** [start, end) offsets of a match in a string, in UTF-16 units. */
export type Mark = readonly [number, number]

export type SearchHit = Readonly<{
  id: number
  direction: Direction
  soKyHieu: string
  trichYeu: string
  /** Type name as the catalogue spells it. */
  loai: string
  coQuan: string | null
  /** Ngày đến of an incoming document, ngày ban hành of an outgoing one. */
  ngay: string | null
  status: string
  doKhan: DoKhan
  /** Higher is better; comparable within one answer only. */
  score: number
  /** The folded terms and phrases that matched, for marking other fields (highlightMarks). */
  highlights: readonly string[]
  /** Where the query matched in soKyHieu and trichYeu. */
  soKyHieuMarks: readonly Mark[]
  trichYeuMarks: readonly Mark[]
  /** A passage of the body (attachments, directions, tasks) around the first match, or null. */
  snippet: Readonly<{ text: string; marks: readonly Mark[] }> | null
}>

export type FacetValue = Readonly<{ value: string; label: string; count: number }>

export type SearchFacets = Readonly<{
  direction: readonly FacetValue[]
  loaiVanBan: readonly FacetValue[]
  coQuanBanHanh: readonly FacetValue[]
  status: readonly FacetValue[]
  doKhan: readonly FacetValue[]
}>

export type SearchResult = Readonly<{
  /** Matching documents the user may open. A lower bound when `totalExact` is false. */
  total: number
  /**
   * False when the query matches so many documents that counting them all would be slow:
   * `total` and the facet counts then cover the newest `total` of them ("hơn 500 kết quả").
   */
  totalExact: boolean
  hits: readonly SearchHit[]
  /** Null as the user types. */
  facets: SearchFacets | null
  /** Set when a word found nothing and a near word was searched instead: [typed, used]. */
  corrections: readonly (readonly [string, string])[]
  /** Changes not yet indexed (a large import or rebuild is catching up); 0 normally. */
  pending: number
}>

export type TaskHit = Readonly<{
  id: number
  title: string
  documentId: number | null
  deadline: string
  completedAt: string | null
  percent: number
  score: number
  titleMarks: readonly Mark[]
}>

export type TaskSearchResult = Readonly<{
  total: number
  totalExact: boolean
  hits: readonly TaskHit[]
}>
