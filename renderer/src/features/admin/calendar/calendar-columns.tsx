import { Button, Popconfirm, Space, Tag, Typography } from 'antd'
import type { TableColumnsType } from 'antd'
import type { CalendarDayEntry } from '../../../../../shared/api/methods/calendar'
import { formatDay, kindColor, kindLabel, sourceLabel, weekdayName } from './calendar-labels'

type Options = Readonly<{
  /** What the day goes back to when the admin's entry is dropped, or null if nothing. */
  defaultOf: (date: string) => CalendarDayEntry | null
  onEdit: (day: CalendarDayEntry) => void
  onReset: (day: CalendarDayEntry) => void
}>

function resetNote(fallback: CalendarDayEntry | null): string {
  return fallback
    ? `Ngày này trở lại như mặc định: ${kindLabel[fallback.kind]}, ${fallback.name}.`
    : 'Ngày này không có trong bảng mặc định nên sẽ bị bỏ khỏi bảng.'
}

export function calendarColumns({
  defaultOf,
  onEdit,
  onReset,
}: Options): TableColumnsType<CalendarDayEntry> {
  return [
    {
      title: 'Ngày',
      dataIndex: 'date',
      width: 190,
      render: (date: string) => (
        <Space size={8}>
          <Typography.Text strong>{formatDay(date)}</Typography.Text>
          <Typography.Text type="secondary">{weekdayName(date)}</Typography.Text>
        </Space>
      ),
    },
    {
      title: 'Loại',
      dataIndex: 'kind',
      width: 120,
      render: (kind: CalendarDayEntry['kind']) => (
        <Tag color={kindColor[kind]}>{kindLabel[kind]}</Tag>
      ),
    },
    {
      title: 'Tên',
      dataIndex: 'name',
      render: (name: string, day) =>
        day.kind === 'khong_nghi' ? <Typography.Text delete>{name}</Typography.Text> : name,
    },
    {
      title: 'Nguồn',
      dataIndex: 'source',
      width: 170,
      render: (source: CalendarDayEntry['source']) =>
        source === 'admin' ? (
          <Typography.Text type="warning">{sourceLabel.admin}</Typography.Text>
        ) : (
          <Typography.Text type="secondary">{sourceLabel.default}</Typography.Text>
        ),
    },
    {
      title: 'Thao tác',
      key: 'actions',
      width: 230,
      render: (_v, day) => (
        <Space size={0}>
          <Button
            type="link"
            size="small"
            aria-label={`Sửa ngày ${formatDay(day.date)}`}
            onClick={() => onEdit(day)}
          >
            Sửa
          </Button>
          {day.source === 'admin' ? (
            <Popconfirm
              title={`Khôi phục mặc định cho ngày ${formatDay(day.date)}?`}
              description={resetNote(defaultOf(day.date))}
              okText="Khôi phục"
              cancelText="Hủy"
              onConfirm={() => onReset(day)}
            >
              <Button
                type="link"
                size="small"
                aria-label={`Khôi phục mặc định ngày ${formatDay(day.date)}`}
              >
                Khôi phục mặc định
              </Button>
            </Popconfirm>
          ) : null}
        </Space>
      ),
    },
  ]
}
