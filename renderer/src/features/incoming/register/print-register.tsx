import { FileExcelOutlined, FilePdfOutlined, PrinterOutlined } from '@ant-design/icons'
import { App, Button, DatePicker, Flex, Typography } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useState, type ReactElement } from 'react'
import type { Direction } from '../../../../../shared/api/document-types'
import { useOutgoingRegisterReport } from '../../../api/outgoing'
import { useIncomingRegisterReport } from '../../../api/reports'
import { downloadBytes } from '../../../ui/download'
import { DATE_FORMATS } from '../form/date-input'

const types = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const

// The same print for both registers, each by its own report and file name.
const names: Readonly<Record<Direction, { file: string; words: string }>> = {
  in: { file: 'So-van-ban-den', words: 'sổ văn bản đến' },
  out: { file: 'So-van-ban-di', words: 'sổ văn bản đi' },
}

type Props = Readonly<{ direction: Direction; registerId: number | undefined }>

/** "In sổ": the register for a period, as NĐ 30 lays it out, to print and bind. */
export function PrintRegister({ direction, registerId }: Props): ReactElement {
  const [range, setRange] = useState<[Dayjs, Dayjs]>(() => [
    dayjs().startOf('month'),
    dayjs().endOf('month'),
  ])
  const incoming = useIncomingRegisterReport()
  const outgoing = useOutgoingRegisterReport()
  const report = direction === 'in' ? incoming : outgoing
  const name = names[direction]
  const [pending, setPending] = useState<'pdf' | 'xlsx' | null>(null)
  const { message } = App.useApp()

  const fetch = async (format: 'pdf' | 'xlsx'): Promise<void> => {
    if (registerId === undefined) {
      return
    }
    const from = range[0].format('YYYY-MM-DD')
    const to = range[1].format('YYYY-MM-DD')
    setPending(format)
    try {
      const bytes = await report.mutateAsync({ registerId, from, to, format })
      downloadBytes(bytes, `${name.file}_${from}_${to}.${format}`, types[format])
      void message.success(
        `Đã tải ${name.words} từ ${range[0].format('DD/MM/YYYY')} đến ${range[1].format('DD/MM/YYYY')}.`,
      )
    } catch (err) {
      void message.error(err instanceof Error ? err.message : 'Không in được sổ.')
    } finally {
      setPending(null)
    }
  }

  return (
    <Flex gap={8} align="center" wrap className="print-register">
      <Typography.Text strong>
        <PrinterOutlined aria-hidden /> In sổ
      </Typography.Text>
      <DatePicker.RangePicker
        aria-label="Khoảng ngày in sổ"
        format={DATE_FORMATS}
        allowClear={false}
        value={range}
        onChange={(r) => (r?.[0] && r[1] ? setRange([r[0], r[1]]) : undefined)}
        style={{ width: 250 }}
      />
      <Button
        icon={<FilePdfOutlined aria-hidden />}
        loading={pending === 'pdf'}
        disabled={registerId === undefined || pending !== null}
        onClick={() => void fetch('pdf')}
      >
        Tải PDF
      </Button>
      <Button
        icon={<FileExcelOutlined aria-hidden />}
        loading={pending === 'xlsx'}
        disabled={registerId === undefined || pending !== null}
        onClick={() => void fetch('xlsx')}
      >
        Tải Excel
      </Button>
    </Flex>
  )
}
