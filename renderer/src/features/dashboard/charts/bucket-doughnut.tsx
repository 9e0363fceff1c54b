import { useMemo, type ReactElement } from 'react'
import { useNavigate } from 'react-router'
import type { Dashboard } from '../../../../../shared/api/task-types'
import type { Bucket } from '../../../../../shared/tasks/buckets'
import { bucketColors, bucketShortLabels, formatCount, formatPercent } from '../bucket-style'
import { periodLink } from '../drill-links'
import { EChart } from './echart'
import type { ChartOption } from './echarts-setup'

type Props = Readonly<{ data: Dashboard }>

const slices: readonly Bucket[] = [
  'trong_han',
  'qua_han',
  'hoan_thanh_dung_han',
  'hoan_thanh_qua_han',
]

/** The period's tasks in the four buckets; a slice opens its list, like the cards do. */
export function BucketDoughnut({ data }: Props): ReactElement {
  const navigate = useNavigate()
  const { counts, from, to } = data
  const option = useMemo<ChartOption>(
    () => ({
      tooltip: {
        trigger: 'item',
        formatter: (p) => {
          const item = Array.isArray(p) ? p[0] : p
          return item
            ? `${item.name}: ${formatCount(Number(item.value))} (${formatPercent(item.percent ?? 0)})`
            : ''
        },
      },
      legend: { bottom: 0, icon: 'circle' },
      series: [
        {
          type: 'pie',
          radius: ['45%', '70%'],
          center: ['50%', '45%'],
          avoidLabelOverlap: true,
          label: { formatter: '{c}', fontSize: 13, fontWeight: 'bold' },
          data: slices.map((b) => ({
            name: bucketShortLabels[b],
            value: counts[b],
            itemStyle: { color: bucketColors[b] },
            // An empty slice has no arc to label.
            label: { show: counts[b] > 0 },
            labelLine: { show: counts[b] > 0 },
          })),
        },
      ],
    }),
    [counts],
  )
  const label = slices.map((b) => `${bucketShortLabels[b]} ${counts[b]}`).join(', ')
  return (
    <EChart
      option={option}
      height={280}
      label={`Biểu đồ tròn theo tình trạng: ${label}`}
      onItemClick={(i) => {
        const bucket = slices[i]
        if (bucket) {
          void navigate(periodLink({ from, to, bucket }))
        }
      }}
    />
  )
}
