import { z } from 'zod'
import { admin, method } from '../define'
import { requiredText } from '../schemas'

/** Years the working-day calendar answers for: its holidays need the lunar calendar. */
const CALENDAR_YEARS = { min: 1945, max: 2100 } as const

const isoDate = z
  .string({ error: 'Nhập ngày' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày có dạng YYYY-MM-DD')
  // zod runs the refinement even after the regex failed: parse before toISOString, which throws.
  .refine(
    (s) =>
      !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) &&
      new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    'Ngày không có thật',
  )
  // The holidays follow the lunar calendar, which the app computes for these years only.
  .refine((s) => {
    const year = Number(s.slice(0, 4))
    return year >= CALENDAR_YEARS.min && year <= CALENDAR_YEARS.max
  }, `Năm phải từ ${CALENDAR_YEARS.min} đến ${CALENDAR_YEARS.max}`)

export const overrideKinds = ['nghi_le', 'nghi_bu', 'lam_bu', 'khong_nghi'] as const

export type CalendarDayEntry = {
  date: string
  kind: (typeof overrideKinds)[number]
  name: string
  source: 'default' | 'admin'
}

/** The working-day calendar (DOMAIN §5): holidays per year, and deadline arithmetic. */
export const calendarMethods = {
  'calendar.holidays': method<CalendarDayEntry[]>()({
    input: z.object({ year: z.number().int().min(CALENDAR_YEARS.min).max(CALENDAR_YEARS.max) }),
    access: 'session',
    writes: false,
  }),
  'calendar.setDay': method<CalendarDayEntry[]>()({
    input: z.object({
      date: isoDate,
      kind: z.enum(overrideKinds),
      name: requiredText('tên ngày', 100),
    }),
    access: admin,
    writes: true,
  }),
  'calendar.resetDay': method<CalendarDayEntry[]>()({
    input: z.object({ date: isoDate }),
    access: admin,
    writes: true,
  }),
  /** "N ngày làm việc" from a date: the day itself is not counted (BLDS 2015 Điều 147). */
  'calendar.addWorkingDays': method<{ date: string }>()({
    input: z.object({ from: isoDate, days: z.number().int().min(-250).max(250) }),
    access: 'session',
    writes: false,
  }),
}
