import { Button, DatePicker, Flex, Space, Tooltip, Typography } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import type { ReactElement } from 'react'
import { useAddWorkingDays } from '../../../api/calendar'
import { TASK_DATE_FORMATS } from './dates'

const PRESETS = [3, 5, 10] as const

type Props = Readonly<{
  id?: string
  value?: Dayjs | null
  onChange?: (value: Dayjs | null) => void
  /** "5 ngày làm việc" when a preset chose the date; null when it was picked by hand. */
  onRule?: (rule: string | null) => void
  /** The latest date allowed (a handler's deadline within the task's). */
  max?: string | null
  'aria-label'?: string
}>

/**
 * Hạn xử lý: +3 / +5 / +10 ngày làm việc from today by the core's calendar (holidays and
 * make-up days included; today itself is not counted), or any date typed or picked. Typing `+5`
 * then Enter does the same as the button.
 */
export function DeadlineField({ id, value, onChange, onRule, max, ...rest }: Props): ReactElement {
  const addWorkingDays = useAddWorkingDays()
  const today = dayjs().format('YYYY-MM-DD')
  const preset = (days: number): void => {
    void addWorkingDays(today, days).then((date) => {
      onChange?.(dayjs(date))
      onRule?.(`${days} ngày làm việc`)
    })
  }
  return (
    <Flex gap={6} wrap>
      <DatePicker
        id={id}
        format={TASK_DATE_FORMATS}
        placeholder="dd/mm/yyyy"
        aria-label={rest['aria-label']}
        value={value ?? null}
        onChange={(d: Dayjs | null) => {
          onChange?.(d)
          onRule?.(null)
        }}
        onKeyDown={(e) => {
          const typed = /^\+(\d{1,3})$/.exec((e.target as HTMLInputElement).value.trim())
          if (e.key === 'Enter' && typed?.[1]) {
            e.preventDefault()
            preset(Number(typed[1]))
          }
        }}
        disabledDate={(d) =>
          d.isBefore(dayjs(), 'day') || (max ? d.isAfter(dayjs(max), 'day') : false)
        }
        style={{ width: 135, flex: 'none' }}
      />
      <Space.Compact>
        {PRESETS.map((days) => (
          <Tooltip key={days} title={`${days} ngày làm việc kể từ hôm nay (gõ +${days} rồi Enter)`}>
            <Button onClick={() => preset(days)} aria-label={`Hạn ${days} ngày làm việc`}>
              +{days}
            </Button>
          </Tooltip>
        ))}
      </Space.Compact>
      <Typography.Text type="secondary" style={{ alignSelf: 'center' }}>
        ngày làm việc
      </Typography.Text>
    </Flex>
  )
}
