import { z } from 'zod'
import { doKhanSchema } from '../../domain/levels'
import type { SearchResult, TaskSearchResult } from '../../search/types'
import { admin, method } from '../define'
import type { IndexStatus, SavedSearch } from '../search-types'
import { idSchema, isoDateSchema, requiredText } from '../schemas'

// Tra cứu (issue 6): one search for documents and tasks, permission-aware in the core, saved
// searches per person, and the index's upkeep for admins and `vanthu doctor`.

const everyone = 'session' as const

/** What a search asks; the same shape is saved as a saved search. */
export const searchQuerySchema = z.object({
  q: z.string().max(500, 'Nội dung tìm kiếm dài tối đa 500 ký tự'),
  direction: z.enum(['in', 'out']).optional(),
  loaiVanBan: z.string().max(40).optional(),
  coQuanBanHanh: z.string().max(200).optional(),
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
  status: z.string().max(40).optional(),
  doKhan: doKhanSchema.optional(),
})

export const searchMethods = {
  'search.documents': method<SearchResult>()({
    input: searchQuerySchema.extend({
      limit: z.number().int().min(1).max(100).default(20),
      offset: z.number().int().min(0).max(10_000).default(0),
      /** As the user types: the last word is a prefix, metadata only, no facets. */
      asYouType: z.boolean().default(false),
    }),
    access: everyone,
    writes: false,
  }),
  'search.tasks': method<TaskSearchResult>()({
    input: z.object({
      q: z.string().max(500),
      limit: z.number().int().min(1).max(50).default(10),
      asYouType: z.boolean().default(false),
    }),
    access: everyone,
    writes: false,
  }),
  'search.saved': method<SavedSearch[]>()({ input: z.object({}), access: everyone, writes: false }),
  'search.save': method<SavedSearch>()({
    input: z.object({ name: requiredText('tên tìm kiếm', 100), query: searchQuerySchema }),
    access: everyone,
    writes: true,
  }),
  'search.deleteSaved': method<null>()({
    input: z.object({ id: idSchema }),
    access: everyone,
    writes: true,
  }),
  /** Rebuilds the index in a worker; searches keep answering from the old one meanwhile. */
  'search.reindex': method<IndexStatus>()({ input: z.object({}), access: admin, writes: true }),
  'search.status': method<IndexStatus>()({ input: z.object({}), access: admin, writes: false }),
}
