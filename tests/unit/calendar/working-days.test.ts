import { describe, expect, it } from 'vitest'
import { WorkCalendar, addDays, defaultHolidays, mergeHolidays } from '../../../shared/calendar'
import type { Holiday } from '../../../shared/calendar'

const years = (from: number, to: number): Holiday[] => {
  const all: Holiday[] = []
  for (let year = from; year <= to; year += 1) {
    all.push(...defaultHolidays(year))
  }
  return all
}

const calendar = new WorkCalendar(years(2021, 2030))

describe('WorkCalendar.isWorkingDay', () => {
  it('is off on weekends and holidays, on otherwise', () => {
    expect(calendar.isWorkingDay('2026-02-13')).toBe(true) // Friday
    expect(calendar.isWorkingDay('2026-02-14')).toBe(false) // Saturday
    expect(calendar.isWorkingDay('2026-02-15')).toBe(false) // Sunday
    expect(calendar.isWorkingDay('2026-02-17')).toBe(false) // mùng 1 Tết
    expect(calendar.isWorkingDay('2026-04-27')).toBe(false) // nghỉ bù Giỗ Tổ
    expect(calendar.isWorkingDay('2026-04-28')).toBe(true)
    expect(calendar.holidayOn('2026-09-02')?.name).toBe('Quốc khánh (02/9)')
    expect(calendar.holidayOn('2026-09-03')).toBeUndefined()
  })

  it('works a lam_bu Saturday and rests a swapped weekday', () => {
    const swapped = new WorkCalendar(
      mergeHolidays(defaultHolidays(2026), [
        { date: '2026-02-13', kind: 'nghi_bu', name: 'Nghỉ Tết (hoán đổi)' },
        { date: '2026-02-07', kind: 'lam_bu', name: 'Làm bù cho ngày 13/02' },
      ]),
    )
    expect(swapped.isWorkingDay('2026-02-07')).toBe(true)
    expect(swapped.isWorkingDay('2026-02-13')).toBe(false)
    // Friday 06/02 + 1 lands on the make-up Saturday.
    expect(swapped.addWorkingDays('2026-02-06', 1)).toBe('2026-02-07')
    expect(swapped.addWorkingDays('2026-02-06', 2)).toBe('2026-02-09')
    expect(swapped.addWorkingDays('2026-02-12', 1)).toBe('2026-02-23')
    expect(swapped.workingDaysBetween('2026-02-06', '2026-02-13')).toBe(5)
  })
})

describe('WorkCalendar.addWorkingDays', () => {
  it('skips the Tết block: 5 working days from the Friday before Tết 2026', () => {
    expect(calendar.addWorkingDays('2026-02-13', 5)).toBe('2026-02-27')
    expect(calendar.addWorkingDays('2026-02-13', 1)).toBe('2026-02-23')
  })

  it('skips Tết 2025 and its nghỉ bù', () => {
    expect(calendar.addWorkingDays('2025-01-24', 1)).toBe('2025-01-27')
    expect(calendar.addWorkingDays('2025-01-24', 2)).toBe('2025-02-04')
    expect(calendar.addWorkingDays('2025-01-24', 3)).toBe('2025-02-05')
  })

  it('skips 30/4 and 01/5, with compensatory days when they fall on a weekend', () => {
    expect(calendar.addWorkingDays('2025-04-29', 1)).toBe('2025-05-02')
    expect(calendar.addWorkingDays('2025-04-29', 2)).toBe('2025-05-05')
    // 2022: 30/4 Saturday, 01/5 Sunday -> off Monday 02/5 and Tuesday 03/5.
    expect(calendar.addWorkingDays('2022-04-29', 1)).toBe('2022-05-04')
  })

  it('skips Quốc khánh and its extra day', () => {
    expect(calendar.addWorkingDays('2025-08-29', 1)).toBe('2025-09-03')
    expect(calendar.addWorkingDays('2024-08-30', 1)).toBe('2024-09-04')
    // 2023: 01/9 Friday, 02/9 Saturday made up on Monday 04/9.
    expect(calendar.addWorkingDays('2023-08-31', 1)).toBe('2023-09-05')
  })

  it('crosses the new year', () => {
    expect(calendar.addWorkingDays('2025-12-31', 1)).toBe('2026-01-02')
    expect(calendar.addWorkingDays('2021-12-31', 1)).toBe('2022-01-04')
  })

  it('with n = 0 keeps a working day and moves a day off to the next working day', () => {
    expect(calendar.addWorkingDays('2026-03-04', 0)).toBe('2026-03-04')
    expect(calendar.addWorkingDays('2026-03-07', 0)).toBe('2026-03-09')
    expect(calendar.addWorkingDays('2026-02-17', 0)).toBe('2026-02-23')
  })

  it('counts backwards for negative n', () => {
    expect(calendar.addWorkingDays('2026-03-04', -1)).toBe('2026-03-03')
    expect(calendar.addWorkingDays('2026-03-02', -1)).toBe('2026-02-27')
    expect(calendar.addWorkingDays('2026-02-23', -1)).toBe('2026-02-13')
    expect(calendar.addWorkingDays('2026-02-18', -1)).toBe('2026-02-13')
    expect(calendar.addWorkingDays('2026-02-23', -6)).toBe('2026-02-06')
  })

  it('rejects malformed input', () => {
    expect(() => calendar.addWorkingDays('2026-02-30', 1)).toThrow(RangeError)
    expect(() => calendar.addWorkingDays('2026-02-13', 1.5)).toThrow(RangeError)
    expect(() => calendar.addWorkingDays('2026-02-13', Number.NaN)).toThrow(RangeError)
    expect(() => calendar.isWorkingDay('13/02/2026')).toThrow(RangeError)
    expect(() => new WorkCalendar([{ date: '2026-2-1', kind: 'nghi_le', name: 'X' }])).toThrow(
      RangeError,
    )
  })
})

describe('WorkCalendar.nextWorkingDay and workingDaysBetween', () => {
  it('finds the next working day strictly after a date', () => {
    expect(calendar.nextWorkingDay('2026-03-04')).toBe('2026-03-05')
    expect(calendar.nextWorkingDay('2026-03-06')).toBe('2026-03-09')
    expect(calendar.nextWorkingDay('2026-02-13')).toBe('2026-02-23')
  })

  it('counts working days after a up to and including b', () => {
    expect(calendar.workingDaysBetween('2026-02-13', '2026-02-27')).toBe(5)
    expect(calendar.workingDaysBetween('2026-02-27', '2026-02-13')).toBe(-5)
    expect(calendar.workingDaysBetween('2026-03-02', '2026-03-02')).toBe(0)
    expect(calendar.workingDaysBetween('2026-03-06', '2026-03-08')).toBe(0)
    // 261 weekdays in 2026, less 01/01 (not counted), less 10 weekdays off: Tết 5, nghỉ bù
    // Giỗ Tổ 27/4, 30/4, 01/5, 01/9, 02/9.
    expect(calendar.workingDaysBetween('2026-01-01', '2026-12-31')).toBe(261 - 1 - 10)
  })

  it('agrees with addWorkingDays both ways', () => {
    for (let day = '2024-12-20'; day <= '2026-12-31'; day = addDays(day, 3)) {
      for (const n of [1, 2, 5, 10, 23]) {
        expect(calendar.workingDaysBetween(day, calendar.addWorkingDays(day, n))).toBe(n)
        if (calendar.isWorkingDay(day)) {
          expect(calendar.workingDaysBetween(day, calendar.addWorkingDays(day, -n))).toBe(-n)
        }
      }
    }
  })
})

describe('WorkCalendar.deadlineFromCalendarDays', () => {
  it('ends on from + n, moved to the next working day when that is a day off', () => {
    expect(calendar.deadlineFromCalendarDays('2026-03-02', 3)).toBe('2026-03-05')
    expect(calendar.deadlineFromCalendarDays('2026-03-02', 5)).toBe('2026-03-09')
    expect(calendar.deadlineFromCalendarDays('2026-02-06', 10)).toBe('2026-02-23')
    expect(calendar.deadlineFromCalendarDays('2026-04-15', 15)).toBe('2026-05-04')
    expect(calendar.deadlineFromCalendarDays('2026-03-04', 0)).toBe('2026-03-04')
  })

  it('keeps a lam_bu Saturday as the last day', () => {
    const withMakeUp = new WorkCalendar([{ date: '2026-03-07', kind: 'lam_bu', name: 'Làm bù' }])
    expect(withMakeUp.deadlineFromCalendarDays('2026-03-02', 5)).toBe('2026-03-07')
  })

  it('rejects negative or fractional periods', () => {
    expect(() => calendar.deadlineFromCalendarDays('2026-03-02', -1)).toThrow(RangeError)
    expect(() => calendar.deadlineFromCalendarDays('2026-03-02', 0.5)).toThrow(RangeError)
  })
})
