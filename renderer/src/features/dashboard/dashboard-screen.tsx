import type { ReactElement } from 'react'
import { useSearchParams } from 'react-router'
import { useDashboard } from '../../api/dashboard'
import { useCurrentUser } from '../../app/current-user'
import { formatDate } from '../../ui/format'
import { PageHeader } from '../../ui/page-header'
import { LoadError } from '../../ui/status'
import { DashboardBody } from './dashboard-body'
import { DashboardSkeleton } from './dashboard-skeleton'
import { periodFromSearch, periodToSearch, toIso, vietnamToday, type Period } from './period'
import { PeriodPicker } from './period-picker'
import './dashboard.css'

/** Tổng quan: the period's task figures, per unit, the work to look at now, and charts. */
export function DashboardScreen(): ReactElement {
  const user = useCurrentUser()
  const specialist = !user.roles.includes('lanh_dao') && !user.roles.includes('van_thu')
  const [params, setParams] = useSearchParams()
  const today = vietnamToday()
  const period = periodFromSearch(params, today)
  const dashboard = useDashboard({ from: period.from, to: period.to })

  const choose = (next: Period): void => {
    setParams(periodToSearch(next), { replace: true })
  }

  const data = dashboard.data
  const description = data
    ? `Nhiệm vụ giao từ ${formatDate(data.from)} đến ${formatDate(data.to)}, tình trạng tính đến ${formatDate(data.asOf)}.`
    : `Nhiệm vụ giao từ ${formatDate(period.from)} đến ${formatDate(period.to)}.`

  return (
    <>
      <PageHeader
        title="Tổng quan"
        description={description}
        extra={<PeriodPicker value={period} onChange={choose} />}
      />
      {dashboard.isPending ? (
        <DashboardSkeleton />
      ) : dashboard.isError ? (
        <LoadError error={dashboard.error} onRetry={() => void dashboard.refetch()} />
      ) : (
        <DashboardBody data={dashboard.data} specialist={specialist} today={toIso(today)} />
      )}
    </>
  )
}
