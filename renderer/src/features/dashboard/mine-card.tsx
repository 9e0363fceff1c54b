import { Card, Table, type TableColumnsType } from 'antd'
import type { ReactElement } from 'react'
import { Link } from 'react-router'
import type { Dashboard, TaskPriority } from '../../../../shared/api/task-types'
import { taskPriorityLabels } from '../../../../shared/api/task-types'
import { bucketColors, bucketShortLabels, formatCount } from './bucket-style'
import { mineLink, type DrillBucket } from './drill-links'

type Props = Readonly<{ mine: Dashboard['mine'] }>
type Row = Dashboard['mine'][number]

/** Most pressing first, the order a person works in. */
const priorityOrder: readonly TaskPriority[] = ['khan', 'cao', 'thuong']
/** "Mine" is open work only, so the done buckets are always empty and are left out. */
const openBuckets: readonly DrillBucket[] = ['trong_han', 'sap_den_han', 'qua_han']

/** The caller's own open work (chủ trì, xử lý, phối hợp), by priority and bucket. */
export function MineCard({ mine }: Props): ReactElement {
  const rows = priorityOrder
    .map((p) => mine.find((m) => m.priority === p))
    .filter((m): m is Row => m !== undefined)
  const open = rows.reduce((n, r) => n + r.counts.total, 0)
  const cell = (r: Row, bucket: DrillBucket | undefined, what: string): ReactElement => {
    const n = bucket ? r.counts[bucket] : r.counts.total
    return (
      <Link
        to={mineLink(r.priority, bucket)}
        aria-label={`Việc ${taskPriorityLabels[r.priority].toLowerCase()}, ${what}: ${n}`}
        style={bucket && n > 0 ? { color: bucketColors[bucket] } : undefined}
        className={n === 0 ? 'count-link count-link--zero' : 'count-link'}
      >
        {formatCount(n)}
      </Link>
    )
  }
  const columns: TableColumnsType<Row> = [
    {
      title: 'Mức độ',
      dataIndex: 'priority',
      render: (p: TaskPriority) => taskPriorityLabels[p],
    },
    {
      title: 'Đang làm',
      key: 'total',
      align: 'right',
      render: (_v, r) => cell(r, undefined, 'đang làm'),
    },
    ...openBuckets.map((b) => ({
      title: bucketShortLabels[b],
      key: b,
      align: 'right' as const,
      render: (_v: unknown, r: Row) => cell(r, b, bucketShortLabels[b].toLowerCase()),
    })),
  ]
  return (
    <Card
      size="small"
      title="Việc của tôi"
      extra={<span className="secondary-line">{formatCount(open)} việc đang làm</span>}
      styles={{ body: { padding: 0 } }}
      data-testid="mine"
    >
      {open === 0 ? (
        <div className="card-empty">Bạn chưa có việc nào đang làm.</div>
      ) : (
        <Table<Row>
          rowKey="priority"
          aria-label="Việc của tôi theo mức độ"
          columns={columns}
          dataSource={rows}
          pagination={false}
          size="small"
        />
      )}
    </Card>
  )
}
