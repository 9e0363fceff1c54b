import { Card, Empty } from 'antd'
import { lazy, Suspense, type ReactElement } from 'react'
import type { Dashboard } from '../../../../shared/api/task-types'
import { formatDate } from '../../ui/format'
import { ChartsSkeleton } from './dashboard-skeleton'
import { MineCard } from './mine-card'
import { StatCards } from './stat-cards'
import { TaskListCard } from './task-list-card'
import { UnitTable } from './unit-table'

const TaskCharts = lazy(() => import('./charts/task-charts'))

type Props = Readonly<{
  data: Dashboard
  /** A specialist sees their own work first; leaders and clerks see the agency first. */
  specialist: boolean
  today: string
}>

export function DashboardBody({ data, specialist, today }: Props): ReactElement {
  const mineOpen = data.mine.some((m) => m.counts.total > 0)
  return (
    <div className="dashboard">
      {specialist ? <MineCard mine={data.mine} /> : null}
      {data.counts.total === 0 ? (
        <Card size="small" data-testid="empty-period">
          <Empty
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            description={
              <>
                <div>Chưa có nhiệm vụ nào trong kỳ</div>
                <div className="secondary-line">
                  Kỳ thống kê: {formatDate(data.from)} – {formatDate(data.to)}
                </div>
              </>
            }
          />
        </Card>
      ) : (
        <>
          <StatCards data={data} />
          <Suspense fallback={<ChartsSkeleton />}>
            <TaskCharts data={data} />
          </Suspense>
          <UnitTable data={data} />
        </>
      )}
      <div className="list-grid">
        <TaskListCard kind="qua_han" rows={data.overdue} today={today} />
        <TaskListCard kind="sap_den_han" rows={data.dueSoon} today={today} />
      </div>
      {!specialist && mineOpen ? <MineCard mine={data.mine} /> : null}
    </div>
  )
}
