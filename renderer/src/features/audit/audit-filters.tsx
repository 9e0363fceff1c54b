import { DatePicker, Flex, InputNumber, Select } from 'antd'
import dayjs from 'dayjs'
import type { ReactElement } from 'react'
import {
  methodLabels,
  offApiLabels,
  recordTypeLabels,
} from '../../../../shared/audit/method-labels'
import { useUsers } from '../../api/users'
import type { AuditFilters } from './use-audit'

const collator = new Intl.Collator('vi')
const methodOptions = Object.entries({ ...methodLabels, ...offApiLabels })
  .map(([value, label]) => ({ value, label }))
  .sort((a, b) => collator.compare(a.label, b.label))
const typeOptions = Object.entries(recordTypeLabels)
  .map(([value, label]) => ({ value, label }))
  .sort((a, b) => collator.compare(a.label, b.label))

type Props = Readonly<{ value: AuditFilters; onChange: (patch: Partial<AuditFilters>) => void }>

/** Người thực hiện, chức năng, bản ghi, khoảng ngày: each change starts again at page 1. */
export function AuditFiltersBar({ value, onChange }: Props): ReactElement {
  const users = useUsers()
  const people = (users.data ?? [])
    .map((u) => ({ value: u.id, label: `${u.fullName} (${u.username})` }))
    .sort((a, b) => collator.compare(a.label, b.label))
  return (
    <Flex gap={12} wrap style={{ padding: 16 }}>
      <Select<number>
        aria-label="Người thực hiện"
        allowClear
        showSearch
        optionFilterProp="label"
        placeholder="Mọi người thực hiện"
        loading={users.isLoading}
        value={value.actorUserId}
        onChange={(actorUserId) => onChange({ actorUserId })}
        options={people}
        style={{ width: 260 }}
      />
      <Select<string>
        aria-label="Chức năng"
        allowClear
        showSearch
        optionFilterProp="label"
        placeholder="Mọi chức năng"
        value={value.method}
        onChange={(method) => onChange({ method })}
        options={methodOptions}
        style={{ width: 240 }}
      />
      <Select<string>
        aria-label="Loại bản ghi"
        allowClear
        placeholder="Mọi loại bản ghi"
        value={value.recordType}
        onChange={(recordType) => onChange({ recordType })}
        options={typeOptions}
        style={{ width: 180 }}
      />
      <InputNumber<number>
        aria-label="Mã bản ghi"
        placeholder="Mã bản ghi"
        min={1}
        value={value.recordId ?? null}
        onChange={(recordId) => onChange({ recordId: recordId ?? undefined })}
        style={{ width: 130 }}
      />
      <DatePicker.RangePicker
        aria-label="Khoảng ngày"
        format="DD/MM/YYYY"
        placeholder={['Từ ngày', 'đến ngày']}
        value={value.from && value.to ? [dayjs(value.from), dayjs(value.to)] : null}
        onChange={(range) =>
          onChange({
            from: range?.[0]?.format('YYYY-MM-DD'),
            to: range?.[1]?.format('YYYY-MM-DD'),
          })
        }
        style={{ width: 250 }}
      />
    </Flex>
  )
}
