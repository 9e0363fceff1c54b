import type { Handlers } from '../api/handler'
import { actorUserId } from '../context'
import { isWeekend } from '../../../shared/calendar/iso-date'
import { CoreError, notFound } from '../errors'
import { calendarDays, removeOverride, setOverride, workCalendarAround } from './service'

const yearOf = (date: string): number => Number(date.slice(0, 4))

export const calendarHandlers = {
  'calendar.holidays': (ctx, { year }) => calendarDays(ctx.db, year, year, true),

  'calendar.setDay': (ctx, { date, kind, name }) =>
    ctx.db.transaction(() => {
      // A make-up working day only makes sense on a Saturday or Sunday (DOMAIN §5).
      if (kind === 'lam_bu' && !isWeekend(date)) {
        throw new CoreError('VALIDATION', 'Ngày làm bù phải là thứ Bảy hoặc Chủ nhật', {
          fields: { date: 'Ngày làm bù phải là thứ Bảy hoặc Chủ nhật' },
        })
      }
      setOverride(ctx.db, date, kind, name, actorUserId(ctx.actor), ctx.clock().toISOString())
      ctx.audit({ recordType: 'holiday', recordId: null, detail: { date, kind, name } })
      return calendarDays(ctx.db, yearOf(date), yearOf(date), true)
    })(),

  'calendar.resetDay': (ctx, { date }) =>
    ctx.db.transaction(() => {
      if (!removeOverride(ctx.db, date)) {
        throw notFound(`điều chỉnh cho ngày ${date}`)
      }
      ctx.audit({ recordType: 'holiday', recordId: null, detail: { date, reset: true } })
      return calendarDays(ctx.db, yearOf(date), yearOf(date), true)
    })(),

  'calendar.addWorkingDays': (ctx, { from, days }) => ({
    date: workCalendarAround(ctx.db, from).addWorkingDays(from, days),
  }),
} satisfies Partial<Handlers>
