import { useMutation } from '@tanstack/react-query'
import type { UseMutationResult } from '@tanstack/react-query'
import type { Input } from '../../../shared/api/contract'
import { call } from './client'

/** The incoming register printed for a period, as PDF or Excel bytes. */
export function useIncomingRegisterReport(): UseMutationResult<
  Uint8Array,
  Error,
  Input<'reports.incomingRegister'>
> {
  return useMutation({
    mutationFn: (input: Input<'reports.incomingRegister'>) =>
      call('reports.incomingRegister', input),
  })
}
