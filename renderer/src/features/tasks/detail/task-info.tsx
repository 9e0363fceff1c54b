import { Descriptions, Tag, Typography } from 'antd'
import type { ReactElement, ReactNode } from 'react'
import { Link } from 'react-router'
import type { TaskDetail, TaskMember } from '../../../../../shared/api/task-types'
import { taskSourceLabels } from '../../../../../shared/api/task-types'
import { formatDate, formatDateTime } from '../../../ui/format'
import { PartyText } from '../labels'

function Members({ members }: { members: readonly TaskMember[] }): ReactNode {
  if (members.length === 0) {
    return '—'
  }
  return (
    <ul className="task-members">
      {members.map((m) => (
        <li key={`${m.kind}-${m.id}`}>
          <PartyText party={m} />
          {m.deadline ? <Tag style={{ marginLeft: 6 }}>hạn {formatDate(m.deadline)}</Tag> : null}
          {m.role === 'de_biet' ? (
            m.readAt ? (
              <Tag color="success" style={{ marginLeft: 6 }}>
                Đã đọc {formatDateTime(m.readAt)}
              </Tag>
            ) : (
              <Tag style={{ marginLeft: 6 }}>Chưa đọc</Tag>
            )
          ) : null}
        </li>
      ))}
    </ul>
  )
}

/** Nội dung, nguồn, người giao, chủ trì, người xử lý, phối hợp, để biết, kết quả. */
export function TaskInfo({ task }: { task: TaskDetail }): ReactElement {
  const source = task.documentId ? (
    <Link to={`/van-ban-den/${task.documentId}`}>{task.documentLabel ?? task.sourceText}</Link>
  ) : (
    `${taskSourceLabels[task.sourceKind]}${task.sourceText ? `: ${task.sourceText}` : ''}`
  )
  return (
    <Descriptions
      bordered
      size="small"
      column={1}
      styles={{ label: { width: 140 } }}
      items={[
        {
          key: 'content',
          label: 'Nội dung',
          children: task.content ? (
            <span className="task-content">{task.content}</span>
          ) : (
            <Typography.Text type="secondary">—</Typography.Text>
          ),
        },
        { key: 'source', label: 'Nguồn giao', children: source },
        {
          key: 'assigner',
          label: 'Người giao',
          children: (
            <>
              <PartyText party={task.assigner} /> · {formatDateTime(task.createdAt)}
            </>
          ),
        },
        { key: 'lead', label: 'Chủ trì', children: <PartyText party={task.lead} /> },
        {
          key: 'handler',
          label: 'Người xử lý',
          children: (
            <>
              <PartyText party={task.handler} />
              {task.handler && task.handlerDeadline ? (
                <Tag style={{ marginLeft: 6 }}>hạn {formatDate(task.handlerDeadline)}</Tag>
              ) : null}
            </>
          ),
        },
        {
          key: 'support',
          label: 'Phối hợp',
          children: <Members members={task.members.filter((m) => m.role === 'phoi_hop')} />,
        },
        {
          key: 'inform',
          label: 'Để biết',
          children: <Members members={task.members.filter((m) => m.role === 'de_biet')} />,
        },
        ...(task.replyDocument
          ? [
              {
                key: 'reply',
                label: 'Văn bản trả lời',
                children: (
                  <Link to={`/van-ban-di/${task.replyDocument.id}`} data-testid="task-reply">
                    Đã trả lời bằng văn bản số {task.replyDocument.soKyHieu}
                    {task.replyDocument.ngayBanHanh
                      ? ` ngày ${formatDate(task.replyDocument.ngayBanHanh)}`
                      : ''}
                  </Link>
                ),
              },
            ]
          : []),
        ...(task.result
          ? [
              {
                key: 'result',
                // Reopened work keeps what was reported; it is not the final result any more.
                label: task.completedAt ? 'Kết quả' : 'Kết quả trước khi mở lại',
                children: <span className="task-content">{task.result}</span>,
              },
            ]
          : []),
      ]}
    />
  )
}
