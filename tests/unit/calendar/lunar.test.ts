import { describe, expect, it } from 'vitest'
import { addDays, leapMonthOf, lunarToSolar, solarToLunar } from '../../../shared/calendar'

// Tết (mùng 1 tháng Giêng) as Vietnamese calendars print it.
const tet: readonly (readonly [number, string])[] = [
  [2020, '2020-01-25'],
  [2021, '2021-02-12'],
  [2022, '2022-02-01'],
  [2023, '2023-01-22'],
  [2024, '2024-02-10'],
  [2025, '2025-01-29'],
  [2026, '2026-02-17'],
  [2027, '2027-02-06'],
  [2028, '2028-01-26'],
  [2029, '2029-02-13'],
  // The new moon is at 16:08 UT on 2 February 2030: 23:08 in Hà Nội, 00:08 on the 3rd in
  // Beijing. So Vietnam's Tết is a day before China's (03/02), like 2007.
  [2030, '2030-02-02'],
  // UTC+7 against UTC+8: Vietnam 21/01/1985 (China 20/02); Vietnam 17/02/2007 (China 18/02).
  [1985, '1985-01-21'],
  [2007, '2007-02-17'],
]

describe('lunar calendar (UTC+7)', () => {
  it.each(tet)('puts Tết %i on %s', (year, date) => {
    expect(lunarToSolar(1, 1, year)).toBe(date)
    expect(solarToLunar(date)).toEqual({ day: 1, month: 1, year, leap: false })
    // The eve is the last day of the previous lunar year.
    const eve = solarToLunar(addDays(date, -1))
    expect(eve.month).toBe(12)
    expect(eve.year).toBe(year - 1)
    expect([29, 30]).toContain(eve.day)
  })

  it('differs from the Chinese calendar where the time zone matters', () => {
    // China's Tết days are ordinary days of the first month in Vietnam.
    expect(solarToLunar('1985-02-20')).toMatchObject({ day: 1, month: 2, year: 1985 })
    expect(solarToLunar('2007-02-18')).toEqual({ day: 2, month: 1, year: 2007, leap: false })
    expect(leapMonthOf(1984)).toBeNull()
    expect(leapMonthOf(1985)).toBe(2)
  })

  it.each([
    [2024, '2024-04-18'],
    [2025, '2025-04-07'],
    [2026, '2026-04-26'],
  ] as const)('puts Giỗ Tổ Hùng Vương (10/3) %i on %s', (year, date) => {
    expect(lunarToSolar(10, 3, year)).toBe(date)
    expect(solarToLunar(date)).toEqual({ day: 10, month: 3, year, leap: false })
  })

  it('finds leap months', () => {
    expect(leapMonthOf(2020)).toBe(4)
    expect(leapMonthOf(2023)).toBe(2)
    expect(leapMonthOf(2024)).toBeNull()
    expect(leapMonthOf(2025)).toBe(6)
    expect(leapMonthOf(2028)).toBe(5)
    expect(leapMonthOf(2033)).toBe(11)
    expect(lunarToSolar(1, 6, 2025)).toBe('2025-06-25')
    expect(lunarToSolar(1, 6, 2025, true)).toBe('2025-07-25')
    expect(solarToLunar('2025-07-25')).toEqual({ day: 1, month: 6, year: 2025, leap: true })
    expect(solarToLunar('2025-08-23')).toEqual({ day: 1, month: 7, year: 2025, leap: false })
    // A leap 11 belongs to the lunar year that is ending.
    expect(solarToLunar(lunarToSolar(1, 11, 2033, true))).toEqual({
      day: 1,
      month: 11,
      year: 2033,
      leap: true,
    })
  })

  it('round-trips every day from 2019 to 2031', () => {
    let date = '2019-01-01'
    let previous = solarToLunar(addDays(date, -1))
    while (date <= '2031-12-31') {
      const lunar = solarToLunar(date)
      expect(lunarToSolar(lunar.day, lunar.month, lunar.year, lunar.leap)).toBe(date)
      // Days run on by one, or a new month starts.
      if (lunar.day !== 1) {
        expect(lunar.day).toBe(previous.day + 1)
      } else {
        expect([29, 30]).toContain(previous.day)
      }
      previous = lunar
      date = addDays(date, 1)
    }
  })

  it('round-trips the first of every month from 1900 to 2100', () => {
    for (let year = 1900; year <= 2100; year += 1) {
      const leap = leapMonthOf(year)
      for (let month = 1; month <= 12; month += 1) {
        const first = lunarToSolar(1, month, year)
        expect(solarToLunar(first)).toEqual({ day: 1, month, year, leap: false })
        if (leap === month) {
          const leapFirst = lunarToSolar(1, month, year, true)
          expect(solarToLunar(leapFirst)).toEqual({ day: 1, month, year, leap: true })
        }
      }
    }
  })

  it('rejects impossible lunar dates and years out of range', () => {
    expect(() => lunarToSolar(1, 6, 2024, true)).toThrow(RangeError)
    expect(() => lunarToSolar(1, 13, 2024)).toThrow(RangeError)
    expect(() => lunarToSolar(0, 1, 2024)).toThrow(RangeError)
    expect(() => lunarToSolar(31, 1, 2024)).toThrow(RangeError)
    // Tháng Chạp Ất Tỵ (2025) has 29 days: there is no 30 Tết before Tết 2026.
    expect(solarToLunar('2026-02-16')).toEqual({ day: 29, month: 12, year: 2025, leap: false })
    expect(() => lunarToSolar(30, 12, 2025)).toThrow(RangeError)
    expect(() => lunarToSolar(1, 1, 1899)).toThrow(RangeError)
    expect(() => lunarToSolar(1, 1, 2101)).toThrow(RangeError)
    expect(() => solarToLunar('2026-02-30')).toThrow(RangeError)
    expect(() => solarToLunar('1899-12-31')).toThrow(RangeError)
  })
})
