import { FileExcelOutlined, FilePdfOutlined } from '@ant-design/icons'
import { Button, Flex } from 'antd'
import type { ReactElement } from 'react'
import type { ReportFormat } from './use-report-download'

type Props = Readonly<{
  pending: ReportFormat | null
  disabled?: boolean
  onDownload: (format: ReportFormat) => void
}>

/** "Tải PDF" to print and bind, "Tải Excel" to keep or adjust. */
export function DownloadButtons({ pending, disabled = false, onDownload }: Props): ReactElement {
  return (
    <Flex gap={8}>
      <Button
        type="primary"
        icon={<FilePdfOutlined aria-hidden />}
        loading={pending === 'pdf'}
        disabled={disabled || pending !== null}
        onClick={() => onDownload('pdf')}
      >
        Tải PDF
      </Button>
      <Button
        icon={<FileExcelOutlined aria-hidden />}
        loading={pending === 'xlsx'}
        disabled={disabled || pending !== null}
        onClick={() => onDownload('xlsx')}
      >
        Tải Excel
      </Button>
    </Flex>
  )
}
