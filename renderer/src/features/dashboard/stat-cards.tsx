import type { ReactElement } from 'react'
import type { Dashboard } from '../../../../shared/api/task-types'
import { bucketLabels, type Bucket } from '../../../../shared/tasks/buckets'
import { bucketColors, formatCount, formatPercent } from './bucket-style'
import { periodLink, type DrillBucket } from './drill-links'
import { OverdueChange } from './overdue-change'
import { StatCard } from './stat-card'

type Props = Readonly<{ data: Dashboard }>

const bucketOrder: readonly Bucket[] = [
  'trong_han',
  'qua_han',
  'hoan_thanh_dung_han',
  'hoan_thanh_qua_han',
]

/** The Government Office's reporting figures (DOMAIN §6) for the period, each a link. */
export function StatCards({ data }: Props): ReactElement {
  const { counts, from, to } = data
  const link = (bucket?: DrillBucket): string => periodLink({ from, to, bucket })
  return (
    <div className="stat-grid">
      <StatCard
        testId="card-total"
        title="Tổng số nhiệm vụ"
        value={formatCount(counts.total)}
        to={link()}
        linkLabel={`Tổng số nhiệm vụ: ${counts.total}`}
      />
      {bucketOrder.map((b) => (
        <StatCard
          key={b}
          testId={`card-${b}`}
          title={bucketLabels[b].replace(' - ', ' – ')}
          value={formatCount(counts[b])}
          to={link(b)}
          color={bucketColors[b]}
          linkLabel={`${bucketLabels[b]}: ${counts[b]}`}
        />
      ))}
      <StatCard
        testId="card-sap_den_han"
        title="Sắp đến hạn"
        value={formatCount(counts.sap_den_han)}
        to={link('sap_den_han')}
        color={bucketColors.sap_den_han}
        linkLabel={`Sắp đến hạn: ${counts.sap_den_han}`}
        footer={`Còn hạn và đến hạn trong ${data.dueSoonDays} ngày tới`}
      />
      <StatCard
        testId="card-overdue-percent"
        title="Tỷ lệ quá hạn"
        value={formatPercent(data.overduePercent)}
        // A share of the whole period: it opens the whole period's list.
        to={link()}
        color={data.overduePercent > 0 ? bucketColors.qua_han : undefined}
        linkLabel={`Tỷ lệ quá hạn: ${formatPercent(data.overduePercent)}`}
        footer={<OverdueChange data={data} />}
      />
      <StatCard
        testId="card-done-percent"
        title="Tỷ lệ hoàn thành"
        value={formatPercent(data.donePercent)}
        to={link()}
        color={bucketColors.hoan_thanh_dung_han}
        linkLabel={`Tỷ lệ hoàn thành: ${formatPercent(data.donePercent)}`}
        footer={`${formatCount(
          counts.hoan_thanh_dung_han + counts.hoan_thanh_qua_han,
        )} trên ${formatCount(counts.total)} nhiệm vụ`}
      />
    </div>
  )
}
