import { Alert, Card, Flex, Progress, Typography } from 'antd'
import type { ReactElement } from 'react'
import type { TaskDetail } from '../../../../../shared/api/task-types'
import { formatDate } from '../../../ui/format'
import { DeadlineText, PriorityTag, TaskStatusTags } from '../labels'
import { TaskActionBar } from '../actions/task-actions'

/** The first glance: where it stands, by when, how far; what waits for an answer; what to do. */
export function TaskSummary({ task }: { task: TaskDetail }): ReactElement {
  const asked = task.extensions.find((x) => x.status === 'cho_duyet')
  const question = task.explanations.find((x) => x.answeredAt === null)
  return (
    <Card size="small" style={{ marginBottom: 16 }}>
      <div className="task-header">
        <Flex vertical gap={4}>
          <Typography.Text type="secondary">Trạng thái</Typography.Text>
          <Flex gap={4} wrap>
            <TaskStatusTags row={task} />
            <PriorityTag priority={task.priority} />
          </Flex>
        </Flex>
        <Flex vertical gap={4}>
          <Typography.Text type="secondary">Hạn xử lý</Typography.Text>
          <Typography.Text strong data-testid="task-deadline">
            <DeadlineText row={task} />
          </Typography.Text>
        </Flex>
        {task.completedAt ? (
          <Flex vertical gap={4}>
            <Typography.Text type="secondary">Hoàn thành ngày</Typography.Text>
            <Typography.Text strong>{formatDate(task.completedAt)}</Typography.Text>
          </Flex>
        ) : null}
        <div className="task-header__progress">
          <Typography.Text type="secondary">Tiến độ</Typography.Text>
          <Progress
            percent={task.percent}
            status={task.bucket === 'qua_han' ? 'exception' : undefined}
            aria-label={`Tiến độ ${task.percent}%`}
          />
        </div>
      </div>
      {asked ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginTop: 12 }}
          title={`${asked.requestedBy.name} xin gia hạn đến ${formatDate(asked.proposedDeadline)}: ${asked.reason}`}
        />
      ) : null}
      {question ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginTop: 12 }}
          title={`${question.requestedBy.name} yêu cầu giải trình: ${question.question}`}
        />
      ) : null}
      <div style={{ marginTop: 12 }}>
        <TaskActionBar task={task} />
      </div>
    </Card>
  )
}
