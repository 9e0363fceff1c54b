import { useQuery } from '@tanstack/react-query'
import type { UseQueryResult } from '@tanstack/react-query'
import type { InboxBox, InboxItem, InboxSummary } from '../../../shared/api/task-types'
import { call } from './client'

export const inboxKeys = {
  all: ['inbox'] as const,
  summary: ['inbox', 'summary'] as const,
  list: (box: InboxBox) => ['inbox', 'list', box] as const,
}

/**
 * Others present, assign and ask for time too: opening the boxes, coming back to the window, and
 * every minute in between, the counts are asked again, so a badge never lies for long.
 */
const fresh = { staleTime: 0, refetchOnWindowFocus: true, refetchInterval: 60_000 } as const

/** The count of every box: each is the number of rows that box opens, never a stored guess. */
export function useInboxSummary(): UseQueryResult<InboxSummary> {
  return useQuery({
    queryKey: inboxKeys.summary,
    queryFn: () => call('inbox.summary', {}),
    ...fresh,
  })
}

export function useInboxList(box: InboxBox, enabled: boolean): UseQueryResult<InboxItem[]> {
  return useQuery({
    queryKey: inboxKeys.list(box),
    queryFn: () => call('inbox.list', { box }),
    enabled,
    ...fresh,
  })
}
