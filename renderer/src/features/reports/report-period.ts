import dayjs, { type Dayjs } from 'dayjs'

export type Period = [Dayjs, Dayjs]

/** This month, the period most registers and reports are printed for. */
export const thisMonth = (): Period => [dayjs().startOf('month'), dayjs().endOf('month')]

function thisQuarter(): Period {
  const start = dayjs()
    .startOf('month')
    .month(Math.floor(dayjs().month() / 3) * 3)
  return [start, start.add(2, 'month').endOf('month')]
}

/** The periods offices report on, offered beside the date range. */
export function periodPresets(): { label: string; value: Period }[] {
  const lastMonth = dayjs().subtract(1, 'month')
  return [
    { label: 'Tháng này', value: thisMonth() },
    { label: 'Tháng trước', value: [lastMonth.startOf('month'), lastMonth.endOf('month')] },
    { label: 'Quý này', value: thisQuarter() },
    { label: 'Từ đầu năm', value: [dayjs().startOf('year'), dayjs()] },
    { label: 'Cả năm', value: [dayjs().startOf('year'), dayjs().endOf('year')] },
  ]
}

/** The period as the API takes it. */
export const isoPeriod = (p: Period): { from: string; to: string } => ({
  from: p[0].format('YYYY-MM-DD'),
  to: p[1].format('YYYY-MM-DD'),
})

/** "từ 01/03/2026 đến 31/03/2026", for the confirmation after a download. */
export const periodWords = (p: Period): string =>
  `từ ${p[0].format('DD/MM/YYYY')} đến ${p[1].format('DD/MM/YYYY')}`
