import { Card, Table, Tag, type TableColumnsType } from 'antd'
import dayjs from 'dayjs'
import type { ReactElement } from 'react'
import { Link } from 'react-router'
import type { TaskRow } from '../../../../shared/api/task-types'
import { taskPriorityLabels } from '../../../../shared/api/task-types'
import { formatDate } from '../../ui/format'
import { bucketColors } from './bucket-style'
import { taskLink } from './drill-links'

type Props = Readonly<{
  kind: 'sap_den_han' | 'qua_han'
  rows: readonly TaskRow[]
  /** YYYY-MM-DD, today in Vietnam: the lists are judged on today, not on the period's end. */
  today: string
}>

const titles = { sap_den_han: 'Sắp đến hạn', qua_han: 'Quá hạn' } as const
const empty = {
  sap_den_han: 'Không có nhiệm vụ nào sắp đến hạn',
  qua_han: 'Không có nhiệm vụ nào quá hạn',
} as const

function when(row: TaskRow, today: string): string {
  if (row.daysLate > 0) {
    return `quá ${row.daysLate} ngày`
  }
  const left = dayjs(row.dueOn).diff(dayjs(today), 'day')
  return left <= 0 ? 'hạn hôm nay' : `còn ${left} ngày`
}

/**
 * The open work that needs a look now, whatever the period: overdue work from last year is
 * still overdue. The core sends at most 50 of each, soonest deadline first.
 */
export function TaskListCard({ kind, rows, today }: Props): ReactElement {
  const columns: TableColumnsType<TaskRow> = [
    {
      title: 'Nhiệm vụ',
      dataIndex: 'title',
      render: (title: string, r) => (
        <>
          <Link to={taskLink(r.id)}>{title}</Link>
          {r.priority === 'thuong' ? null : (
            <Tag color={r.priority === 'khan' ? 'red' : 'gold'} style={{ marginInlineStart: 6 }}>
              {taskPriorityLabels[r.priority]}
            </Tag>
          )}
        </>
      ),
    },
    {
      title: 'Chủ trì',
      key: 'lead',
      width: 170,
      render: (_v, r) => (
        <>
          <div>{r.lead.name}</div>
          {r.handler && !(r.lead.kind === 'user' && r.handler.id === r.lead.id) ? (
            <div className="secondary-line">{r.handler.name}</div>
          ) : null}
        </>
      ),
    },
    {
      title: 'Hạn',
      key: 'deadline',
      width: 120,
      render: (_v, r) => (
        <>
          <div>{formatDate(r.deadline)}</div>
          <div className="secondary-line" style={{ color: bucketColors[kind] }}>
            {when(r, today)}
          </div>
        </>
      ),
    },
  ]
  return (
    <Card
      size="small"
      title={
        <span>
          {titles[kind]}{' '}
          <span className="list-count" style={{ color: bucketColors[kind] }}>
            ({rows.length})
          </span>
        </span>
      }
      styles={{ body: { padding: 0 } }}
      data-testid={`list-${kind}`}
    >
      <Table<TaskRow>
        rowKey="id"
        aria-label={`Nhiệm vụ ${titles[kind].toLowerCase()}`}
        columns={columns}
        dataSource={rows}
        pagination={false}
        size="small"
        scroll={{ y: 300 }}
        locale={{ emptyText: empty[kind] }}
      />
    </Card>
  )
}
