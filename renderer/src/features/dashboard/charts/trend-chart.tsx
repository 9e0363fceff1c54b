import { useMemo, type ReactElement } from 'react'
import type { Dashboard } from '../../../../../shared/api/task-types'
import { bucketColors, formatCount } from '../bucket-style'
import { EChart } from './echart'
import type { ChartOption } from './echarts-setup'
import { DAILY_UP_TO, trendPoints } from './trend'

type Props = Readonly<{ trend: Dashboard['trend'] }>

/** Tasks given (bars) and completed (line) per day, or per week over a long period. */
export function TrendChart({ trend }: Props): ReactElement {
  const points = useMemo(() => trendPoints(trend), [trend])
  const weekly = trend.length > DAILY_UP_TO
  const option = useMemo<ChartOption>(
    () => ({
      grid: { left: 8, right: 16, top: 24, bottom: 40, containLabel: true },
      legend: { bottom: 0 },
      tooltip: {
        trigger: 'axis',
        formatter: (params) => {
          const list = Array.isArray(params) ? params : [params]
          const index = list[0]?.dataIndex ?? 0
          const lines = list.map(
            (p) =>
              `${typeof p.marker === 'string' ? p.marker : ''}${p.seriesName ?? ''}: ${formatCount(Number(p.value))}`,
          )
          return [points[index]?.title ?? '', ...lines].join('<br/>')
        },
      },
      xAxis: {
        type: 'category',
        data: points.map((p) => p.label),
        axisTick: { alignWithLabel: true },
      },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        {
          name: 'Được giao',
          type: 'bar',
          data: points.map((p) => p.given),
          itemStyle: { color: bucketColors.trong_han },
          barMaxWidth: 18,
        },
        {
          name: 'Hoàn thành',
          type: 'line',
          data: points.map((p) => p.done),
          itemStyle: { color: bucketColors.hoan_thanh_dung_han },
          lineStyle: { width: 2 },
          // Dots on every empty day are noise; the tooltip shows the values on hover.
          showSymbol: false,
        },
      ],
    }),
    [points],
  )
  const given = points.reduce((n, p) => n + p.given, 0)
  const done = points.reduce((n, p) => n + p.done, 0)
  return (
    <EChart
      option={option}
      height={280}
      label={`Biểu đồ theo ${weekly ? 'tuần' : 'ngày'}: ${given} nhiệm vụ được giao, ${done} hoàn thành`}
    />
  )
}
