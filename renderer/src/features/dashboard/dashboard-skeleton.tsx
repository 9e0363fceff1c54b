import { Card, Skeleton } from 'antd'
import type { ReactElement } from 'react'

/** Shapes where the figures will be: never a zero that is not yet known. */
export function DashboardSkeleton(): ReactElement {
  return (
    <div role="status" aria-live="polite" aria-label="Đang tải số liệu">
      <div className="stat-grid">
        {Array.from({ length: 8 }, (_, i) => (
          <Card size="small" key={i} className="stat-card">
            <Skeleton active title={{ width: '70%' }} paragraph={{ rows: 1, width: '40%' }} />
          </Card>
        ))}
      </div>
      <ChartsSkeleton />
    </div>
  )
}

export function ChartsSkeleton(): ReactElement {
  return (
    <div className="chart-grid">
      <Card size="small">
        <Skeleton.Node active style={{ width: '100%', height: 280 }} />
      </Card>
      <Card size="small">
        <Skeleton.Node active style={{ width: '100%', height: 280 }} />
      </Card>
    </div>
  )
}
