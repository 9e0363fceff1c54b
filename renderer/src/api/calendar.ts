import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { UseMutationResult, UseQueryResult } from '@tanstack/react-query'
import type { Input } from '../../../shared/api/contract'
import type { CalendarDayEntry } from '../../../shared/api/methods/calendar'
import { call } from './client'

/**
 * "N ngày làm việc" from a date, by the core's calendar (weekends, holidays, days the admin
 * moved). Cached per (from, days): the answer only changes when an admin edits the calendar.
 */
export function useAddWorkingDays(): (from: string, days: number) => Promise<string> {
  const client = useQueryClient()
  return async (from, days) => {
    const r = await client.fetchQuery({
      queryKey: ['calendar', 'addWorkingDays', from, days],
      queryFn: () => call('calendar.addWorkingDays', { from, days }),
      staleTime: 10 * 60_000,
    })
    return r.date
  }
}

/** The special days of one year (defaults by law plus the admin's entries), for the admin. */
export function useHolidays(year: number): UseQueryResult<CalendarDayEntry[]> {
  return useQuery({
    queryKey: ['calendar', 'holidays', year],
    queryFn: () => call('calendar.holidays', { year }),
    staleTime: 10 * 60_000,
  })
}

function useCalendarWrite<M extends 'calendar.setDay' | 'calendar.resetDay'>(
  method: M,
): UseMutationResult<CalendarDayEntry[], Error, Input<M>> {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: Input<M>) => call(method, input) as Promise<CalendarDayEntry[]>,
    // Every calendar query starts with this key: cached deadlines are worked out again too.
    onSuccess: () => client.invalidateQueries({ queryKey: ['calendar'] }),
  })
}

export const useSetCalendarDay = (): UseMutationResult<
  CalendarDayEntry[],
  Error,
  Input<'calendar.setDay'>
> => useCalendarWrite('calendar.setDay')
export const useResetCalendarDay = (): UseMutationResult<
  CalendarDayEntry[],
  Error,
  Input<'calendar.resetDay'>
> => useCalendarWrite('calendar.resetDay')
