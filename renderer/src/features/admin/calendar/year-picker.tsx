import { LeftOutlined, RightOutlined } from '@ant-design/icons'
import { Button, DatePicker, Space } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import type { ReactElement } from 'react'

// The contract's range for calendar.holidays.
export const MIN_YEAR = 1945
export const MAX_YEAR = 2100

type Props = Readonly<{ year: number; onChange: (year: number) => void }>

/** A year, with buttons for the year before and the year after. */
export function YearPicker({ year, onChange }: Props): ReactElement {
  return (
    <Space.Compact>
      <Button
        icon={<LeftOutlined aria-hidden />}
        aria-label={`Năm trước (${year - 1})`}
        disabled={year <= MIN_YEAR}
        onClick={() => onChange(year - 1)}
      />
      <DatePicker
        picker="year"
        aria-label="Năm"
        allowClear={false}
        value={dayjs(`${year}-01-01`)}
        format="[Năm] YYYY"
        inputReadOnly
        style={{ width: 130 }}
        disabledDate={(d: Dayjs) => d.year() < MIN_YEAR || d.year() > MAX_YEAR}
        onChange={(d: Dayjs | null) => {
          if (d) {
            onChange(d.year())
          }
        }}
      />
      <Button
        icon={<RightOutlined aria-hidden />}
        aria-label={`Năm sau (${year + 1})`}
        disabled={year >= MAX_YEAR}
        onClick={() => onChange(year + 1)}
      />
    </Space.Compact>
  )
}
