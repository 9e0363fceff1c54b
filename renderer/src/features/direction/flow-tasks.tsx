import { Progress, Table, Tag, Typography } from 'antd'
import type { ReactElement } from 'react'
import { Link } from 'react-router'
import type { DocumentFlow, TaskRow } from '../../../../shared/api/task-types'
import { formatDateTime } from '../../ui/format'
import { DeadlineText, PartyText, TaskStatusTags } from '../tasks/labels'

/** The document's tasks, each opening its own page. */
export function FlowTasks({ tasks }: { tasks: readonly TaskRow[] }): ReactElement {
  return (
    <Table<TaskRow>
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={[...tasks]}
      aria-label="Nhiệm vụ của văn bản"
      columns={[
        {
          title: 'Nhiệm vụ',
          key: 'title',
          render: (_, t) => <Link to={`/cong-viec/${t.id}`}>{t.title}</Link>,
        },
        { title: 'Trạng thái', key: 'bucket', render: (_, t) => <TaskStatusTags row={t} /> },
        { title: 'Chủ trì', key: 'lead', render: (_, t) => t.lead.name },
        { title: 'Người xử lý', key: 'handler', render: (_, t) => <PartyText party={t.handler} /> },
        { title: 'Hạn', key: 'due', render: (_, t) => <DeadlineText row={t} /> },
        {
          title: 'Tiến độ',
          key: 'percent',
          width: 120,
          render: (_, t) => <Progress percent={t.percent} size="small" />,
        },
      ]}
    />
  )
}

/** Who received the document "để biết", and whether they have opened it. */
export function FlowInformed({ informed }: { informed: DocumentFlow['informed'] }): ReactElement {
  return (
    <ul className="flow-informed" aria-label="Nhận để biết">
      {informed.map((p) => (
        <li key={p.id}>
          <Typography.Text strong={p.readAt === null}>{p.name}</Typography.Text>
          {p.detail ? <Typography.Text type="secondary"> · {p.detail}</Typography.Text> : null}{' '}
          {p.readAt ? (
            <Tag color="success">Đã đọc {formatDateTime(p.readAt)}</Tag>
          ) : (
            <Tag>Chưa đọc</Tag>
          )}
        </li>
      ))}
    </ul>
  )
}
