import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query'
import type { UseQueryResult } from '@tanstack/react-query'
import type { DocumentTypeEntry, Issuer } from '../../../shared/api/document-types'
import { call } from './client'
import { keys } from './keys'

/** Document types (Quyết định, Công văn, Nghị định …) with their abbreviations. */
export function useDocumentTypes(): UseQueryResult<DocumentTypeEntry[]> {
  return useQuery({
    queryKey: keys.documentTypes,
    queryFn: () => call('catalog.documentTypes', {}),
    staleTime: Infinity,
  })
}

/** Issuing bodies matching what was typed, with or without diacritics; most used first. */
export function useIssuers(q: string, limit = 10): UseQueryResult<Issuer[]> {
  const text = q.trim()
  return useQuery({
    queryKey: keys.issuers(text),
    queryFn: () => call('issuers.search', { q: text, limit }),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  })
}

/** A lookup to run on demand (when the clerk leaves the field), sharing the cache above. */
export function useIssuerLookup(limit = 10): (q: string) => Promise<Issuer[]> {
  const client = useQueryClient()
  return (q: string) => {
    const text = q.trim()
    return client.fetchQuery({
      queryKey: keys.issuers(text),
      queryFn: () => call('issuers.search', { q: text, limit }),
      staleTime: 60_000,
    })
  }
}
