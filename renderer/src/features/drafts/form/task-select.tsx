import { Select } from 'antd'
import type { ReactElement } from 'react'
import type { TaskRow } from '../../../../../shared/api/task-types'
import { fold } from '../../../../../shared/text/normalize'
import { useTask, useTaskList } from '../../../api/tasks'
import { formatDate } from '../../../ui/format'

type Props = Readonly<{
  id?: string
  value?: number | null
  onChange?: (value: number | null) => void
  /** The document being answered: its tasks are the ones a reply can complete. */
  documentId: number | null
}>

const optionOf = (t: TaskRow): { value: number; label: string; search: string } => ({
  value: t.id,
  label: `${t.title} · ${t.lead.name} · hạn ${formatDate(t.dueOn)}`,
  search: fold(`${t.title} ${t.lead.name} ${t.documentLabel ?? ''}`),
})

/**
 * The task this draft completes: the open tasks on the answered document that the person can
 * see, or, with no document chosen, the open tasks they lead or handle. A task opened from a
 * link stays listed even when the list would not hold it.
 */
export function TaskSelect({ id, value, onChange, documentId }: Props): ReactElement {
  const list = useTaskList(
    documentId ? { view: 'all', documentId, sort: 'deadline' } : { view: 'mine', sort: 'deadline' },
    0,
    100,
  )
  const rows = (list.data?.rows ?? []).filter((t) => t.completedAt === null || t.id === value)
  const listed = value === null || value === undefined || rows.some((t) => t.id === value)
  const extra = useTask(listed ? null : (value ?? null))
  const options = [...(extra.data ? [extra.data] : []), ...rows].map(optionOf)
  return (
    <Select<number, (typeof options)[number]>
      id={id}
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? null)}
      options={options}
      loading={list.isFetching && !list.data}
      allowClear
      placeholder={documentId ? 'Nhiệm vụ trên văn bản này' : 'Nhiệm vụ tôi đang xử lý'}
      showSearch={{ filterOption: (input, o) => o?.search.includes(fold(input)) ?? false }}
      style={{ width: '100%' }}
      notFoundContent={
        documentId ? 'Văn bản này không có nhiệm vụ đang mở' : 'Không có nhiệm vụ đang mở'
      }
    />
  )
}
