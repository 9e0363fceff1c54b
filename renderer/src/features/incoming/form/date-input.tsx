import { DatePicker } from 'antd'
import type { Dayjs } from 'dayjs'
import type { CSSProperties, KeyboardEvent, ReactElement } from 'react'

/**
 * Formats a date may be typed in: the first is how it is shown. A clerk types `050325` or
 * `05032025` without slashes (UX goal 1); strict parsing keeps `0503` from meaning anything.
 */
export const DATE_FORMATS = ['DD/MM/YYYY', 'D/M/YYYY', 'DDMMYYYY', 'DDMMYY', 'DD/MM/YY', 'D/M/YY']

type Props = Readonly<{
  id?: string
  value?: Dayjs | null
  onChange?: (value: Dayjs | null) => void
  onKeyDown?: (e: KeyboardEvent<HTMLElement>) => void
  allowClear?: boolean
  disabled?: boolean
  className?: string
  style?: CSSProperties
  'aria-label'?: string
}>

/** A date field that takes dd/MM/yyyy, `050325` and `05032025`. */
export function DateInput({ onChange, style, ...props }: Props): ReactElement {
  return (
    <DatePicker
      format={DATE_FORMATS}
      placeholder="dd/mm/yyyy"
      style={{ width: '100%', ...style }}
      {...props}
      onChange={(d: Dayjs | null) => onChange?.(d)}
    />
  )
}
