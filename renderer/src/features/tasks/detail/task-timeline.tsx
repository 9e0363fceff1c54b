import { Tag, Timeline, Typography } from 'antd'
import type { ReactElement } from 'react'
import type { TaskEvent, TaskEventKind } from '../../../../../shared/api/task-types'
import { formatDate, formatDateTime } from '../../../ui/format'
import { EventFiles } from './event-files'

const kinds: Readonly<Record<TaskEventKind, { label: string; colour: string }>> = {
  giao: { label: 'Giao nhiệm vụ', colour: 'blue' },
  phan_cong: { label: 'Phân công người xử lý', colour: 'blue' },
  bao_cao: { label: 'Báo cáo tiến độ', colour: 'gray' },
  xin_gia_han: { label: 'Xin gia hạn', colour: 'purple' },
  duyet_gia_han: { label: 'Đồng ý gia hạn', colour: 'green' },
  tu_choi_gia_han: { label: 'Không đồng ý gia hạn', colour: 'red' },
  yeu_cau_giai_trinh: { label: 'Yêu cầu giải trình', colour: 'orange' },
  giai_trinh: { label: 'Giải trình', colour: 'orange' },
  hoan_thanh: { label: 'Hoàn thành', colour: 'green' },
  mo_lai: { label: 'Mở lại', colour: 'red' },
}

/** What the dates of an event say: the deadline set, or moved from one day to another. */
function dates(e: TaskEvent): string | null {
  if (e.deadlineFrom && e.deadlineTo && e.deadlineFrom !== e.deadlineTo) {
    return `Hạn ${formatDate(e.deadlineFrom)} → ${formatDate(e.deadlineTo)}`
  }
  if (e.deadlineTo && (e.kind === 'giao' || e.kind === 'phan_cong')) {
    return `Hạn ${formatDate(e.deadlineTo)}`
  }
  return null
}

function Entry({ e }: { e: TaskEvent }): ReactElement {
  const when = dates(e)
  return (
    <div data-testid={`event-${e.kind}`}>
      <Typography.Text strong>{kinds[e.kind].label}</Typography.Text>
      {e.percent !== null && e.kind === 'bao_cao' ? (
        <Tag color="blue" style={{ marginLeft: 8 }}>
          {e.percent}%
        </Tag>
      ) : null}
      {when ? <Tag style={{ marginLeft: 8 }}>{when}</Tag> : null}
      <div className="task-timeline__meta">
        <Typography.Text type="secondary">
          {e.actor.name}
          {e.actor.detail ? ` · ${e.actor.detail}` : ''} · {formatDateTime(e.at)}
          {e.recordedBy ? ` · ${e.recordedBy.name} ghi thay` : ''}
        </Typography.Text>
      </div>
      {e.text ? <p className="task-timeline__text">{e.text}</p> : null}
      <EventFiles files={e.files} />
    </div>
  )
}

/** Everything that happened to the task, in order. */
export function TaskTimeline({ events }: { events: readonly TaskEvent[] }): ReactElement {
  return (
    <Timeline
      className="task-timeline"
      items={events.map((e) => ({
        key: e.id,
        color: kinds[e.kind].colour,
        content: <Entry e={e} />,
      }))}
    />
  )
}
