import { describe, expect, it } from 'vitest'
import {
  addDays,
  compareIso,
  dayOfWeek,
  formatVietnamese,
  fromDayNumber,
  isIsoDate,
  isoDate,
  parseIsoDate,
  toDayNumber,
} from '../../../shared/calendar'

describe('iso-date', () => {
  it('adds days across months, years and leap days', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01')
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29')
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01')
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01')
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28')
    expect(addDays('2000-03-01', -1)).toBe('2000-02-29')
    expect(addDays('1900-03-01', -1)).toBe('1900-02-28')
    expect(addDays('2026-05-14', 0)).toBe('2026-05-14')
    expect(addDays('2026-01-01', 365)).toBe('2027-01-01')
  })

  it('numbers days from 1970-01-01 and back, before and after the epoch', () => {
    expect(toDayNumber('1970-01-01')).toBe(0)
    expect(toDayNumber('1970-01-02')).toBe(1)
    expect(toDayNumber('1969-12-31')).toBe(-1)
    expect(toDayNumber('2000-01-01')).toBe(10957)
    for (const date of ['1900-01-01', '1969-12-31', '2000-02-29', '2100-12-31', '2026-04-30']) {
      expect(fromDayNumber(toDayNumber(date))).toBe(date)
    }
    // Agrees with the UTC clock, which a local-time mistake would not.
    for (let n = -30000; n <= 50000; n += 997) {
      expect(fromDayNumber(n)).toBe(new Date(n * 86400000).toISOString().slice(0, 10))
    }
  })

  it('gives the day of week with 0 = Sunday', () => {
    expect(dayOfWeek('1970-01-01')).toBe(4)
    expect(dayOfWeek('2026-01-01')).toBe(4)
    expect(dayOfWeek('2026-02-13')).toBe(5)
    expect(dayOfWeek('2026-02-14')).toBe(6)
    expect(dayOfWeek('2026-02-15')).toBe(0)
    expect(dayOfWeek('2000-02-29')).toBe(2)
    expect(dayOfWeek('1945-09-02')).toBe(0)
  })

  it('compares dates', () => {
    expect(compareIso('2026-01-01', '2026-01-02')).toBe(-1)
    expect(compareIso('2026-01-02', '2026-01-01')).toBe(1)
    expect(compareIso('2026-01-01', '2026-01-01')).toBe(0)
    expect(compareIso('2025-12-31', '2026-01-01')).toBe(-1)
  })

  it('rejects malformed and impossible dates with a RangeError', () => {
    const bad = [
      '2026-02-30',
      '2025-02-29',
      '1900-02-29',
      '2026-04-31',
      '2026-13-01',
      '2026-00-10',
      '2026-01-00',
      '2026-1-5',
      '26-01-05',
      '2026/01/05',
      '2026-01-05T00:00:00Z',
      ' 2026-01-05',
      '',
    ]
    for (const date of bad) {
      expect(() => parseIsoDate(date), date).toThrow(RangeError)
      expect(() => addDays(date, 1), date).toThrow(RangeError)
      expect(() => dayOfWeek(date), date).toThrow(RangeError)
      expect(isIsoDate(date), date).toBe(false)
    }
    expect(() => compareIso('2026-02-30', '2026-01-01')).toThrow(RangeError)
    expect(() => addDays('2026-01-01', 1.5)).toThrow(RangeError)
    expect(() => isoDate(2026, 2, 29)).toThrow(RangeError)
    expect(isIsoDate('2024-02-29')).toBe(true)
    expect(isIsoDate(20240229)).toBe(false)
  })

  it('builds and formats dates', () => {
    expect(isoDate(2026, 9, 2)).toBe('2026-09-02')
    expect(parseIsoDate('2026-09-02')).toEqual({ year: 2026, month: 9, day: 2 })
    expect(formatVietnamese('2026-09-02')).toBe('02/09/2026')
  })
})
