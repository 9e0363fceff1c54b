import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { UseMutationResult, UseQueryResult } from '@tanstack/react-query'
import type { Input, Output } from '../../../shared/api/contract'
import type { User } from '../../../shared/api/types'
import { call } from './client'
import { keys } from './keys'

/** Every user, locked ones included; the screen filters in place. */
export function useUsers(): UseQueryResult<User[]> {
  return useQuery({
    queryKey: keys.users,
    queryFn: () => call('users.list', { includeDisabled: true }),
  })
}

type UserWrite =
  'users.create' | 'users.update' | 'users.setDisabled' | 'users.resetPassword' | 'users.delete'

function useUserWrite<M extends UserWrite>(
  method: M,
): UseMutationResult<Output<M>, Error, Input<M>> {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: Input<M>) => call(method, input),
    onSuccess: async () => {
      await Promise.all([
        client.invalidateQueries({ queryKey: keys.users }),
        // An admin may edit their own name, position or unit.
        client.invalidateQueries({ queryKey: keys.session }),
      ])
    },
  })
}

export const useCreateUser = (): UseMutationResult<User, Error, Input<'users.create'>> =>
  useUserWrite('users.create')
export const useUpdateUser = (): UseMutationResult<User, Error, Input<'users.update'>> =>
  useUserWrite('users.update')
export const useSetUserDisabled = (): UseMutationResult<User, Error, Input<'users.setDisabled'>> =>
  useUserWrite('users.setDisabled')
export const useResetPassword = (): UseMutationResult<null, Error, Input<'users.resetPassword'>> =>
  useUserWrite('users.resetPassword')
export const useDeleteUser = (): UseMutationResult<null, Error, Input<'users.delete'>> =>
  useUserWrite('users.delete')
