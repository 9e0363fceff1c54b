import { Segmented } from 'antd'
import type { ReactElement } from 'react'
import type { BucketCounts } from '../../../../../shared/tasks/buckets'
import type { BucketChoice } from './use-task-params'

type Chip = Readonly<{ key: BucketChoice | 'all'; label: string; tone?: string }>

const chips: readonly Chip[] = [
  { key: 'all', label: 'Tất cả' },
  { key: 'trong_han', label: 'Trong hạn' },
  { key: 'sap_den_han', label: 'Sắp đến hạn', tone: 'orange' },
  { key: 'qua_han', label: 'Quá hạn', tone: 'red' },
  { key: 'hoan_thanh_dung_han', label: 'Hoàn thành đúng hạn', tone: 'green' },
  { key: 'hoan_thanh_qua_han', label: 'Hoàn thành quá hạn', tone: 'gold' },
]

type Props = Readonly<{
  value: BucketChoice | undefined
  counts: BucketCounts | undefined
  onChange: (bucket: BucketChoice | undefined) => void
}>

/**
 * The tracking buckets with their counts. A count is the number of rows its chip opens: the
 * core counts every bucket under the same filters as the list (UX goal 6).
 */
export function BucketChips({ value, counts, onChange }: Props): ReactElement {
  return (
    <Segmented<BucketChoice | 'all'>
      className="bucket-chips"
      aria-label="Lọc theo tình trạng"
      value={value ?? 'all'}
      onChange={(v) => onChange(v === 'all' ? undefined : v)}
      options={chips.map((c) => {
        const n = counts ? (c.key === 'all' ? counts.total : counts[c.key]) : null
        return {
          value: c.key,
          label: (
            <span className="bucket-chip" data-testid={`bucket-${c.key}`}>
              {c.label}
              <span
                className={`bucket-chip__count${n && c.tone ? ` bucket-chip__count--${c.tone}` : ''}`}
              >
                {n ?? '…'}
              </span>
            </span>
          ),
        }
      })}
    />
  )
}
