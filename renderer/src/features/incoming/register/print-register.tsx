import { FileExcelOutlined, FilePdfOutlined, PrinterOutlined } from '@ant-design/icons'
import { App, Button, DatePicker, Flex, Typography } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useState, type ReactElement } from 'react'
import { useIncomingRegisterReport } from '../../../api/reports'
import { downloadBytes } from '../../../ui/download'
import { DATE_FORMATS } from '../form/date-input'

const types = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const

/** "In sổ": the register for a period, as NĐ 30 lays it out, to print and bind. */
export function PrintRegister({ registerId }: { registerId: number | undefined }): ReactElement {
  const [range, setRange] = useState<[Dayjs, Dayjs]>(() => [
    dayjs().startOf('month'),
    dayjs().endOf('month'),
  ])
  const report = useIncomingRegisterReport()
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
      downloadBytes(bytes, `So-van-ban-den_${from}_${to}.${format}`, types[format])
      void message.success(
        `Đã tải sổ văn bản đến từ ${range[0].format('DD/MM/YYYY')} đến ${range[1].format('DD/MM/YYYY')}.`,
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
