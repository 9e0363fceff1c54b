import { describe, expect, it } from 'vitest'
import { defaultHolidays } from '../../../shared/calendar/holidays'
import { WorkCalendar } from '../../../shared/calendar/working-days'
import {
  bucketOf,
  isDueSoon,
  overduePercent,
  vietnamDay,
  emptyCounts,
} from '../../../shared/tasks/buckets'

const calendar = new WorkCalendar([...defaultHolidays(2026), ...defaultHolidays(2027)])
const effective = (d: string): string => (calendar.isWorkingDay(d) ? d : calendar.nextWorkingDay(d))
const open = (deadline: string) => ({ deadline, completedOn: null })

describe('buckets', () => {
  it('judges the day in Vietnam: 16:59:59Z is still the deadline day, 17:00Z is the next', () => {
    // Deadline Wednesday 2026-03-04; midnight in Hà Nội is 17:00 UTC the day before.
    const justBefore = vietnamDay(new Date('2026-03-04T16:59:59.999Z'))
    const justAfter = vietnamDay(new Date('2026-03-04T17:00:00.000Z'))
    expect(justBefore).toBe('2026-03-04')
    expect(justAfter).toBe('2026-03-05')
    expect(bucketOf(open('2026-03-04'), justBefore, effective)).toBe('trong_han')
    expect(bucketOf(open('2026-03-04'), justAfter, effective)).toBe('qua_han')
  })

  it('completion on the deadline day is on time, the next day is late', () => {
    expect(
      bucketOf({ deadline: '2026-03-04', completedOn: '2026-03-04' }, '2026-03-10', effective),
    ).toBe('hoan_thanh_dung_han')
    expect(
      bucketOf({ deadline: '2026-03-04', completedOn: '2026-03-05' }, '2026-03-10', effective),
    ).toBe('hoan_thanh_qua_han')
  })

  it('a deadline on a Saturday ends on Monday', () => {
    expect(bucketOf(open('2026-03-07'), '2026-03-09', effective)).toBe('trong_han')
    expect(bucketOf(open('2026-03-07'), '2026-03-10', effective)).toBe('qua_han')
    expect(
      bucketOf({ deadline: '2026-03-07', completedOn: '2026-03-09' }, '2026-03-09', effective),
    ).toBe('hoan_thanh_dung_han')
  })

  it('a deadline inside the 30/4–1/5 holidays ends on the next working day', () => {
    // 2026: 30/4 Thursday, 1/5 Friday, then the weekend: the period ends Monday 4/5.
    expect(effective('2026-04-30')).toBe('2026-05-04')
    expect(bucketOf(open('2026-04-30'), '2026-05-04', effective)).toBe('trong_han')
    expect(bucketOf(open('2026-04-30'), '2026-05-05', effective)).toBe('qua_han')
  })

  it('a deadline on 2/9 (Quốc khánh) rolls past the holiday block', () => {
    const due = effective('2026-09-02')
    expect(due > '2026-09-02').toBe(true)
    expect(calendar.isWorkingDay(due)).toBe(true)
    expect(bucketOf(open('2026-09-02'), due, effective)).toBe('trong_han')
  })

  it('a deadline in the Tết block of 2027 rolls to the first working day after it', () => {
    const tet = defaultHolidays(2027).filter(
      (h) => h.name.includes('Tết Nguyên đán') || h.name.includes('Tết Âm lịch'),
    )
    const first = tet[0]?.date ?? '2027-02-06'
    const due = effective(first)
    expect(calendar.isWorkingDay(due)).toBe(true)
    for (const h of tet) {
      expect(due > h.date).toBe(true)
    }
  })

  it('judged on a past day, work completed later was still open then', () => {
    const facts = { deadline: '2026-03-04', completedOn: '2026-03-20' }
    expect(bucketOf(facts, '2026-03-03', effective)).toBe('trong_han')
    expect(bucketOf(facts, '2026-03-10', effective)).toBe('qua_han')
    expect(bucketOf(facts, '2026-03-20', effective)).toBe('hoan_thanh_qua_han')
  })

  it('sắp đến hạn counts calendar days ahead, today included, never past the deadline', () => {
    expect(isDueSoon('2026-03-05', '2026-03-02', 3)).toBe(true)
    expect(isDueSoon('2026-03-06', '2026-03-02', 3)).toBe(false)
    expect(isDueSoon('2026-03-02', '2026-03-02', 3)).toBe(true)
    expect(isDueSoon('2026-03-01', '2026-03-02', 3)).toBe(false)
  })

  it('the overdue percentage counts open overdue and late completions', () => {
    const c = { ...emptyCounts(), total: 8, qua_han: 1, hoan_thanh_qua_han: 1, trong_han: 6 }
    expect(overduePercent(c)).toBe(25)
    expect(overduePercent(emptyCounts())).toBe(0)
  })
})
