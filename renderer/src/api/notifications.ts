import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { UseMutationResult, UseQueryResult } from '@tanstack/react-query'
import type { Input } from '../../../shared/api/contract'
import type { NotificationPage } from '../../../shared/api/task-types'
import { call } from './client'

const LIMIT = 50
const listKey = ['notifications', 'list', LIMIT] as const
/** The bell is the only way to hear of new work in a browser tab: it keeps asking. */
const REFRESH_EVERY_MS = 60_000

export function useNotifications(): UseQueryResult<NotificationPage> {
  return useQuery({
    queryKey: listKey,
    queryFn: () => call('notifications.list', { limit: LIMIT }),
    refetchInterval: REFRESH_EVERY_MS,
    // A tab in the background still learns of new work, so it can raise a system notification.
    refetchIntervalInBackground: true,
    refetchOnWindowFocus: true,
    staleTime: 0,
  })
}

export function useMarkNotificationsRead(): UseMutationResult<
  NotificationPage,
  Error,
  Input<'notifications.markRead'>
> {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: Input<'notifications.markRead'>) => call('notifications.markRead', input),
    onSuccess: async (page) => {
      // The reply is the first page, the same one the bell lists: show it at once.
      client.setQueryData(listKey, page)
      // Other views of notifications, if any, refresh; the bell's list needs no second trip.
      await client.invalidateQueries({
        queryKey: ['notifications'],
        predicate: (q) => q.queryKey[1] !== listKey[1],
      })
    },
  })
}
