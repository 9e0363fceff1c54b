import { App } from 'antd'
import { useState } from 'react'
import { downloadBytes } from '../../ui/download'

export type ReportFormat = 'pdf' | 'xlsx'

const types: Readonly<Record<ReportFormat, string>> = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
}

type Request = Readonly<{
  /** Asks the core for the bytes. */
  fetch: (format: ReportFormat) => Promise<Uint8Array>
  /** The file's name without its extension, e.g. "Bao-cao-nhiem-vu_2026-03-01_2026-03-31". */
  baseName: string
  /** Said once the file is saved, e.g. "Đã tải báo cáo nhiệm vụ từ … đến …". */
  done: string
}>

export type ReportDownload = Readonly<{
  pending: ReportFormat | null
  download: (format: ReportFormat, request: Request) => Promise<void>
}>

/** Fetches a report and saves it through the browser's own download, one at a time. */
export function useReportDownload(): ReportDownload {
  const [pending, setPending] = useState<ReportFormat | null>(null)
  const { message } = App.useApp()
  const download = async (format: ReportFormat, r: Request): Promise<void> => {
    setPending(format)
    try {
      const bytes = await r.fetch(format)
      downloadBytes(bytes, `${r.baseName}.${format}`, types[format])
      void message.success(r.done)
    } catch (err) {
      void message.error(err instanceof Error ? err.message : 'Không lập được báo cáo.')
    } finally {
      setPending(null)
    }
  }
  return { pending, download }
}
