import { PlusOutlined } from '@ant-design/icons'
import { Alert, App, Button, Card, Flex, Table } from 'antd'
import dayjs from 'dayjs'
import { useMemo, useState, type ReactElement } from 'react'
import type { CalendarDayEntry } from '../../../../../shared/api/methods/calendar'
import { defaultHolidays } from '../../../../../shared/calendar'
import { useHolidays, useResetCalendarDay } from '../../../api/calendar'
import { PageHeader } from '../../../ui/page-header'
import { LoadError } from '../../../ui/status'
import { CalendarDayModal, type CalendarDayTarget } from './calendar-day-modal'
import { calendarColumns } from './calendar-columns'
import { formatDay } from './calendar-labels'
import { CalendarSummary } from './calendar-summary'
import { YearPicker } from './year-picker'

const messageOf = (err: unknown): string =>
  err instanceof Error ? err.message : 'Đã có lỗi không mong muốn.'

// The office's year, whatever zone the PC is set to.
const thisYear = (): number => dayjs().tz('Asia/Ho_Chi_Minh').year()

export function CalendarScreen(): ReactElement {
  const [year, setYear] = useState(thisYear)
  const holidays = useHolidays(year)
  const reset = useResetCalendarDay()
  const { message, modal } = App.useApp()
  const [target, setTarget] = useState<CalendarDayTarget | null>(null)

  const rows = useMemo(
    () => [...(holidays.data ?? [])].sort((a, b) => a.date.localeCompare(b.date)),
    [holidays.data],
  )
  // The same defaults the core starts from, to tell the admin what a reset brings back.
  const defaults = useMemo(
    () => new Map(defaultHolidays(year).map((h) => [h.date, { ...h, source: 'default' as const }])),
    [year],
  )

  const onReset = async (day: CalendarDayEntry): Promise<void> => {
    try {
      await reset.mutateAsync({ date: day.date })
      void message.success(`Đã khôi phục mặc định ngày ${formatDay(day.date)}`)
    } catch (err) {
      modal.error({ title: 'Không khôi phục được', content: messageOf(err), okText: 'Đã hiểu' })
    }
  }

  const columns = calendarColumns({
    defaultOf: (date) => defaults.get(date) ?? null,
    onEdit: (day) => setTarget({ kind: 'edit', day }),
    onReset: (day) => void onReset(day),
  })

  return (
    <>
      <PageHeader
        title="Lịch làm việc"
        description="Ngày nghỉ lễ, nghỉ bù và ngày làm bù của từng năm; hạn xử lý tính theo ngày làm việc dựa vào bảng này."
        extra={
          <Button
            type="primary"
            icon={<PlusOutlined aria-hidden />}
            onClick={() => setTarget({ kind: 'create', year })}
          >
            Thêm ngày
          </Button>
        }
      />
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title="Bảng mặc định chỉ là đề xuất theo Bộ luật Lao động 2019, Điều 112."
        description="Các ngày nghỉ Tết Âm lịch và ngày nghỉ liền kề Quốc khánh (02/9) do Bộ Nội vụ thông báo hằng năm. Hãy đối chiếu với thông báo của năm và sửa bảng cho khớp, kể cả ngày nghỉ bù, làm bù."
      />
      <Card styles={{ body: { padding: 0 } }}>
        <Flex justify="space-between" align="center" gap={16} wrap style={{ padding: 16 }}>
          <YearPicker year={year} onChange={setYear} />
          {holidays.data ? <CalendarSummary year={year} days={holidays.data} /> : null}
        </Flex>
        {holidays.isError ? (
          <LoadError error={holidays.error} onRetry={() => void holidays.refetch()} />
        ) : (
          <Table<CalendarDayEntry>
            rowKey="date"
            aria-label={`Ngày nghỉ lễ, nghỉ bù, làm bù năm ${year}`}
            columns={columns}
            dataSource={rows}
            loading={holidays.isPending}
            pagination={false}
            size="middle"
            rowClassName={(d) => (d.kind === 'khong_nghi' ? 'row-disabled' : '')}
          />
        )}
      </Card>
      {target ? (
        <CalendarDayModal
          target={target}
          days={rows}
          onSaved={(date) => setYear(Number(date.slice(0, 4)))}
          onClose={() => setTarget(null)}
        />
      ) : null}
    </>
  )
}
