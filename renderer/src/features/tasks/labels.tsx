import { Tag, Tooltip, Typography } from 'antd'
import type { ReactElement } from 'react'
import type { Party, TaskPriority, TaskRow } from '../../../../shared/api/task-types'
import { taskPriorityLabels } from '../../../../shared/api/task-types'
import type { Bucket } from '../../../../shared/tasks/buckets'
import { formatDate } from '../../ui/format'
import './tasks.css'

/** Short bucket names for chips and tags; the long ones (bucketLabels) head the reports. */
export const bucketShort: Readonly<Record<Bucket, string>> = {
  trong_han: 'Trong hạn',
  qua_han: 'Quá hạn',
  hoan_thanh_dung_han: 'Hoàn thành đúng hạn',
  hoan_thanh_qua_han: 'Hoàn thành quá hạn',
}

const bucketColours: Readonly<Record<Bucket, string>> = {
  trong_han: 'processing',
  qua_han: 'error',
  hoan_thanh_dung_han: 'success',
  hoan_thanh_qua_han: 'warning',
}

export function BucketTag({ bucket }: { bucket: Bucket }): ReactElement {
  return <Tag color={bucketColours[bucket]}>{bucketShort[bucket]}</Tag>
}

/** The bucket, then what needs a look: due soon, an extension waiting to be decided. */
export function TaskStatusTags({ row }: { row: TaskRow }): ReactElement {
  return (
    <span className="task-tags">
      <BucketTag bucket={row.bucket} />
      {row.dueSoon ? <Tag color="orange">Sắp đến hạn</Tag> : null}
      {row.pendingExtension ? <Tag color="purple">Xin gia hạn</Tag> : null}
    </span>
  )
}

export function PriorityTag({ priority }: { priority: TaskPriority }): ReactElement | null {
  if (priority === 'thuong') {
    return <Typography.Text type="secondary">{taskPriorityLabels.thuong}</Typography.Text>
  }
  return (
    <Tag color={priority === 'khan' ? 'red' : 'gold'} variant="solid">
      {taskPriorityLabels[priority]}
    </Tag>
  )
}

/**
 * dd/MM/yyyy, red with "quá N ngày" when late. The date shown is the one work is judged on: a
 * deadline falling on a day off moves to the next working day, and the tooltip says so.
 */
export function DeadlineText({ row }: { row: TaskRow }): ReactElement {
  const late = row.daysLate > 0
  const moved = row.dueOn !== row.deadline
  const date = <span>{formatDate(row.dueOn)}</span>
  return (
    <span className={late ? 'task-deadline task-deadline--late' : 'task-deadline'}>
      {moved ? (
        <Tooltip
          title={`Hạn ${formatDate(row.deadline)} rơi vào ngày nghỉ, nên tính đến ${formatDate(row.dueOn)}`}
        >
          <span className="task-deadline__moved">{date}</span>
        </Tooltip>
      ) : (
        date
      )}
      {late ? <span className="task-deadline__late">quá {row.daysLate} ngày</span> : null}
    </span>
  )
}

/** A unit or a person: the name, then the unit's abbreviation or the person's position. */
export function PartyText({ party }: { party: Party | null }): ReactElement {
  if (!party) {
    return <Typography.Text type="secondary">Chưa phân công</Typography.Text>
  }
  return (
    <span>
      {party.name}
      {party.detail ? <Typography.Text type="secondary"> · {party.detail}</Typography.Text> : null}
    </span>
  )
}
