// Working days and deadlines. "Ngày làm việc" excludes Saturdays, Sundays and holidays
// (DOMAIN §5); the holiday table is the admin-edited one, so every rule reads it from here.
//
// Counting follows BLDS 2015 Điều 144–148: the day of the triggering event is not counted,
// and a period whose last day is a day off ends on the next working day.
import { addDays, compareIso, isWeekend, parseIsoDate } from './iso-date'
import type { IsoDate } from './iso-date'
import type { Holiday } from './holidays'

function checkCount(n: number, what: string): void {
  if (!Number.isInteger(n)) {
    throw new RangeError(`${what} phải là số nguyên: ${n}`)
  }
}

export class WorkCalendar {
  private readonly byDate: ReadonlyMap<IsoDate, Holiday>

  /**
   * Holidays of any years, in any order. One entry counts per date: when a list holds two
   * for the same date the later one wins, as mergeHolidays does.
   */
  constructor(holidays: readonly Holiday[]) {
    const byDate = new Map<IsoDate, Holiday>()
    for (const holiday of holidays) {
      parseIsoDate(holiday.date)
      byDate.set(holiday.date, holiday)
    }
    this.byDate = byDate
  }

  /** The table entry for a date, if any (a day off, or a worked weekend day). */
  holidayOn(date: IsoDate): Holiday | undefined {
    parseIsoDate(date)
    return this.byDate.get(date)
  }

  isWorkingDay(date: IsoDate): boolean {
    const entry = this.holidayOn(date)
    if (entry !== undefined) {
      return entry.kind === 'lam_bu'
    }
    return !isWeekend(date)
  }

  /** The first working day strictly after `date`. */
  nextWorkingDay(date: IsoDate): IsoDate {
    let day = addDays(date, 1)
    while (!this.isWorkingDay(day)) {
      day = addDays(day, 1)
    }
    return day
  }

  /** The last working day strictly before `date`. */
  previousWorkingDay(date: IsoDate): IsoDate {
    let day = addDays(date, -1)
    while (!this.isWorkingDay(day)) {
      day = addDays(day, -1)
    }
    return day
  }

  /**
   * Deadline of "n ngày làm việc" from `from`: `from` itself is not counted; the result is the
   * n-th working day after it. n = 0 gives `from` when it is a working day, else the next one
   * (work that is due "the same day" cannot be due on a day off). A negative n counts back:
   * the result is the working day with |n| working days from it up to, not including, `from`.
   */
  addWorkingDays(from: IsoDate, n: number): IsoDate {
    checkCount(n, 'Số ngày làm việc')
    if (n === 0) {
      return this.isWorkingDay(from) ? from : this.nextWorkingDay(from)
    }
    let day = from
    for (let left = Math.abs(n); left > 0; left -= 1) {
      day = n > 0 ? this.nextWorkingDay(day) : this.previousWorkingDay(day)
    }
    return day
  }

  /**
   * Working days after `a` up to and including `b`; negative (the count after `b` up to and
   * including `a`) when b < a. So addWorkingDays(a, n) = b gives back n for n > 0.
   */
  workingDaysBetween(a: IsoDate, b: IsoDate): number {
    const order = compareIso(a, b)
    if (order === 0) {
      return 0
    }
    const [start, end] = order < 0 ? [a, b] : [b, a]
    let count = 0
    for (let day = addDays(start, 1); compareIso(day, end) <= 0; day = addDays(day, 1)) {
      if (this.isWorkingDay(day)) {
        count += 1
      }
    }
    return order < 0 ? count : -count
  }

  /**
   * Deadline of a period of n calendar days ("n ngày"): the day of `from` is not counted, so the
   * period ends on from + n; if that is a day off it ends on the next working day.
   */
  deadlineFromCalendarDays(from: IsoDate, n: number): IsoDate {
    checkCount(n, 'Số ngày')
    if (n < 0) {
      throw new RangeError(`Số ngày không được âm: ${n}`)
    }
    const end = addDays(from, n)
    return this.isWorkingDay(end) ? end : this.nextWorkingDay(end)
  }
}
