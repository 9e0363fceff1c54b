import { App, DatePicker, Form, Input, Select, Typography, type FormRule } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useState, type ReactElement } from 'react'
import type { CalendarDayEntry } from '../../../../../shared/api/methods/calendar'
import { requiredText } from '../../../../../shared/api/schemas'
import { isWeekend } from '../../../../../shared/calendar'
import { useSetCalendarDay } from '../../../api/calendar'
import { FormModal } from '../../../ui/form-modal'
import { applyApiError } from '../../../ui/form-errors'
import { zodRule } from '../../../ui/zod-rule'
import {
  dayKinds,
  formatDay,
  kindHelp,
  kindLabel,
  weekdayName,
  type DayKind,
} from './calendar-labels'

export type CalendarDayTarget =
  Readonly<{ kind: 'create'; year: number }> | Readonly<{ kind: 'edit'; day: CalendarDayEntry }>

type Values = { date?: Dayjs; kind: DayKind; name: string }

// The contract's own rule, so the person reads the core's wording before sending.
const nameSchema = requiredText('tên ngày', 100)
const DATE_FORMATS = ['DD/MM/YYYY', 'D/M/YYYY', 'DDMMYYYY']

const isoOf = (d: Dayjs): string => d.format('YYYY-MM-DD')

// A make-up day only means something on a day that is otherwise off.
const makeUpOnWeekend: FormRule = ({ getFieldValue }) => ({
  validator: (_rule, kind: unknown) => {
    const date = getFieldValue('date') as Dayjs | undefined
    return kind === 'lam_bu' && date && !isWeekend(isoOf(date))
      ? Promise.reject(new Error('Làm bù chỉ đặt vào thứ Bảy hoặc Chủ nhật'))
      : Promise.resolve()
  },
})

type Props = Readonly<{
  target: CalendarDayTarget
  /** The year's entries, to say when a new date replaces one already in the table. */
  days: readonly CalendarDayEntry[]
  onSaved: (date: string) => void
  onClose: () => void
}>

/** Adds a special day, or changes the kind or name of one in the table. */
export function CalendarDayModal({ target, days, onSaved, onClose }: Props): ReactElement {
  const [form] = Form.useForm<Values>()
  const setDay = useSetCalendarDay()
  const { message } = App.useApp()
  const [error, setError] = useState<string | null>(null)
  const editing = target.kind === 'edit' ? target.day : null
  const picked = Form.useWatch('date', form)
  const existing = !editing && picked ? days.find((d) => d.date === isoOf(picked)) : undefined
  const year = target.kind === 'create' ? target.year : Number(target.day.date.slice(0, 4))

  const initial: Values = editing
    ? { date: dayjs(editing.date), kind: editing.kind, name: editing.name }
    : { kind: 'nghi_bu', name: '' }

  const onFinish = async (values: Values): Promise<void> => {
    if (!values.date) {
      return
    }
    setError(null)
    const date = isoOf(values.date)
    try {
      await setDay.mutateAsync({ date, kind: values.kind, name: values.name })
      void message.success(`Đã lưu ngày ${formatDay(date)}`)
      onSaved(date)
      onClose()
    } catch (err) {
      setError(applyApiError(form, err))
    }
  }

  return (
    <FormModal<Values>
      title={editing ? `Sửa ngày ${formatDay(editing.date)}` : 'Thêm ngày'}
      form={form}
      initialValues={initial}
      error={error}
      pending={setDay.isPending}
      onFinish={(values) => void onFinish(values)}
      onClose={onClose}
    >
      <Form.Item
        label="Ngày"
        name="date"
        rules={[{ required: true, message: 'Chọn ngày' }]}
        extra={
          existing
            ? `Ngày này đã có trong bảng (${kindLabel[existing.kind]}: ${existing.name}); lưu sẽ thay thế.`
            : picked
              ? weekdayName(isoOf(picked))
              : undefined
        }
      >
        <DatePicker
          format={DATE_FORMATS}
          placeholder="dd/mm/yyyy"
          disabled={editing !== null}
          autoFocus={!editing}
          defaultPickerValue={dayjs(`${year}-01-01`)}
          style={{ width: 200 }}
        />
      </Form.Item>
      <Form.Item
        label="Loại ngày"
        name="kind"
        dependencies={['date']}
        rules={[{ required: true, message: 'Chọn loại ngày' }, makeUpOnWeekend]}
      >
        <Select<DayKind>
          style={{ maxWidth: 320 }}
          options={dayKinds.map((k) => ({ value: k, label: kindLabel[k] }))}
          optionRender={(o) => (
            <>
              {o.label}{' '}
              <Typography.Text type="secondary">— {kindHelp[o.value as DayKind]}</Typography.Text>
            </>
          )}
        />
      </Form.Item>
      <Form.Item
        label="Tên ngày"
        name="name"
        rules={[{ required: true, message: 'Nhập tên ngày' }, zodRule(nameSchema)]}
      >
        <Input autoFocus={editing !== null} placeholder="Ví dụ: Nghỉ bù Tết Dương lịch" />
      </Form.Item>
    </FormModal>
  )
}
