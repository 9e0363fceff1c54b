// Public holidays (Bộ luật Lao động 2019, Điều 112) as a first draft of each year's table.
//
// The Government announces the real arrangement every year (the Tết block, the extra Quốc
// khánh day, swapped and make-up days), so these defaults only seed the admin-editable
// table; the admin's entries always win (mergeHolidays). DOMAIN §5.
import { addDays, compareIso, dayOfWeek, isoDate, isWeekend, parseIsoDate } from './iso-date'
import type { IsoDate } from './iso-date'
import { lunarToSolar, solarToLunar } from './lunar'

export const holidayKinds = ['nghi_le', 'nghi_bu', 'lam_bu'] as const

/**
 * nghi_le: public holiday, a day off; nghi_bu: compensatory or swapped day off;
 * lam_bu: a Saturday or Sunday that is worked (make-up day).
 */
export type HolidayKind = (typeof holidayKinds)[number]

export type Holiday = Readonly<{ date: IsoDate; kind: HolidayKind; name: string }>

const tetDayNames = ['mùng 1', 'mùng 2', 'mùng 3', 'mùng 4'] as const

/**
 * Tết Âm lịch: five days. The law fixes the number, not the days; our default is the last day
 * of the old lunar year (29 or 30 Tết, whichever the month has) plus mùng 1 to mùng 4. Each
 * year's notice (e.g. TB 9441/TB-BNV for 2026) usually moves the block; admins edit the table.
 */
function tetHolidays(year: number): Holiday[] {
  const newYear = lunarToSolar(1, 1, year)
  const eve = addDays(newYear, -1)
  // Tháng Chạp has 29 or 30 days; people call the eve by that number.
  const eveName = `Tết Âm lịch (${solarToLunar(eve).day} Tết)`
  return [
    { date: eve, kind: 'nghi_le', name: eveName },
    ...tetDayNames.map((dayName, index): Holiday => ({
      date: addDays(newYear, index),
      kind: 'nghi_le',
      name: `Tết Âm lịch (${dayName})`,
    })),
  ]
}

/**
 * Quốc khánh: 02/9 plus "01 ngày liền kề trước hoặc sau", chosen yearly. Default: the
 * adjacent day that joins the break to a weekend, as the announcements of 2021–2025 did:
 * 02/9 on Mon → 03/9 (01/9 is a Sunday anyway); Tue → 01/9; Thu → 03/9; Fri → 01/9;
 * Sat → 01/9 (Friday); Sun → 03/9 (Monday). On a Wednesday neither side reaches a weekend
 * and we take 01/9, the day the law names first.
 */
export function quocKhanhExtraDay(year: number): IsoDate {
  const dow = dayOfWeek(isoDate(year, 9, 2))
  const after = dow === 1 || dow === 4 || dow === 0
  return isoDate(year, 9, after ? 3 : 1)
}

function fixedHolidays(year: number): Holiday[] {
  const extra = quocKhanhExtraDay(year)
  return [
    { date: isoDate(year, 1, 1), kind: 'nghi_le', name: 'Tết Dương lịch' },
    { date: lunarToSolar(10, 3, year), kind: 'nghi_le', name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)' },
    { date: isoDate(year, 4, 30), kind: 'nghi_le', name: 'Ngày Chiến thắng (30/4)' },
    { date: isoDate(year, 5, 1), kind: 'nghi_le', name: 'Ngày Quốc tế Lao động (01/5)' },
    { date: isoDate(year, 9, 2), kind: 'nghi_le', name: 'Quốc khánh (02/9)' },
    { date: extra, kind: 'nghi_le', name: 'Quốc khánh (ngày liền kề)' },
  ]
}

/**
 * Điều 112.3: a holiday that falls on the weekly rest day is made up by a day off after it.
 * Each weekend holiday, in date order, takes the first weekday after it that is neither a
 * holiday nor already taken as a compensatory day, so 30/4 on Saturday and 01/5 on Sunday
 * give Monday 02/5 and Tuesday 03/5.
 */
function compensatoryDays(holidays: readonly Holiday[]): Holiday[] {
  const taken = new Set(holidays.map((holiday) => holiday.date))
  const result: Holiday[] = []
  const onWeekend = holidays
    .filter((holiday) => holiday.kind === 'nghi_le' && isWeekend(holiday.date))
    .sort((a, b) => compareIso(a.date, b.date))
  for (const holiday of onWeekend) {
    let candidate = addDays(holiday.date, 1)
    while (isWeekend(candidate) || taken.has(candidate)) {
      candidate = addDays(candidate, 1)
    }
    taken.add(candidate)
    result.push({ date: candidate, kind: 'nghi_bu', name: `Nghỉ bù ${holiday.name}` })
  }
  return result
}

function byDate(a: Holiday, b: Holiday): number {
  return compareIso(a.date, b.date)
}

/**
 * The default holiday table of a solar year: 11 days of nghỉ lễ plus their nghỉ bù. Giỗ Tổ
 * never meets 30/4 or 01/5 from 1948 to 2100, so the days never overlap in the years the law
 * covers (checked by the tests for 2021–2100).
 */
export function defaultHolidays(year: number): Holiday[] {
  const holidays = [...fixedHolidays(year), ...tetHolidays(year)].sort(byDate)
  return [...holidays, ...compensatoryDays(holidays)].sort(byDate)
}

/**
 * Lays admin entries over the defaults: an override for a date replaces whatever the defaults
 * had on that date (one entry per date; among overrides the later one wins). Sorted by date.
 */
export function mergeHolidays(
  defaults: readonly Holiday[],
  overrides: readonly Holiday[],
): Holiday[] {
  const byDay = new Map<IsoDate, Holiday>()
  for (const holiday of [...defaults, ...overrides]) {
    parseIsoDate(holiday.date)
    byDay.set(holiday.date, holiday)
  }
  return [...byDay.values()].sort(byDate)
}
