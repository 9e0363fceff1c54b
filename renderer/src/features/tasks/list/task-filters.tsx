import { SearchOutlined } from '@ant-design/icons'
import { DatePicker, Flex, Input, Select } from 'antd'
import dayjs from 'dayjs'
import { useMemo, useRef, useState, type ReactElement } from 'react'
import { taskPriorities, taskPriorityLabels } from '../../../../../shared/api/task-types'
import type { TaskPriority } from '../../../../../shared/api/task-types'
import { useUnits } from '../../../api/units'
import { buildTree, unitOptions } from '../../admin/units/unit-tree'
import { UnitTreeSelect } from '../../admin/units/unit-tree-select'
import type { TaskParams } from './use-task-params'

type Props = Readonly<{ params: TaskParams; onChange: (patch: Partial<TaskParams>) => void }>

/** Search (with or without diacritics: the core folds both sides), priority and lead unit. */
export function TaskFilters({ params, onChange }: Props): ReactElement {
  const units = useUnits()
  const options = useMemo(
    () => unitOptions(buildTree(units.data ?? []), { hideDisabled: true }),
    [units.data],
  )
  const [text, setText] = useState(params.q)
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  // Typing asks the core once the person pauses, not on every key.
  const type = (value: string): void => {
    setText(value)
    clearTimeout(timer.current)
    timer.current = setTimeout(() => onChange({ q: value }), 300)
  }
  return (
    <Flex gap={8} wrap>
      <Input
        aria-label="Tìm nhiệm vụ"
        allowClear
        prefix={<SearchOutlined aria-hidden />}
        placeholder="Tìm theo tên, nội dung, số ký hiệu"
        value={text}
        onChange={(e) => type(e.target.value)}
        onPressEnter={() => {
          clearTimeout(timer.current)
          onChange({ q: text })
        }}
        style={{ width: 280 }}
      />
      <Select<TaskPriority>
        aria-label="Mức ưu tiên"
        allowClear
        placeholder="Mọi mức ưu tiên"
        value={params.priority}
        onChange={(priority) => onChange({ priority })}
        options={taskPriorities.map((p) => ({ value: p, label: taskPriorityLabels[p] }))}
        style={{ width: 160 }}
      />
      <DatePicker.RangePicker
        aria-label="Ngày giao"
        format="DD/MM/YYYY"
        placeholder={['Giao từ ngày', 'đến ngày']}
        value={params.from && params.to ? [dayjs(params.from), dayjs(params.to)] : null}
        onChange={(range) =>
          onChange({
            from: range?.[0]?.format('YYYY-MM-DD'),
            to: range?.[1]?.format('YYYY-MM-DD'),
          })
        }
        style={{ width: 250 }}
      />
      <UnitTreeSelect
        aria-label="Đơn vị chủ trì"
        allowClear
        placeholder="Mọi đơn vị chủ trì"
        options={options}
        value={params.unitId ?? null}
        onChange={(unitId) => onChange({ unitId })}
        style={{ width: 230 }}
      />
    </Flex>
  )
}
