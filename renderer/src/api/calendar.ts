import { useQueryClient } from '@tanstack/react-query'
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
