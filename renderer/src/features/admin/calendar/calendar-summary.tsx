import { Flex, Typography } from 'antd'
import type { ReactElement } from 'react'
import type { CalendarDayEntry } from '../../../../../shared/api/methods/calendar'
import { makeUpDays, weekdaysOff } from './calendar-labels'

type Props = Readonly<{ year: number; days: readonly CalendarDayEntry[] }>

/** How the year's table moves the working days: days off on weekdays, worked weekend days. */
export function CalendarSummary({ year, days }: Props): ReactElement {
  const off = weekdaysOff(days)
  const worked = makeUpDays(days)
  return (
    <Flex gap={16} wrap aria-label={`Tóm tắt năm ${year}`} role="group">
      <Typography.Text>
        <Typography.Text strong>{off}</Typography.Text> ngày nghỉ rơi vào thứ Hai – thứ Sáu
      </Typography.Text>
      <Typography.Text>
        <Typography.Text strong>{worked}</Typography.Text> ngày làm bù vào thứ Bảy, Chủ nhật
      </Typography.Text>
    </Flex>
  )
}
