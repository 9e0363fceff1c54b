import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query'
import { setAuthNotice } from '../api/auth-notice'
import { signOutLocally } from '../api/auth'
import { isApiError, isAuthLost } from '../api/client'

/**
 * One client for the app. Any call that finds the session gone (expired, or ended because the
 * account was locked) sends the person back to the login screen with the core's message.
 */
export function createQueryClient(): QueryClient {
  const onError = (err: unknown, meta: Record<string, unknown> | undefined): void => {
    if (meta?.['ownAuthErrors'] === true || !isAuthLost(err)) {
      return
    }
    setAuthNotice(err.message)
    signOutLocally(client)
  }
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: (err, query) => onError(err, query.meta) }),
    mutationCache: new MutationCache({
      onError: (err, _vars, _ctx, mutation) => onError(err, mutation.meta),
    }),
    defaultOptions: {
      queries: {
        // Only a lost connection is worth retrying; the core's refusals will not change.
        retry: (count, err) => isApiError(err, 'NETWORK') && count < 2,
        refetchOnWindowFocus: false,
        staleTime: 30_000,
      },
      mutations: { retry: false },
    },
  })
  return client
}
