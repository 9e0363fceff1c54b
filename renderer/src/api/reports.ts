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

/** Báo cáo tình hình thực hiện nhiệm vụ for a period (and a unit with its sub-units). */
export function useTaskReport(): UseMutationResult<Uint8Array, Error, Input<'reports.taskReport'>> {
  return useMutation({
    mutationFn: (input: Input<'reports.taskReport'>) => call('reports.taskReport', input),
  })
}

/** Sổ theo dõi giải quyết văn bản đến for a period, as PDF or Excel bytes. */
export function useIncomingTrackingReport(): UseMutationResult<
  Uint8Array,
  Error,
  Input<'reports.incomingTracking'>
> {
  return useMutation({
    mutationFn: (input: Input<'reports.incomingTracking'>) =>
      call('reports.incomingTracking', input),
  })
}
