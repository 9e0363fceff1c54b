// The Vietnamese lunisolar calendar (âm lịch), computed astronomically for UTC+7.
//
// The rules are the usual ones of the Chinese-derived calendar, as Hồ Ngọc Đức describes them
// for Vietnam: a month starts on the local day of a new moon; month 11 is the month that
// contains the winter solstice; a year from one month 11 to the next with 13 months gets a
// leap month, the first one that holds no major solar term (trung khí, sun longitude a
// multiple of 30°). Everything is judged on local days in UTC+7, which is why Vietnam and
// China (UTC+8) sometimes disagree, e.g. Tết 1985 and 2007.
//
// Astronomy: new moons by Jean Meeus, Astronomical Algorithms ch. 49 (error of seconds),
// solar longitude by Meeus ch. 25 (about 0.01°, a quarter of an hour of the sun's motion).
import { fromDayNumber, parseIsoDate, toDayNumber } from './iso-date'
import type { IsoDate } from './iso-date'

export type LunarDate = Readonly<{ day: number; month: number; year: number; leap: boolean }>

/** Years the conversion is checked for; outside them ΔT and the series are guesses. */
export const lunarYearRange = { min: 1900, max: 2100 } as const

const timeZoneHours = 7
const unixEpochJd = 2440587.5
const synodicMonth = 29.530588861
const rad = Math.PI / 180

// ΔT = TT − UT in seconds (observed to 2020, then the usual extrapolation), interpolated.
const deltaTTable: readonly (readonly [number, number])[] = [
  [1900, -2.7],
  [1910, 10.4],
  [1920, 21.2],
  [1930, 24.0],
  [1940, 24.3],
  [1950, 29.1],
  [1960, 33.1],
  [1970, 40.2],
  [1980, 50.5],
  [1990, 56.9],
  [2000, 63.8],
  [2010, 66.1],
  [2020, 69.4],
  [2030, 72.0],
  [2050, 93.0],
  [2100, 203.0],
]

function deltaTDays(jd: number): number {
  const year = 2000 + (jd - 2451545) / 365.25
  let prev = deltaTTable[0] ?? [1900, 0]
  for (const entry of deltaTTable) {
    if (year <= entry[0]) {
      const span = entry[0] - prev[0]
      const seconds =
        span === 0 ? entry[1] : prev[1] + ((entry[1] - prev[1]) * (year - prev[0])) / span
      return seconds / 86400
    }
    prev = entry
  }
  return prev[1] / 86400
}

// Periodic terms of the new-moon correction: [coefficient, power of E, M, M', F, Ω multipliers].
const newMoonTerms: readonly (readonly [number, number, number, number, number, number])[] = [
  [-0.4072, 0, 0, 1, 0, 0],
  [0.17241, 1, 1, 0, 0, 0],
  [0.01608, 0, 0, 2, 0, 0],
  [0.01039, 0, 0, 0, 2, 0],
  [0.00739, 1, -1, 1, 0, 0],
  [-0.00514, 1, 1, 1, 0, 0],
  [0.00208, 2, 2, 0, 0, 0],
  [-0.00111, 0, 0, 1, -2, 0],
  [-0.00057, 0, 0, 1, 2, 0],
  [0.00056, 1, 1, 2, 0, 0],
  [-0.00042, 0, 0, 3, 0, 0],
  [0.00042, 1, 1, 0, 2, 0],
  [0.00038, 1, 1, 0, -2, 0],
  [-0.00024, 1, -1, 2, 0, 0],
  [-0.00017, 0, 0, 0, 0, 1],
  [-0.00007, 0, 2, 1, 0, 0],
  [0.00004, 0, 0, 2, -2, 0],
  [0.00004, 0, 3, 0, 0, 0],
  [0.00003, 0, 1, 1, -2, 0],
  [0.00003, 0, 0, 2, 2, 0],
  [-0.00003, 0, 1, 1, 2, 0],
  [0.00003, 0, -1, 1, 2, 0],
  [-0.00002, 0, -1, 1, -2, 0],
  [-0.00002, 0, 1, 3, 0, 0],
  [0.00002, 0, 0, 4, 0, 0],
]

// Planetary arguments A2…A14: [constant, rate per lunation, coefficient of the sine];
// A1 also has a T² term and is written out in newMoonJd.
const planetaryTerms: readonly (readonly [number, number, number])[] = [
  [251.88, 0.016321, 0.000165],
  [251.83, 26.651886, 0.000164],
  [349.42, 36.412478, 0.000126],
  [84.66, 18.206239, 0.00011],
  [141.74, 53.303771, 0.000062],
  [207.14, 2.453732, 0.00006],
  [154.84, 7.30686, 0.000056],
  [34.52, 27.261239, 0.000047],
  [207.19, 0.121824, 0.000042],
  [291.34, 1.844379, 0.00004],
  [161.72, 24.198154, 0.000037],
  [239.56, 25.513099, 0.000035],
  [331.55, 3.592518, 0.000023],
]

/** Julian Day (UT) of new moon number k; k = 0 is the new moon of 6 January 2000. */
function newMoonJd(k: number): number {
  const t = k / 1236.85
  const t2 = t * t
  const t3 = t2 * t
  const t4 = t3 * t
  const jde =
    2451550.09766 + synodicMonth * k + 0.00015437 * t2 - 0.00000015 * t3 + 0.00000000073 * t4
  const e = 1 - 0.002516 * t - 0.0000074 * t2
  const m = (2.5534 + 29.1053567 * k - 0.0000014 * t2 - 0.00000011 * t3) * rad
  const mp =
    (201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4) * rad
  const f =
    (160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4) * rad
  const omega = (124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3) * rad
  let correction = 0
  for (const [coefficient, ePower, cm, cmp, cf, co] of newMoonTerms) {
    correction += coefficient * e ** ePower * Math.sin(cm * m + cmp * mp + cf * f + co * omega)
  }
  correction += 0.000325 * Math.sin((299.77 + 0.107408 * k - 0.009173 * t2) * rad)
  for (const [constant, rate, coefficient] of planetaryTerms) {
    correction += coefficient * Math.sin((constant + rate * k) * rad)
  }
  const jdeCorrected = jde + correction
  return jdeCorrected - deltaTDays(jdeCorrected)
}

/** Local (UTC+7) day number of the day on which new moon k falls. */
function newMoonDay(k: number): number {
  return Math.floor(newMoonJd(k) - unixEpochJd + timeZoneHours / 24)
}

/** Apparent geocentric longitude of the sun in degrees at a Julian Day (UT). */
function sunLongitude(jdUt: number): number {
  const jde = jdUt + deltaTDays(jdUt)
  const t = (jde - 2451545) / 36525
  const l0 = 280.46646 + 36000.76983 * t + 0.0003032 * t * t
  const m = (357.52911 + 35999.05029 * t - 0.0001537 * t * t) * rad
  const c =
    (1.914602 - 0.004817 * t - 0.000014 * t * t) * Math.sin(m) +
    (0.019993 - 0.000101 * t) * Math.sin(2 * m) +
    0.000289 * Math.sin(3 * m)
  const omega = (125.04 - 1934.136 * t) * rad
  const apparent = l0 + c - 0.00569 - 0.00478 * Math.sin(omega)
  return ((apparent % 360) + 360) % 360
}

/** Which 30° sector (0…11) the sun is in at the local midnight that begins a day. */
function solarTermIndex(dayNumber: number): number {
  return Math.floor(sunLongitude(dayNumber + unixEpochJd - timeZoneHours / 24) / 30)
}

/** Index k of the new moon that begins the lunar month holding local day `dayNumber`. */
function monthIndexOfDay(dayNumber: number): number {
  let k = Math.floor((dayNumber + unixEpochJd - 2451550.09766) / synodicMonth)
  while (newMoonDay(k + 1) <= dayNumber) {
    k += 1
  }
  while (newMoonDay(k) > dayNumber) {
    k -= 1
  }
  return k
}

/** Index k of month 11, the lunar month holding the winter solstice of solar `year`. */
function month11Index(year: number): number {
  const k = monthIndexOfDay(toDayNumber(`${String(year).padStart(4, '0')}-12-31`))
  // Sun already at 270° or more when this month began: the solstice fell in the month before.
  return solarTermIndex(newMoonDay(k)) >= 9 ? k - 1 : k
}

/**
 * Offset from month 11 (1…12) of the leap month in the lunar year that follows month 11 at
 * index k11, or null when that stretch has only 12 months.
 */
function leapOffset(k11: number, nextK11: number): number | null {
  if (nextK11 - k11 !== 13) {
    return null
  }
  for (let offset = 1; offset <= 12; offset += 1) {
    // No sector boundary crossed between this month's start and the next: no major term.
    if (solarTermIndex(newMoonDay(k11 + offset)) === solarTermIndex(newMoonDay(k11 + offset + 1))) {
      return offset
    }
  }
  return null
}

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < lunarYearRange.min || year > lunarYearRange.max) {
    throw new RangeError(
      `Năm ngoài khoảng hỗ trợ của lịch âm (${lunarYearRange.min}–${lunarYearRange.max}): ${year}`,
    )
  }
}

export function solarToLunar(date: IsoDate): LunarDate {
  const { year } = parseIsoDate(date)
  checkYear(year)
  const dayNumber = toDayNumber(date)
  const k = monthIndexOfDay(dayNumber)
  let k11 = month11Index(year)
  let nextK11: number
  let lunarYear: number
  if (k11 > k) {
    // Before this year's month 11: the stretch began with last year's month 11.
    nextK11 = k11
    k11 = month11Index(year - 1)
    lunarYear = year
  } else {
    nextK11 = month11Index(year + 1)
    lunarYear = year + 1
  }
  const offset = k - k11
  const leapAt = leapOffset(k11, nextK11)
  let month = 11 + offset
  let leap = false
  if (leapAt !== null && offset >= leapAt) {
    month -= 1
    leap = offset === leapAt
  }
  if (month > 12) {
    month -= 12
  }
  // Months 11 and 12 (and a leap one among them) still belong to the previous lunar year.
  if (month >= 11 && offset < 4) {
    lunarYear -= 1
  }
  return { day: dayNumber - newMoonDay(k) + 1, month, year: lunarYear, leap }
}

/** Leap month number of a lunar year (e.g. 6 for 2025, tháng 6 nhuận), or null. */
export function leapMonthOf(lunarYear: number): number | null {
  checkYear(lunarYear)
  // A leap 11 or 12 sits after the month 11 of the same solar year.
  const late = leapOffset(month11Index(lunarYear), month11Index(lunarYear + 1))
  if (late !== null && late <= 2) {
    return late + 10
  }
  const early = leapOffset(month11Index(lunarYear - 1), month11Index(lunarYear))
  return early !== null && early > 2 ? early - 2 : null
}

export function lunarToSolar(day: number, month: number, year: number, leap = false): IsoDate {
  checkYear(year)
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw new RangeError(`Tháng âm lịch không hợp lệ: ${month}`)
  }
  const firstYear = month >= 11 ? year : year - 1
  const k11 = month11Index(firstYear)
  const leapAt = leapOffset(k11, month11Index(firstYear + 1))
  const plainOffset = month >= 11 ? month - 11 : month + 1
  if (leap && (leapAt === null || leapAt - 1 !== plainOffset)) {
    throw new RangeError(`Năm âm lịch ${year} không có tháng ${month} nhuận`)
  }
  const offset = plainOffset + (leapAt !== null && (leap || plainOffset >= leapAt) ? 1 : 0)
  const start = newMoonDay(k11 + offset)
  const length = newMoonDay(k11 + offset + 1) - start
  if (!Number.isInteger(day) || day < 1 || day > length) {
    throw new RangeError(
      `Ngày âm lịch không hợp lệ: ${day}/${month}/${year} (tháng có ${length} ngày)`,
    )
  }
  return fromDayNumber(start + day - 1)
}
