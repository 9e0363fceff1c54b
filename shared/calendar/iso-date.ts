// Calendar dates as ISO strings `YYYY-MM-DD`. Arithmetic goes through a plain day number
// (days since 1970-01-01) computed by integer formulas, so no time zone or local clock can
// shift a date: a deadline must come out the same on every machine.

export type IsoDate = string

export type DateParts = Readonly<{ year: number; month: number; day: number }>

/** Day of week as JavaScript numbers it: 0 = Chủ nhật (Sunday) … 6 = thứ Bảy (Saturday). */
export type DayOfWeek = 0 | 1 | 2 | 3 | 4 | 5 | 6

const isoPattern = /^(\d{4})-(\d{2})-(\d{2})$/

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    return isLeapYear(year) ? 29 : 28
  }
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0')
}

/** Builds a date from its parts; throws a RangeError for an impossible date (2026-02-30). */
export function isoDate(year: number, month: number, day: number): IsoDate {
  if (!Number.isInteger(year) || year < 1 || year > 9999) {
    throw new RangeError(`Năm không hợp lệ: ${year}`)
  }
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw new RangeError(`Tháng không hợp lệ: ${month}`)
  }
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`Ngày không hợp lệ: ${pad(day, 2)}/${pad(month, 2)}/${year}`)
  }
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`
}

/** Splits and validates an ISO date; throws a RangeError for anything malformed. */
export function parseIsoDate(date: string): DateParts {
  const match = typeof date === 'string' ? isoPattern.exec(date) : null
  if (match === null) {
    throw new RangeError(`Ngày không đúng dạng YYYY-MM-DD: ${String(date)}`)
  }
  const year = Number(match[1])
  const month = Number(match[2])
  const day = Number(match[3])
  // Reuse the builder's checks so both doors reject the same dates.
  isoDate(year, month, day)
  return { year, month, day }
}

export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') {
    return false
  }
  try {
    parseIsoDate(value)
    return true
  } catch {
    return false
  }
}

// Days from civil date, proleptic Gregorian (the well-known era-based integer method).
function dayNumberOf(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yearOfEra = y - era * 400
  const monthIndex = month > 2 ? month - 3 : month + 9
  const dayOfYear = Math.floor((153 * monthIndex + 2) / 5) + day - 1
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100)
  return era * 146097 + dayOfEra + dayOfYear - 719468
}

/** Days since 1970-01-01 (that day is 0). */
export function toDayNumber(date: IsoDate): number {
  const { year, month, day } = parseIsoDate(date)
  return dayNumberOf(year, month, day)
}

export function fromDayNumber(dayNumber: number): IsoDate {
  if (!Number.isInteger(dayNumber)) {
    throw new RangeError(`Số ngày phải là số nguyên: ${dayNumber}`)
  }
  const z = dayNumber + 719468
  const era = Math.floor(z / 146097)
  const dayOfEra = z - era * 146097
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36524) -
      Math.floor(dayOfEra / 146096)) /
      365,
  )
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100))
  const monthIndex = Math.floor((5 * dayOfYear + 2) / 153)
  const day = dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1
  const month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
  return isoDate(year, month, day)
}

export function addDays(date: IsoDate, days: number): IsoDate {
  if (!Number.isInteger(days)) {
    throw new RangeError(`Số ngày phải là số nguyên: ${days}`)
  }
  return fromDayNumber(toDayNumber(date) + days)
}

export function dayOfWeek(date: IsoDate): DayOfWeek {
  // 1970-01-01 was a Thursday (4).
  return ((((toDayNumber(date) + 4) % 7) + 7) % 7) as DayOfWeek
}

export function isWeekend(date: IsoDate): boolean {
  const dow = dayOfWeek(date)
  return dow === 0 || dow === 6
}

/** Orders two dates: negative when a < b, 0 when equal, positive when a > b. */
export function compareIso(a: IsoDate, b: IsoDate): -1 | 0 | 1 {
  // Validated ISO strings sort correctly as text; parsing first rejects garbage.
  parseIsoDate(a)
  parseIsoDate(b)
  return a < b ? -1 : a > b ? 1 : 0
}

/** Formats as the Vietnamese documents write it: dd/mm/yyyy. */
export function formatVietnamese(date: IsoDate): string {
  const { year, month, day } = parseIsoDate(date)
  return `${pad(day, 2)}/${pad(month, 2)}/${pad(year, 4)}`
}

/** Vietnam's calendar day (UTC+7, no daylight saving) of an instant: the date on the stamp. */
export const vietnamDay = (instant: Date): IsoDate =>
  new Date(instant.getTime() + 7 * 3_600_000).toISOString().slice(0, 10)
