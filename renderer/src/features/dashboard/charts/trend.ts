import dayjs from 'dayjs'
import type { Dashboard } from '../../../../../shared/api/task-types'

export type TrendPoint = Readonly<{
  /** Axis label: dd/MM of the day, or of the week's first day. */
  label: string
  /** Tooltip heading: the day, or the week's span within the period. */
  title: string
  given: number
  done: number
}>

/** Beyond about two months, daily bars are too thin to read: the chart goes weekly. */
export const DAILY_UP_TO = 62

const dm = (iso: string): string => dayjs(iso).format('DD/MM')
const dmy = (iso: string): string => dayjs(iso).format('DD/MM/YYYY')

/** The Monday of the week (Vietnamese weeks start on Monday). */
const mondayOf = (iso: string): string => {
  const d = dayjs(iso)
  return d.subtract((d.day() + 6) % 7, 'day').format('YYYY-MM-DD')
}

/** Daily points, or weekly sums (weeks cut at the period's ends) for long periods. */
export function trendPoints(trend: Dashboard['trend']): TrendPoint[] {
  if (trend.length <= DAILY_UP_TO) {
    return trend.map((t) => ({
      label: dm(t.date),
      title: dmy(t.date),
      given: t.given,
      done: t.done,
    }))
  }
  const weeks = new Map<string, { first: string; last: string; given: number; done: number }>()
  for (const t of trend) {
    const key = mondayOf(t.date)
    const week = weeks.get(key)
    if (week) {
      week.last = t.date
      week.given += t.given
      week.done += t.done
    } else {
      weeks.set(key, { first: t.date, last: t.date, given: t.given, done: t.done })
    }
  }
  return [...weeks.values()].map((w) => ({
    label: dm(w.first),
    title: `Tuần ${dm(w.first)} – ${dmy(w.last)}`,
    given: w.given,
    done: w.done,
  }))
}
