import { Progress, Typography } from 'antd'
import type { TableColumnsType } from 'antd'
import { Link } from 'react-router'
import type { TaskRow } from '../../../../../shared/api/task-types'
import { DeadlineText, PartyText, PriorityTag, TaskStatusTags } from '../labels'

/** Tên nhiệm vụ, chủ trì, người xử lý, hạn, tiến độ, trạng thái, ưu tiên. */
export const taskColumns: TableColumnsType<TaskRow> = [
  {
    title: 'Tên nhiệm vụ',
    key: 'title',
    render: (_, t) => (
      <div className="task-title">
        <Link to={`/cong-viec/${t.id}`} className="task-title__link">
          {t.title}
        </Link>
        {t.documentLabel ? (
          <Typography.Text type="secondary" className="task-title__doc">
            {t.documentLabel}
          </Typography.Text>
        ) : null}
      </div>
    ),
  },
  { title: 'Chủ trì', key: 'lead', width: 160, render: (_, t) => <PartyText party={t.lead} /> },
  {
    title: 'Người xử lý',
    key: 'handler',
    width: 150,
    render: (_, t) => (t.handler ? t.handler.name : <PartyText party={null} />),
  },
  { title: 'Hạn', key: 'due', width: 130, render: (_, t) => <DeadlineText row={t} /> },
  {
    title: 'Tiến độ',
    key: 'percent',
    width: 110,
    render: (_, t) => (
      <Progress
        percent={t.percent}
        size="small"
        status={t.bucket === 'qua_han' ? 'exception' : undefined}
      />
    ),
  },
  { title: 'Trạng thái', key: 'bucket', width: 160, render: (_, t) => <TaskStatusTags row={t} /> },
  {
    title: 'Ưu tiên',
    key: 'priority',
    width: 100,
    render: (_, t) => <PriorityTag priority={t.priority} />,
  },
]
