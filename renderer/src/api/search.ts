import {
  keepPreviousData,
  useMutation,
  useQueries,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query'
import type { UseMutationResult, UseQueryResult } from '@tanstack/react-query'
import type { Input } from '../../../shared/api/contract'
import type { SavedSearch } from '../../../shared/api/search-types'
import type { SearchResult, TaskSearchResult } from '../../../shared/search/types'
import { useDebounced } from '../ui/use-debounced'
import { call } from './client'

export type DocumentSearch = Input<'search.documents'>
export type TaskSearch = Input<'search.tasks'>
export type SavedQuery = Input<'search.save'>['query']

// Keys of issue 6: every search under ['search'], so saving or deleting a saved search, or any
// write elsewhere that invalidates ['search'], refreshes every answer on screen.
export const searchKeys = {
  all: ['search'] as const,
  documents: (input: DocumentSearch) => ['search', 'documents', input] as const,
  tasks: (input: TaskSearch) => ['search', 'tasks', input] as const,
  saved: ['search', 'saved'] as const,
}

/** Typing asks the core once the keys pause this long: the core answers in milliseconds. */
const TYPING_PAUSE = 150

/**
 * The input once it has stopped changing. Compared as JSON so a new object with the same
 * fields (every render makes one) does not restart the pause.
 */
function useSettled<T>(input: T): T {
  const settled = useDebounced(JSON.stringify(input), TYPING_PAUSE)
  return JSON.parse(settled) as T
}

/** Documents matching a query; the previous answer stays on screen while the next one comes. */
export function useSearchDocuments(
  input: DocumentSearch,
  enabled = true,
): UseQueryResult<SearchResult> {
  const settled = useSettled(input)
  return useQuery({
    queryKey: searchKeys.documents(settled),
    queryFn: () => call('search.documents', settled),
    enabled,
    placeholderData: keepPreviousData,
    // Documents change under other hands; a search opened again asks again.
    staleTime: 0,
  })
}

/**
 * Several document searches at once, settled together: the search screen asks, for each filter
 * that is set, the same query without that filter, so its list still counts the other values.
 */
export function useSearchDocumentsMany(
  inputs: readonly DocumentSearch[],
): UseQueryResult<SearchResult>[] {
  const settled = useSettled(inputs)
  return useQueries({
    queries: settled.map((input) => ({
      queryKey: searchKeys.documents(input),
      queryFn: () => call('search.documents', input),
      placeholderData: keepPreviousData,
      staleTime: 0,
    })),
  })
}

/** Tasks matching the words, limited by the core to those the person may see. */
export function useSearchTasks(
  input: TaskSearch,
  enabled = true,
): UseQueryResult<TaskSearchResult> {
  const settled = useSettled(input)
  return useQuery({
    queryKey: searchKeys.tasks(settled),
    queryFn: () => call('search.tasks', settled),
    enabled,
    placeholderData: keepPreviousData,
    staleTime: 0,
  })
}

/** The person's own saved searches, by name. */
export function useSavedSearches(): UseQueryResult<SavedSearch[]> {
  return useQuery({
    queryKey: searchKeys.saved,
    queryFn: () => call('search.saved', {}),
  })
}

export function useSaveSearch(): UseMutationResult<SavedSearch, Error, Input<'search.save'>> {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: Input<'search.save'>) => call('search.save', input),
    onSuccess: () => client.invalidateQueries({ queryKey: searchKeys.saved }),
  })
}

export function useDeleteSavedSearch(): UseMutationResult<
  null,
  Error,
  Input<'search.deleteSaved'>
> {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: Input<'search.deleteSaved'>) => call('search.deleteSaved', input),
    onSuccess: () => client.invalidateQueries({ queryKey: searchKeys.saved }),
  })
}
