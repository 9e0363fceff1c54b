import { Card, Progress, Typography } from 'antd'
import type { ReactElement } from 'react'
import { Link } from 'react-router'
import { useSearchTasks } from '../../api/search'
import { formatDate } from '../../ui/format'
import { Highlight } from './highlight'
import { taskPath, totalText } from './labels'

/** Tasks whose title, content or result match the same words, among those the person sees. */
export function TaskResults({ q }: { q: string }): ReactElement {
  const tasks = useSearchTasks({ q: q.trim(), limit: 10 })
  const data = tasks.data
  return (
    <Card
      size="small"
      title={data ? `Nhiệm vụ · ${totalText(data.total, data.totalExact)}` : 'Nhiệm vụ'}
      loading={tasks.isPending}
      className="search-side-card"
    >
      {tasks.isError ? (
        <Typography.Text type="danger">{tasks.error.message}</Typography.Text>
      ) : !data || data.hits.length === 0 ? (
        <Typography.Text type="secondary">Không có nhiệm vụ nào khớp.</Typography.Text>
      ) : (
        <ul className="search-tasks" aria-label="Nhiệm vụ tìm được">
          {data.hits.map((t) => (
            <li key={t.id}>
              <Link to={taskPath(t.id)}>
                <Highlight text={t.title} marks={t.titleMarks} />
              </Link>
              <div className="search-tasks__meta">
                <span>Hạn {formatDate(t.deadline)}</span>
                {t.completedAt ? (
                  <span>Đã hoàn thành</span>
                ) : (
                  <Progress percent={t.percent} size="small" style={{ width: 110, margin: 0 }} />
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
    </Card>
  )
}
