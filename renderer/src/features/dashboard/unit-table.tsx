import { Card, Table, type TableColumnsType } from 'antd'
import type { ReactElement } from 'react'
import { Link } from 'react-router'
import type { Dashboard, UnitStat } from '../../../../shared/api/task-types'
import { bucketLabels, type Bucket } from '../../../../shared/tasks/buckets'
import { bucketColors, bucketShortLabels, formatCount, formatPercent } from './bucket-style'
import { periodLink } from './drill-links'

type Props = Readonly<{ data: Dashboard }>

const bucketColumns: readonly Bucket[] = [
  'trong_han',
  'qua_han',
  'hoan_thanh_dung_han',
  'hoan_thanh_qua_han',
]

/** The four-way statistics per lead unit, in the order the core gives (Vietnamese collation). */
export function UnitTable({ data }: Props): ReactElement {
  const { from, to } = data
  const countCell = (u: UnitStat, bucket: Bucket | undefined, what: string): ReactElement => {
    const n = bucket ? u.counts[bucket] : u.counts.total
    return (
      <Link
        to={periodLink({ from, to, bucket, unitId: u.unitId })}
        aria-label={`${u.unitName}, ${what}: ${n}`}
        style={bucket && n > 0 ? { color: bucketColors[bucket] } : undefined}
        className={n === 0 ? 'count-link count-link--zero' : 'count-link'}
      >
        {formatCount(n)}
      </Link>
    )
  }
  const columns: TableColumnsType<UnitStat> = [
    { title: 'Đơn vị', dataIndex: 'unitName' },
    {
      title: 'Tổng',
      key: 'total',
      align: 'right',
      width: 80,
      render: (_v, u) => countCell(u, undefined, 'tổng số'),
    },
    ...bucketColumns.map((b) => ({
      title: bucketShortLabels[b],
      key: b,
      align: 'right' as const,
      width: 110,
      render: (_v: unknown, u: UnitStat) => countCell(u, b, bucketLabels[b]),
    })),
    {
      title: '% quá hạn',
      dataIndex: 'overduePercent',
      align: 'right',
      width: 100,
      render: (p: number) => formatPercent(p),
    },
  ]
  return (
    <Card title="Theo đơn vị" size="small" styles={{ body: { padding: 0 } }}>
      <Table<UnitStat>
        rowKey="unitId"
        aria-label="Nhiệm vụ theo đơn vị chủ trì"
        columns={columns}
        dataSource={data.byUnit}
        pagination={false}
        size="small"
        locale={{ emptyText: 'Chưa có nhiệm vụ nào trong kỳ' }}
        scroll={{ x: 700 }}
      />
    </Card>
  )
}
