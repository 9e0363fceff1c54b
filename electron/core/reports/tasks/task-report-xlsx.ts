import ExcelJS from 'exceljs'
import {
  asOfLine,
  OVERDUE_HEADING,
  OVERDUE_NOTE,
  REPORT_TITLE,
  periodLine,
  SUMMARY_HEADING,
  type TaskReportPrint,
} from './task-report-data'
import { addTableSheet, type SheetTitle } from './xlsx-table'

export const SUMMARY_SHEET = 'Tổng hợp theo đơn vị'
export const OVERDUE_SHEET = 'Nhiệm vụ quá hạn'

/** The report as a workbook: one sheet per table, each with the report's title block. */
export async function renderTaskReportXlsx(p: TaskReportPrint): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  wb.creator = 'Văn Thư'
  // From the input rather than the clock, like the PDF.
  const stamp = new Date(`${p.asOf}T00:00:00Z`)
  wb.created = stamp
  wb.modified = stamp
  const title = (heading: string): SheetTitle => ({
    agency: p.agencyName.normalize('NFC'),
    nation: ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'],
    title: REPORT_TITLE,
    lines: [periodLine(p), ...(p.scopeLine ? [p.scopeLine] : []), `(${asOfLine(p)})`],
    heading,
  })
  addTableSheet(wb, SUMMARY_SHEET, title(SUMMARY_HEADING), p.summary)
  addTableSheet(wb, OVERDUE_SHEET, title(`${OVERDUE_HEADING} ${OVERDUE_NOTE}`), p.overdue)
  const bytes = await wb.xlsx.writeBuffer()
  return Buffer.from(bytes)
}
