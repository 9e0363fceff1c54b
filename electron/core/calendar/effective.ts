import type { Holiday } from '../../../shared/calendar/holidays'
import { WorkCalendar } from '../../../shared/calendar/working-days'
import type { EffectiveDeadline } from '../../../shared/tasks/buckets'
import type { Db } from '../db/open'
import { calendarDays } from './service'

/**
 * Rolls a deadline that falls on a day off to the next working day (DOMAIN §5), reading the
 * admin-edited holiday table. Built per call: the table is tiny and an admin may just have
 * changed it, so nothing is cached across calls and no answer can be stale.
 */
export function effectiveDeadlines(db: Db): EffectiveDeadline {
  const calendars = new Map<number, WorkCalendar>()
  const memo = new Map<string, string>()
  return (deadline) => {
    const known = memo.get(deadline)
    if (known !== undefined) {
      return known
    }
    const year = Number(deadline.slice(0, 4))
    let calendar = calendars.get(year)
    if (!calendar) {
      calendar = new WorkCalendar(calendarDays(db, year - 1, year + 1) as Holiday[])
      calendars.set(year, calendar)
    }
    const due = calendar.isWorkingDay(deadline) ? deadline : calendar.nextWorkingDay(deadline)
    memo.set(deadline, due)
    return due
  }
}
