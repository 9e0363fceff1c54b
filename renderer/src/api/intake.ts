import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { UseMutationResult, UseQueryResult } from '@tanstack/react-query'
import type { Input } from '../../../shared/api/contract'
import type { IntakeItem } from '../../../shared/api/document-types'
import { call } from './client'
import { keys } from './keys'

/** Files waiting to be registered. Only clerks may read the queue. */
export function useIntake(enabled = true): UseQueryResult<IntakeItem[]> {
  return useQuery({
    queryKey: keys.intake,
    queryFn: () => call('intake.list', {}),
    enabled,
    // The badge in the menu must not lie for long when another clerk takes an item.
    refetchInterval: 60_000,
  })
}

export function useAddIntake(): UseMutationResult<IntakeItem, Error, Input<'intake.add'>> {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: Input<'intake.add'>) => call('intake.add', input),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.intake }),
  })
}

export function useDismissIntake(): UseMutationResult<null, Error, Input<'intake.dismiss'>> {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: Input<'intake.dismiss'>) => call('intake.dismiss', input),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.intake }),
  })
}
