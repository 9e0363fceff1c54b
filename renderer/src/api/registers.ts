import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { UseMutationResult, UseQueryResult } from '@tanstack/react-query'
import type { Input } from '../../../shared/api/contract'
import type { Direction, NextNumber, Register } from '../../../shared/api/document-types'
import { call } from './client'
import { keys } from './keys'

/** The registers of one direction that are in use, the default one first. */
export function useRegisters(direction: Direction): UseQueryResult<Register[]> {
  return useQuery({
    queryKey: [...keys.registers, direction],
    queryFn: async () => {
      const list = await call('registers.list', { direction })
      return list
        .filter((r) => !r.disabled)
        .sort((a, b) => Number(b.isDefault) - Number(a.isDefault))
    },
    staleTime: 5 * 60_000,
  })
}

/**
 * The number the next registration will most likely get. Only a hint: the core assigns the
 * real one when it saves, so it is re-read after every save and never cached for long.
 */
export function useNextNumber(
  registerId: number | undefined,
  year: number,
): UseQueryResult<NextNumber> {
  return useQuery({
    queryKey: keys.nextNumber(registerId ?? 0, year),
    queryFn: () => call('registers.nextNumber', { registerId: registerId ?? 0, year }),
    enabled: registerId !== undefined,
    staleTime: 0,
    refetchInterval: 30_000,
  })
}

/** Every register of both directions, the disabled ones included: for the admin screen. */
export function useAllRegisters(): UseQueryResult<Register[]> {
  return useQuery({
    queryKey: [...keys.registers, 'all'],
    queryFn: () => call('registers.list', { includeDisabled: true }),
  })
}

function useRegisterWrite<
  M extends 'registers.create' | 'registers.update' | 'registers.setDisabled',
>(method: M): UseMutationResult<Register, Error, Input<M>> {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: Input<M>) => call(method, input) as Promise<Register>,
    // Every register query starts with this key: the clerk's pickers see the change at once.
    onSuccess: () => client.invalidateQueries({ queryKey: keys.registers }),
  })
}

export const useCreateRegister = (): UseMutationResult<
  Register,
  Error,
  Input<'registers.create'>
> => useRegisterWrite('registers.create')
export const useUpdateRegister = (): UseMutationResult<
  Register,
  Error,
  Input<'registers.update'>
> => useRegisterWrite('registers.update')
export const useSetRegisterDisabled = (): UseMutationResult<
  Register,
  Error,
  Input<'registers.setDisabled'>
> => useRegisterWrite('registers.setDisabled')
