import { useQuery } from '@tanstack/react-query'
import type { UseQueryResult } from '@tanstack/react-query'
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
