import { SearchOutlined } from '@ant-design/icons'
import { DatePicker, Flex, Input, Select } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import type { ReactElement } from 'react'
import type {
  Direction,
  DocumentTypeEntry,
  Register,
} from '../../../../../shared/api/document-types'
import { DO_KHAN, type DoKhan } from '../../../../../shared/domain/levels'
import { outgoingStatusLabels } from '../../outgoing/labels'
import { DATE_FORMATS } from '../form/date-input'
import { TypeSelect } from '../form/type-select'
import { statusLabels } from '../labels'

export type Filters = Readonly<{
  year?: number
  registerId?: number
  loaiVanBan?: string
  coQuan: string
  doKhan?: DoKhan
  range: [Dayjs, Dayjs] | null
  status?: string
}>

export const noFilters: Filters = { coQuan: '', range: null }

type Props = Readonly<{
  direction: Direction
  value: Filters
  onChange: (next: Filters) => void
  registers: readonly Register[]
  types: readonly DocumentTypeEntry[]
}>

const thisYear = dayjs().year()
const years = Array.from({ length: 12 }, (_, i) => thisYear - i)
/** One entry per label: several codes may read the same (hoàn thành). */
const statusOptions = (labels: Readonly<Record<string, string>>): [string, string][] => [
  ...new Map(Object.entries(labels).map(([k, v]) => [v, k])).entries(),
]
const statuses: Readonly<Record<Direction, [string, string][]>> = {
  in: statusOptions(statusLabels),
  out: statusOptions(outgoingStatusLabels),
}
// Incoming documents are dated by arrival, outgoing ones by issue (the core filters the same way).
const rangeWords: Readonly<Record<Direction, { label: string; from: string; width: number }>> = {
  in: { label: 'Khoảng ngày đến', from: 'Đến từ ngày', width: 236 },
  out: { label: 'Khoảng ngày ban hành', from: 'Ban hành từ ngày', width: 280 },
}

/** Narrowing the register; the core does the filtering, whatever the size of the register. */
export function RegisterFilters({
  direction,
  value,
  onChange,
  registers,
  types,
}: Props): ReactElement {
  const set = (patch: Partial<Filters>): void => onChange({ ...value, ...patch })
  return (
    <Flex gap={8} wrap>
      <Select<number | 'all'>
        aria-label="Năm"
        value={value.year ?? 'all'}
        onChange={(v) => set({ year: v === 'all' ? undefined : v })}
        style={{ width: 110 }}
        options={[
          { value: 'all', label: 'Mọi năm' },
          ...years.map((y) => ({ value: y, label: `Năm ${y}` })),
        ]}
      />
      {registers.length > 1 ? (
        <Select<number>
          aria-label="Sổ"
          allowClear
          placeholder="Mọi sổ"
          value={value.registerId}
          onChange={(v) => set({ registerId: v })}
          style={{ width: 180 }}
          options={registers.map((r) => ({ value: r.id, label: r.name }))}
        />
      ) : null}
      <TypeSelect
        aria-label="Loại văn bản"
        types={types}
        allowClear
        placeholder="Mọi loại"
        value={value.loaiVanBan}
        onChange={(v) => set({ loaiVanBan: v })}
        style={{ width: 160 }}
      />
      {direction === 'in' ? (
        <Input
          aria-label="Cơ quan ban hành"
          allowClear
          prefix={<SearchOutlined aria-hidden />}
          placeholder="Cơ quan ban hành"
          value={value.coQuan}
          onChange={(e) => set({ coQuan: e.target.value })}
          style={{ width: 190 }}
        />
      ) : null}
      <Select<DoKhan>
        aria-label="Độ khẩn"
        allowClear
        placeholder="Mọi độ khẩn"
        value={value.doKhan}
        onChange={(v) => set({ doKhan: v })}
        style={{ width: 130 }}
        options={DO_KHAN.map((d) => ({ value: d.code, label: d.label }))}
      />
      <DatePicker.RangePicker
        aria-label={rangeWords[direction].label}
        format={DATE_FORMATS}
        placeholder={[rangeWords[direction].from, 'đến ngày']}
        value={value.range}
        onChange={(r) => set({ range: r?.[0] && r[1] ? [r[0], r[1]] : null })}
        style={{ width: rangeWords[direction].width }}
      />
      <Select<string>
        aria-label="Trạng thái"
        allowClear
        placeholder="Mọi trạng thái"
        value={value.status}
        onChange={(v) => set({ status: v })}
        style={{ width: 150 }}
        options={statuses[direction].map(([label, code]) => ({ value: code, label }))}
      />
    </Flex>
  )
}
