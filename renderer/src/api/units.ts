import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { UseMutationResult, UseQueryResult } from '@tanstack/react-query'
import type { Input } from '../../../shared/api/contract'
import type { Unit } from '../../../shared/api/types'
import { call } from './client'
import { keys } from './keys'

/** Every unit, the disabled ones included: screens decide what to hide. */
export function useUnits(): UseQueryResult<Unit[]> {
  return useQuery({
    queryKey: keys.units,
    queryFn: () => call('units.list', { includeDisabled: true }),
  })
}

function useUnitWrite<M extends 'units.create' | 'units.update' | 'units.setDisabled'>(
  method: M,
): UseMutationResult<Unit, Error, Input<M>> {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: Input<M>) => call(method, input) as Promise<Unit>,
    onSuccess: async () => {
      await Promise.all([
        client.invalidateQueries({ queryKey: keys.units }),
        // The header shows the signed-in person's unit name.
        client.invalidateQueries({ queryKey: keys.session }),
      ])
    },
  })
}

export const useCreateUnit = (): UseMutationResult<Unit, Error, Input<'units.create'>> =>
  useUnitWrite('units.create')
export const useUpdateUnit = (): UseMutationResult<Unit, Error, Input<'units.update'>> =>
  useUnitWrite('units.update')
export const useSetUnitDisabled = (): UseMutationResult<Unit, Error, Input<'units.setDisabled'>> =>
  useUnitWrite('units.setDisabled')
