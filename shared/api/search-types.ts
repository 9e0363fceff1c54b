import type { z } from 'zod'
import type { searchQuerySchema } from './methods/search'

export type SavedQuery = z.output<typeof searchQuerySchema>

/** A search a person kept, offered again on the search screen. */
export type SavedSearch = { id: number; name: string; query: SavedQuery; createdAt: string }

/** The index against the database: what `vanthu doctor` and the admin see. */
export type IndexStatus = {
  ok: boolean
  /** Vietnamese sentences for the operator; empty when ok. */
  problems: string[]
  documents: number
  indexedDocuments: number
  pending: number
  /** A rebuild is running in the background. */
  rebuilding: boolean
  lastRebuild: { documents: number; tasks: number; ms: number; at: string } | null
}
