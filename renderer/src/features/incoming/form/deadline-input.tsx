import { Button, Flex, Tooltip } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import type { ReactElement } from 'react'
import { useAddWorkingDays } from '../../../api/calendar'
import { DateInput } from './date-input'

const QUICK = [3, 5, 10] as const

type Props = Readonly<{
  id?: string
  value?: Dayjs | null
  onChange?: (value: Dayjs | null) => void
  /** Counted from here: the day the document arrived. */
  base: Dayjs
  className?: string
}>

/**
 * Hạn xử lý: a date, or a quick "+3/+5/+10 ngày làm việc" from the arrival date, counted by
 * the core's working-day calendar (the arrival day itself is not counted; weekends, holidays
 * and make-up days as the admin set them). Typing `+5` then Enter does the same without the
 * mouse.
 */
export function DeadlineInput({ id, value, onChange, base, className }: Props): ReactElement {
  const addWorkingDays = useAddWorkingDays()
  const set = (days: number): void => {
    void addWorkingDays(base.format('YYYY-MM-DD'), days).then((date) =>
      onChange?.(dayjs(date).startOf('day')),
    )
  }
  return (
    <Flex gap={4} className={className}>
      <DateInput
        id={id}
        value={value ?? null}
        onChange={(d: Dayjs | null) => onChange?.(d)}
        onKeyDown={(e) => {
          const typed = /^\+(\d{1,3})$/.exec((e.target as HTMLInputElement).value.trim())
          if (e.key === 'Enter' && typed?.[1]) {
            set(Number(typed[1]))
          }
        }}
        style={{ flex: 1, minWidth: 120 }}
      />
      {QUICK.map((days) => (
        <Tooltip key={days} title={`${days} ngày làm việc kể từ ngày đến (gõ +${days} rồi Enter)`}>
          <Button onClick={() => set(days)} tabIndex={-1} aria-label={`Hạn ${days} ngày làm việc`}>
            +{days}
          </Button>
        </Tooltip>
      ))}
    </Flex>
  )
}
