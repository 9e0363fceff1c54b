import {
  defaultHolidays,
  mergeHolidays,
  type Holiday,
  type HolidayKind,
} from '../../../shared/calendar/holidays'
import { WorkCalendar } from '../../../shared/calendar/working-days'
import type { Db } from '../db/open'

export type OverrideKind = HolidayKind | 'khong_nghi'
export type CalendarDay = Omit<Holiday, 'kind'> & {
  kind: OverrideKind
  source: 'default' | 'admin'
}

type Row = { date: string; kind: OverrideKind; name: string }

function overrides(db: Db, fromYear: number, toYear: number): Row[] {
  return db
    .prepare<[string, string], Row>(
      'SELECT date, kind, name FROM holiday_overrides WHERE date BETWEEN ? AND ? ORDER BY date',
    )
    .all(`${fromYear}-01-01`, `${toYear}-12-31`)
}

// The law's defaults for a year never change at run time (the lunar arithmetic behind Tết is
// the costly part), so each year is computed once per process; admin entries are read fresh.
const defaultCache = new Map<number, CalendarDay[]>()
function defaultsOf(year: number): CalendarDay[] {
  let days = defaultCache.get(year)
  if (!days) {
    days = defaultHolidays(year).map((h) => ({ ...h, source: 'default' as const }))
    defaultCache.set(year, days)
  }
  return days
}

/**
 * The days off and make-up days of a span of years: defaults, with each admin entry replacing
 * the default of its date ("khong_nghi" removes it).
 */
export function calendarDays(
  db: Db,
  fromYear: number,
  toYear: number,
  keepRemovals = false,
): CalendarDay[] {
  const defaults: CalendarDay[] = []
  for (let y = fromYear; y <= toYear; y++) {
    defaults.push(...defaultsOf(y))
  }
  const admin = overrides(db, fromYear, toYear).map((r) => ({ ...r, source: 'admin' as const }))
  // mergeHolidays only reads the date; the extra kind travels through untouched.
  const merged = mergeHolidays(defaults as Holiday[], admin as Holiday[]) as CalendarDay[]
  return keepRemovals ? merged : merged.filter((d) => d.kind !== 'khong_nghi')
}

/** A WorkCalendar covering the years a deadline from `date` can reach. */
export function workCalendarAround(db: Db, date: string, spanYears = 2): WorkCalendar {
  const year = Number(date.slice(0, 4))
  return new WorkCalendar(calendarDays(db, year - 1, year + spanYears) as Holiday[])
}

export function setOverride(
  db: Db,
  date: string,
  kind: OverrideKind,
  name: string,
  userId: number | null,
  now: string,
): void {
  db.prepare(
    `INSERT INTO holiday_overrides (date, kind, name, updated_by, updated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (date) DO UPDATE SET kind = excluded.kind, name = excluded.name,
       updated_by = excluded.updated_by, updated_at = excluded.updated_at`,
  ).run(date, kind, name, userId, now)
}

export function removeOverride(db: Db, date: string): boolean {
  return db.prepare('DELETE FROM holiday_overrides WHERE date = ?').run(date).changes === 1
}
