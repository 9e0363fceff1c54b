import { Card } from 'antd'
import type { ReactElement } from 'react'
import type { Dashboard } from '../../../../../shared/api/task-types'
import { BucketDoughnut } from './bucket-doughnut'
import { DAILY_UP_TO } from './trend'
import { TrendChart } from './trend-chart'

type Props = Readonly<{ data: Dashboard }>

/** Loaded on demand (React.lazy): ECharts is the heaviest thing on the screen. */
export default function TaskCharts({ data }: Props): ReactElement {
  const weekly = data.trend.length > DAILY_UP_TO
  return (
    <div className="chart-grid">
      <Card size="small" title="Tình trạng nhiệm vụ trong kỳ">
        <BucketDoughnut data={data} />
      </Card>
      <Card size="small" title={`Giao và hoàn thành theo ${weekly ? 'tuần' : 'ngày'}`}>
        <TrendChart trend={data.trend} />
      </Card>
    </div>
  )
}
