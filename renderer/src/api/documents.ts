import { useCallback } from 'react'
import {
  keepPreviousData,
  useMutation,
  useQueries,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query'
import type { UseMutationResult, UseQueryResult } from '@tanstack/react-query'
import type { Input } from '../../../shared/api/contract'
import type {
  DocumentDetail,
  DocumentPage,
  DuplicateMatch,
} from '../../../shared/api/document-types'
import { call } from './client'
import { keys } from './keys'

export type DocumentFilter = Omit<Input<'documents.list'>, 'offset' | 'limit'>
export type DuplicateQuery = Input<'documents.checkDuplicates'>

export function useDocument(id: number | null): UseQueryResult<DocumentDetail> {
  return useQuery({
    queryKey: keys.document(id ?? 0),
    queryFn: () => call('documents.get', { id: id ?? 0 }),
    enabled: id !== null,
  })
}

export type PagesResult = Readonly<{
  /** Loaded pages by their offset. */
  pages: ReadonlyMap<number, DocumentPage>
  /** The total as the core counted it on the latest page received; null before any. */
  total: number | null
  fetching: boolean
  error: Error | null
  refetch: () => void
}>

/**
 * The pages of a document list that are wanted now (those around what the table shows).
 * Pages already fetched stay cached, so scrolling back is instant; nothing loads them all.
 */
export function useDocumentPages(
  filter: DocumentFilter,
  offsets: readonly number[],
  limit: number,
): PagesResult {
  // Stable, so TanStack re-runs it only when a page arrives, not on every render.
  const combine = useCallback(
    (results: UseQueryResult<DocumentPage>[]): PagesResult => {
      const pages = new Map<number, DocumentPage>()
      let total: number | null = null
      results.forEach((r, i) => {
        const offset = offsets[i]
        if (r.data && offset !== undefined) {
          pages.set(offset, r.data)
        }
        if (r.data && total === null) {
          total = r.data.total
        }
      })
      return {
        pages,
        total,
        fetching: results.some((r) => r.isFetching),
        error: results.find((r) => r.error)?.error ?? null,
        refetch: () => results.forEach((r) => void r.refetch()),
      }
    },
    [offsets],
  )
  return useQueries({
    queries: offsets.map((offset) => ({
      queryKey: keys.documentPage(filter, offset, limit),
      queryFn: () => call('documents.list', { ...filter, offset, limit }),
    })),
    combine,
  })
}

/** Documents that look like the one being registered: same number and issuer, or same file. */
export function useDuplicateCheck(
  input: DuplicateQuery,
  enabled: boolean,
): UseQueryResult<DuplicateMatch[]> {
  return useQuery({
    queryKey: keys.duplicates(input),
    queryFn: () => call('documents.checkDuplicates', input),
    enabled,
    staleTime: 10_000,
    placeholderData: keepPreviousData,
  })
}

function useDocumentWrite<M extends 'documents.registerIncoming' | 'documents.updateIncoming'>(
  method: M,
): UseMutationResult<DocumentDetail, Error, Input<M>> {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: Input<M>) => call(method, input) as Promise<DocumentDetail>,
    onSuccess: async (doc) => {
      client.setQueryData(keys.document(doc.id), doc)
      await Promise.all([
        client.invalidateQueries({ queryKey: keys.documents }),
        // The next số đến moved on; an intake item may have left the queue.
        client.invalidateQueries({ queryKey: keys.registers }),
        client.invalidateQueries({ queryKey: keys.intake }),
        client.invalidateQueries({ queryKey: ['issuers'] }),
      ])
    },
  })
}

export const useRegisterIncoming = (): UseMutationResult<
  DocumentDetail,
  Error,
  Input<'documents.registerIncoming'>
> => useDocumentWrite('documents.registerIncoming')

export const useUpdateIncoming = (): UseMutationResult<
  DocumentDetail,
  Error,
  Input<'documents.updateIncoming'>
> => useDocumentWrite('documents.updateIncoming')
