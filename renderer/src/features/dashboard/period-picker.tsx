import { DatePicker, Flex, Segmented } from 'antd'
import dayjs from 'dayjs'
import type { ReactElement } from 'react'
import {
  periodKinds,
  periodLabels,
  presetPeriod,
  toIso,
  vietnamToday,
  type Period,
  type PeriodKind,
} from './period'

type Props = Readonly<{ value: Period; onChange: (next: Period) => void }>

const DATE_FORMATS = ['DD/MM/YYYY', 'D/M/YYYY', 'DDMMYYYY']

export function PeriodPicker({ value, onChange }: Props): ReactElement {
  const choose = (kind: PeriodKind): void => {
    // "Tùy chọn" starts from the dates already shown, so the person only adjusts them.
    onChange(kind === 'tuy_chon' ? { ...value, kind } : presetPeriod(kind, vietnamToday()))
  }
  return (
    <Flex gap={8} wrap align="center">
      <Segmented<PeriodKind>
        aria-label="Kỳ thống kê"
        value={value.kind}
        onChange={choose}
        options={periodKinds.map((k) => ({ value: k, label: periodLabels[k] }))}
      />
      {value.kind === 'tuy_chon' ? (
        <DatePicker.RangePicker
          aria-label="Khoảng thời gian"
          format={DATE_FORMATS}
          placeholder={['Từ ngày', 'đến ngày']}
          allowClear={false}
          value={[dayjs(value.from), dayjs(value.to)]}
          onChange={(range) => {
            const [from, to] = range ?? []
            if (from && to) {
              onChange({ kind: 'tuy_chon', from: toIso(from), to: toIso(to) })
            }
          }}
          style={{ width: 250 }}
        />
      ) : null}
    </Flex>
  )
}
