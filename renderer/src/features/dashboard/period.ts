import dayjs, { type Dayjs } from 'dayjs'

// The reporting period of the overview. Presets run from the start of the month, quarter or
// year to today ("so far"), the way offices report; a custom range is any two dates. The period
// lives in the address (?ky=…&from=…&to=…) so coming back from a drill-down keeps it.

export const periodKinds = ['thang', 'quy', 'nam', 'tuy_chon'] as const
export type PeriodKind = (typeof periodKinds)[number]

export const periodLabels: Readonly<Record<PeriodKind, string>> = {
  thang: 'Tháng này',
  quy: 'Quý này',
  nam: 'Năm nay',
  tuy_chon: 'Tùy chọn',
}

export type Period = Readonly<{ kind: PeriodKind; from: string; to: string }>

const ISO = 'YYYY-MM-DD'
const isoDate = /^\d{4}-\d{2}-\d{2}$/

/** Today in Vietnam, whatever the computer's time zone. */
export const vietnamToday = (): Dayjs => dayjs(dayjs().tz('Asia/Ho_Chi_Minh').format(ISO))

export function presetPeriod(kind: Exclude<PeriodKind, 'tuy_chon'>, today: Dayjs): Period {
  const start =
    kind === 'thang'
      ? today.startOf('month')
      : kind === 'quy'
        ? today.month(Math.floor(today.month() / 3) * 3).startOf('month')
        : today.startOf('year')
  return { kind, from: start.format(ISO), to: today.format(ISO) }
}

const isKind = (v: string | null): v is PeriodKind =>
  v !== null && (periodKinds as readonly string[]).includes(v)

/** The period the address asks for; the year so far when it asks for nothing sensible. */
export function periodFromSearch(params: URLSearchParams, today: Dayjs): Period {
  const kind = params.get('ky')
  if (kind === 'tuy_chon') {
    const from = params.get('from') ?? ''
    const to = params.get('to') ?? ''
    if (isoDate.test(from) && isoDate.test(to) && from <= to) {
      return { kind, from, to }
    }
  }
  return presetPeriod(isKind(kind) && kind !== 'tuy_chon' ? kind : 'nam', today)
}

export function periodToSearch(period: Period): Record<string, string> {
  return period.kind === 'tuy_chon'
    ? { ky: period.kind, from: period.from, to: period.to }
    : { ky: period.kind }
}

export const toIso = (d: Dayjs): string => d.format(ISO)
