import { z } from 'zod'
import { admin, method } from '../define'
import { requiredText } from '../schemas'

const isoDate = z
  .string({ error: 'Nhập ngày' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày có dạng YYYY-MM-DD')
  .refine((s) => new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'Ngày không có thật')

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
    input: z.object({ year: z.number().int().min(1945).max(2100) }),
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
