import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { QueryClient, UseMutationResult, UseQueryResult } from '@tanstack/react-query'
import type { Input } from '../../../shared/api/contract'
import type { LoginResult, SessionInfo } from '../../../shared/api/types'
import { setAuthNotice } from './auth-notice'
import { call, isApiError, isAuthLost } from './client'
import { keys, publicRoots } from './keys'

/** Forgets everything the signed-in person could see; the gate then shows the login screen. */
export function signOutLocally(client: QueryClient): void {
  client.setQueryData(keys.session, null)
  client.removeQueries({
    predicate: (q) => !publicRoots.has(String(q.queryKey[0])),
  })
}

/** The current session, or null when nobody is signed in. */
export function useSession(): UseQueryResult<SessionInfo | null> {
  return useQuery({
    queryKey: keys.session,
    queryFn: async () => {
      try {
        return await call('auth.session', {})
      } catch (err) {
        if (isAuthLost(err)) {
          // A plain "not signed in" on start needs no notice; an expiry deserves one.
          if (isApiError(err, 'SESSION_EXPIRED')) {
            setAuthNotice(err.message)
          }
          return null
        }
        throw err
      }
    },
    staleTime: Infinity,
    meta: { ownAuthErrors: true },
  })
}

export function useLogin(): UseMutationResult<LoginResult, Error, Input<'auth.login'>> {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: Input<'auth.login'>) => call('auth.login', input),
    // A wrong password is UNAUTHENTICATED too: the login form shows it, not the global handler.
    meta: { ownAuthErrors: true },
    onSuccess: (result) => {
      setAuthNotice(null)
      client.setQueryData(keys.session, result)
    },
  })
}

export function useLogout(): UseMutationResult<null, Error, void> {
  const client = useQueryClient()
  return useMutation({
    mutationFn: () => call('auth.logout', {}),
    meta: { ownAuthErrors: true },
    // Signed out locally even if the session had already ended on the server.
    onSettled: () => signOutLocally(client),
  })
}

export function useChangePassword(): UseMutationResult<null, Error, Input<'auth.changePassword'>> {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: Input<'auth.changePassword'>) => call('auth.changePassword', input),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.session }),
  })
}
