import { describe, expect, it } from 'vitest'
import {
  dayOfWeek,
  defaultHolidays,
  isWeekend,
  mergeHolidays,
  quocKhanhExtraDay,
} from '../../../shared/calendar'
import type { Holiday } from '../../../shared/calendar'

const datesOf = (holidays: readonly Holiday[], kind: Holiday['kind']): string[] =>
  holidays.filter((holiday) => holiday.kind === kind).map((holiday) => holiday.date)

describe('defaultHolidays', () => {
  it('lays out 2026: Tết block 29 Tết to mùng 4, Giỗ Tổ on Sunday made up on Monday', () => {
    expect(defaultHolidays(2026)).toEqual([
      { date: '2026-01-01', kind: 'nghi_le', name: 'Tết Dương lịch' },
      { date: '2026-02-16', kind: 'nghi_le', name: 'Tết Âm lịch (29 Tết)' },
      { date: '2026-02-17', kind: 'nghi_le', name: 'Tết Âm lịch (mùng 1)' },
      { date: '2026-02-18', kind: 'nghi_le', name: 'Tết Âm lịch (mùng 2)' },
      { date: '2026-02-19', kind: 'nghi_le', name: 'Tết Âm lịch (mùng 3)' },
      { date: '2026-02-20', kind: 'nghi_le', name: 'Tết Âm lịch (mùng 4)' },
      { date: '2026-04-26', kind: 'nghi_le', name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)' },
      {
        date: '2026-04-27',
        kind: 'nghi_bu',
        name: 'Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch)',
      },
      { date: '2026-04-30', kind: 'nghi_le', name: 'Ngày Chiến thắng (30/4)' },
      { date: '2026-05-01', kind: 'nghi_le', name: 'Ngày Quốc tế Lao động (01/5)' },
      { date: '2026-09-01', kind: 'nghi_le', name: 'Quốc khánh (ngày liền kề)' },
      { date: '2026-09-02', kind: 'nghi_le', name: 'Quốc khánh (02/9)' },
    ])
  })

  it('has the 11 days of Điều 112.1 every year, one entry per date, sorted', () => {
    for (let year = 2021; year <= 2100; year += 1) {
      const holidays = defaultHolidays(year)
      expect(datesOf(holidays, 'nghi_le'), String(year)).toHaveLength(11)
      const dates = holidays.map((holiday) => holiday.date)
      expect(new Set(dates).size).toBe(dates.length)
      expect([...dates].sort()).toEqual(dates)
      expect(dates.every((date) => date.startsWith(`${year}-`))).toBe(true)
    }
  })

  it('names the eve 30 Tết or 29 Tết by the length of tháng Chạp', () => {
    expect(defaultHolidays(2024)[1]).toEqual({
      date: '2024-02-09',
      kind: 'nghi_le',
      name: 'Tết Âm lịch (30 Tết)',
    })
    expect(defaultHolidays(2025)[1]).toEqual({
      date: '2025-01-28',
      kind: 'nghi_le',
      name: 'Tết Âm lịch (29 Tết)',
    })
  })

  it('makes up 30/4 on Saturday and 01/5 on Sunday on Monday and Tuesday (2022)', () => {
    expect(datesOf(defaultHolidays(2022), 'nghi_bu')).toEqual([
      '2022-01-03', // 01/01 on Saturday
      '2022-04-11', // Giỗ Tổ on Sunday 10/4
      '2022-05-02',
      '2022-05-03',
    ])
  })

  it('makes up weekend days after the whole holiday block (2023, 2024, 2025)', () => {
    // 2023: Tết block Sat 21/01 … Wed 25/01; Giỗ Tổ Sat 29/4, 30/4 Sun, 01/5 Mon; 02/9 Sat.
    expect(datesOf(defaultHolidays(2023), 'nghi_bu')).toEqual([
      '2023-01-02',
      '2023-01-26',
      '2023-01-27',
      '2023-05-02',
      '2023-05-03',
      '2023-09-04',
    ])
    // 2024: mùng 1 and mùng 2 on the weekend, block ends Tuesday 13/02.
    expect(datesOf(defaultHolidays(2024), 'nghi_bu')).toEqual(['2024-02-14', '2024-02-15'])
    // 2025: mùng 4 on Saturday 01/02.
    expect(datesOf(defaultHolidays(2025), 'nghi_bu')).toEqual(['2025-02-03'])
  })

  it('never puts a nghỉ bù on a weekend or on a holiday', () => {
    for (let year = 2021; year <= 2060; year += 1) {
      const holidays = defaultHolidays(year)
      const offDays = new Set(datesOf(holidays, 'nghi_le'))
      const weekendHolidays = [...offDays].filter(isWeekend).length
      const compensatory = datesOf(holidays, 'nghi_bu')
      expect(compensatory).toHaveLength(weekendHolidays)
      for (const date of compensatory) {
        expect(isWeekend(date)).toBe(false)
        expect(offDays.has(date)).toBe(false)
      }
    }
  })
})

describe('quocKhanhExtraDay', () => {
  it.each([
    [2024, 'Monday', '2024-09-03'],
    [2025, 'Tuesday', '2025-09-01'],
    [2026, 'Wednesday', '2026-09-01'],
    [2021, 'Thursday', '2021-09-03'],
    [2022, 'Friday', '2022-09-01'],
    [2023, 'Saturday', '2023-09-01'],
    [2029, 'Sunday', '2029-09-03'],
  ] as const)('%i (02/9 on %s) -> %s', (year, _weekday, date) => {
    expect(quocKhanhExtraDay(year)).toBe(date)
  })

  it('gives a Sunday 02/9 a Monday extra day and a Tuesday nghỉ bù (2029)', () => {
    const holidays = defaultHolidays(2029).filter((holiday) => holiday.date >= '2029-09-01')
    expect(holidays.map((holiday) => [holiday.date, holiday.kind])).toEqual([
      ['2029-09-02', 'nghi_le'],
      ['2029-09-03', 'nghi_le'],
      ['2029-09-04', 'nghi_bu'],
    ])
    expect(dayOfWeek('2029-09-04')).toBe(2)
  })
})

describe('mergeHolidays', () => {
  it('lets admin entries replace defaults date by date and adds new dates, sorted', () => {
    const overrides: Holiday[] = [
      { date: '2026-02-21', kind: 'nghi_bu', name: 'Nghỉ Tết (hoán đổi)' },
      { date: '2026-02-16', kind: 'nghi_bu', name: 'Nghỉ Tết 29 Tết (hoán đổi)' },
      { date: '2026-02-07', kind: 'lam_bu', name: 'Làm bù cho ngày 21/02' },
    ]
    const merged = mergeHolidays(defaultHolidays(2026), overrides)
    expect(merged.filter((holiday) => holiday.date.startsWith('2026-02'))).toEqual([
      overrides[2],
      overrides[1],
      { date: '2026-02-17', kind: 'nghi_le', name: 'Tết Âm lịch (mùng 1)' },
      { date: '2026-02-18', kind: 'nghi_le', name: 'Tết Âm lịch (mùng 2)' },
      { date: '2026-02-19', kind: 'nghi_le', name: 'Tết Âm lịch (mùng 3)' },
      { date: '2026-02-20', kind: 'nghi_le', name: 'Tết Âm lịch (mùng 4)' },
      overrides[0],
    ])
    expect(merged).toHaveLength(defaultHolidays(2026).length + 2)
  })

  it('keeps the later of two overrides for one date and rejects bad dates', () => {
    const merged = mergeHolidays(
      [],
      [
        { date: '2026-03-07', kind: 'lam_bu', name: 'A' },
        { date: '2026-03-07', kind: 'nghi_bu', name: 'B' },
      ],
    )
    expect(merged).toEqual([{ date: '2026-03-07', kind: 'nghi_bu', name: 'B' }])
    expect(() => mergeHolidays([], [{ date: '2026-02-30', kind: 'nghi_le', name: 'X' }])).toThrow(
      RangeError,
    )
  })
})
