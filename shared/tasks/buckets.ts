import { toDayNumber } from '../calendar/iso-date'

// The Government Office's tracking buckets (DOMAIN §6): chưa hoàn thành — trong hạn / quá hạn,
// đã hoàn thành — đúng hạn / quá hạn, plus "sắp đến hạn" inside "trong hạn". A bucket is never
// stored: it is derived here, from the dates and the day it is judged on, by everyone (lists,
// dashboard, reports, CLI), so two screens can never disagree.
//
// A deadline is a calendar date and ends at the end of that day (BLDS 2015 Điều 148); when that
// day is a day off the period ends on the next working day (DOMAIN §5).

export const buckets = [
  'trong_han',
  'qua_han',
  'hoan_thanh_dung_han',
  'hoan_thanh_qua_han',
] as const
export type Bucket = (typeof buckets)[number]

export const bucketLabels: Readonly<Record<Bucket, string>> = {
  trong_han: 'Chưa hoàn thành - trong hạn',
  qua_han: 'Chưa hoàn thành - quá hạn',
  hoan_thanh_dung_han: 'Đã hoàn thành - đúng hạn',
  hoan_thanh_qua_han: 'Đã hoàn thành - quá hạn',
}

export type BucketCounts = Record<Bucket, number> & {
  total: number
  /** Open, within the deadline, and due within the configured number of days. */
  sap_den_han: number
}

export const emptyCounts = (): BucketCounts => ({
  total: 0,
  trong_han: 0,
  qua_han: 0,
  hoan_thanh_dung_han: 0,
  hoan_thanh_qua_han: 0,
  sap_den_han: 0,
})

/** The facts a bucket depends on. */
export type BucketFacts = Readonly<{
  /** YYYY-MM-DD, the day the work is due as set (perhaps a day off). */
  deadline: string
  /** YYYY-MM-DD, the day (UTC+7) the work was completed; null while open. */
  completedOn: string | null
}>

/** Rolls a deadline falling on a day off to the next working day. */
export type EffectiveDeadline = (deadline: string) => string

/**
 * The bucket of a task judged on `asOf` (YYYY-MM-DD, UTC+7). Work completed after `asOf` was
 * still open on that day, so a report for a past period sees it as it stood then.
 */
export function bucketOf(facts: BucketFacts, asOf: string, effective: EffectiveDeadline): Bucket {
  const due = effective(facts.deadline)
  if (facts.completedOn !== null && facts.completedOn <= asOf) {
    return facts.completedOn <= due ? 'hoan_thanh_dung_han' : 'hoan_thanh_qua_han'
  }
  return asOf <= due ? 'trong_han' : 'qua_han'
}

/** Whether open work due on `due` counts as "sắp đến hạn" on `asOf`, `days` calendar days ahead. */
export function isDueSoon(due: string, asOf: string, days: number): boolean {
  if (due < asOf) {
    return false
  }
  return toDayNumber(due) - toDayNumber(asOf) <= days
}

export const isDone = (b: Bucket): boolean =>
  b === 'hoan_thanh_dung_han' || b === 'hoan_thanh_qua_han'

export const isLate = (b: Bucket): boolean => b === 'qua_han' || b === 'hoan_thanh_qua_han'

/** Percent of the total that is late (open overdue + completed late), one decimal. */
export function overduePercent(c: BucketCounts): number {
  return c.total === 0 ? 0 : Math.round(((c.qua_han + c.hoan_thanh_qua_han) * 1000) / c.total) / 10
}

/** Percent of the total that is done, one decimal. */
export function donePercent(c: BucketCounts): number {
  return c.total === 0
    ? 0
    : Math.round(((c.hoan_thanh_dung_han + c.hoan_thanh_qua_han) * 1000) / c.total) / 10
}

export { vietnamDay } from '../calendar/iso-date'
