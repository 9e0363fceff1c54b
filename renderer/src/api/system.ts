import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { UseMutationResult, UseQueryResult } from '@tanstack/react-query'
import type { Input } from '../../../shared/api/contract'
import type { SetupResult, SystemInfo } from '../../../shared/api/types'
import { call } from './client'
import { keys } from './keys'

export function useSystemInfo(): UseQueryResult<SystemInfo> {
  return useQuery({ queryKey: keys.systemInfo, queryFn: () => call('system.info', {}) })
}

export function useSetup(): UseMutationResult<SetupResult, Error, Input<'setup.init'>> {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: Input<'setup.init'>) => call('setup.init', input),
    onSuccess: async (result) => {
      client.setQueryData<SystemInfo | undefined>(keys.systemInfo, (info) =>
        info ? { ...info, setupDone: true, agency: result.agency } : info,
      )
      if (result.login) {
        client.setQueryData(keys.session, result.login)
      } else {
        await client.invalidateQueries({ queryKey: keys.session })
      }
    },
  })
}
