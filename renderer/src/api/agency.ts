import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { UseMutationResult, UseQueryResult } from '@tanstack/react-query'
import type { Input } from '../../../shared/api/contract'
import type { Agency } from '../../../shared/api/types'
import { call } from './client'
import { keys } from './keys'

export function useAgency(): UseQueryResult<Agency> {
  return useQuery({ queryKey: keys.agency, queryFn: () => call('agency.get', {}) })
}

export function useUpdateAgency(): UseMutationResult<Agency, Error, Input<'agency.update'>> {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: Input<'agency.update'>) => call('agency.update', input),
    onSuccess: async (agency) => {
      client.setQueryData(keys.agency, agency)
      // The header, the login screen and the unit tree all show the agency's name.
      await Promise.all([
        client.invalidateQueries({ queryKey: keys.systemInfo }),
        client.invalidateQueries({ queryKey: keys.session }),
        client.invalidateQueries({ queryKey: keys.units }),
      ])
    },
  })
}
