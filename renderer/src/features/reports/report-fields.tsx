import { DatePicker, Flex, Select, Typography } from 'antd'
import { useMemo, type ReactElement, type ReactNode } from 'react'
import type { Register } from '../../../../shared/api/document-types'
import type { Unit } from '../../../../shared/api/types'
import { UnitTreeSelect } from '../admin/units/unit-tree-select'
import { buildTree, unitOptions } from '../admin/units/unit-tree'
import { DATE_FORMATS } from '../incoming/form/date-input'
import { periodPresets, type Period } from './report-period'

/** A label over its field, tied to it for screen readers and tests. */
export function Field({
  id,
  label,
  children,
}: Readonly<{ id: string; label: string; children: ReactNode }>): ReactElement {
  return (
    <Flex vertical gap={4}>
      <label htmlFor={id}>
        <Typography.Text type="secondary">{label}</Typography.Text>
      </label>
      {children}
    </Flex>
  )
}

export function PeriodField({
  id,
  value,
  onChange,
}: Readonly<{ id: string; value: Period; onChange: (p: Period) => void }>): ReactElement {
  return (
    <Field id={id} label="Từ ngày – đến ngày">
      <DatePicker.RangePicker
        id={id}
        format={DATE_FORMATS}
        allowClear={false}
        value={value}
        presets={periodPresets()}
        onChange={(r) => (r?.[0] && r[1] ? onChange([r[0], r[1]]) : undefined)}
        style={{ width: 260 }}
      />
    </Field>
  )
}

export function RegisterField({
  id,
  registers,
  loading,
  value,
  onChange,
}: Readonly<{
  id: string
  registers: readonly Register[]
  loading: boolean
  value: number | undefined
  onChange: (id: number) => void
}>): ReactElement {
  return (
    <Field id={id} label="Sổ văn bản đến">
      <Select<number>
        id={id}
        loading={loading}
        value={value}
        onChange={onChange}
        options={registers.map((r) => ({ value: r.id, label: r.name }))}
        placeholder="Chọn sổ"
        notFoundContent="Chưa có sổ văn bản đến"
        style={{ width: 220 }}
      />
    </Field>
  )
}

export function UnitField({
  id,
  units,
  value,
  onChange,
}: Readonly<{
  id: string
  units: readonly Unit[]
  value: number | undefined
  onChange: (id: number | undefined) => void
}>): ReactElement {
  const options = useMemo(() => unitOptions(buildTree(units), { hideDisabled: true }), [units])
  return (
    <Field id={id} label="Đơn vị (gồm các đơn vị trực thuộc)">
      <UnitTreeSelect
        id={id}
        options={options}
        value={value ?? null}
        onChange={onChange}
        allowClear
        placeholder="Toàn cơ quan"
        style={{ width: 280 }}
      />
    </Field>
  )
}
