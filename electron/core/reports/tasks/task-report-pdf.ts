import PDFDocument from 'pdfkit'
import { reportFonts } from '../resources'
import {
  BOTTOM,
  CONTENT_W,
  FACE,
  M_LEFT,
  M_RIGHT,
  M_TOP,
  MM,
  PAGE_W,
  drawTable,
  newPage,
  type Flow,
} from './pdf-table'
import {
  asOfLine,
  OVERDUE_HEADING,
  OVERDUE_NOTE,
  REPORT_TITLE,
  periodLine,
  SUMMARY_HEADING,
  type TaskReportPrint,
} from './task-report-data'

type Doc = PDFKit.PDFDocument

const NATION = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'
const MOTTO = 'Độc lập - Tự do - Hạnh phúc'

/** A centred line in a box; returns the y under it. */
function centred(doc: Doc, text: string, box: { x: number; w: number }, y: number): number {
  doc.text(text, box.x, y, { width: box.w, align: 'center' })
  return doc.y
}

/** A short rule under a heading line, as administrative documents have (NĐ 30 Phụ lục I). */
function rule(doc: Doc, box: { x: number; w: number }, y: number, width: number): void {
  const x = box.x + (box.w - width) / 2
  doc
    .lineWidth(0.6)
    .moveTo(x, y)
    .lineTo(x + width, y)
    .stroke()
}

/** The agency upper left, the national motto upper right, then the report's title lines. */
function titleBlock(flow: Flow, p: TaskReportPrint): void {
  const { doc } = flow
  const left = { x: M_LEFT, w: 95 * MM }
  const right = { x: PAGE_W - M_RIGHT - 120 * MM, w: 120 * MM }
  doc.font(FACE.bold).fontSize(11)
  const agencyBottom = centred(doc, p.agencyName.normalize('NFC').toUpperCase(), left, flow.y)
  rule(doc, left, agencyBottom + 2, 30 * MM)
  doc.font(FACE.bold).fontSize(11)
  let y = centred(doc, NATION, right, flow.y)
  doc.font(FACE.bold).fontSize(12)
  y = centred(doc, MOTTO, right, y)
  rule(doc, right, y + 2, doc.widthOfString(MOTTO))

  const page = { x: M_LEFT, w: CONTENT_W }
  y = Math.max(y, agencyBottom) + 22
  doc.font(FACE.bold).fontSize(14)
  y = centred(doc, REPORT_TITLE, page, y)
  doc.font(FACE.regular).fontSize(12)
  y = centred(doc, periodLine(p), page, y + 2)
  if (p.scopeLine) {
    y = centred(doc, p.scopeLine.normalize('NFC'), page, y + 1)
  }
  doc.font(FACE.italic).fontSize(11)
  flow.y = centred(doc, `(${asOfLine(p)})`, page, y + 1) + 14
}

function heading(flow: Flow, text: string, note?: string): void {
  const { doc } = flow
  // A heading is never left alone at the foot of a page: it needs its table's header and a row.
  if (flow.y + 130 > BOTTOM) {
    newPage(flow)
  }
  doc.font(FACE.bold).fontSize(11)
  doc.text(text, M_LEFT, flow.y, { lineBreak: false })
  flow.y += 16
  if (note) {
    doc.font(FACE.italic).fontSize(9.5)
    doc.text(note, M_LEFT, flow.y, { lineBreak: false })
    flow.y += 14
  }
  flow.y += 2
}

function footers(doc: Doc): void {
  const range = doc.bufferedPageRange()
  for (let i = 0; i < range.count; i += 1) {
    doc.switchToPage(range.start + i)
    doc.font(FACE.regular).fontSize(9)
    const text = `Trang ${i + 1}/${range.count}`
    doc.text(text, M_LEFT + (CONTENT_W - doc.widthOfString(text)) / 2, BOTTOM + 14, {
      lineBreak: false,
    })
  }
}

/** The report as a PDF: A4 landscape, Noto Serif embedded, the same bytes for the same input. */
export async function renderTaskReportPdf(p: TaskReportPrint): Promise<Buffer> {
  const fonts = reportFonts()
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: 0,
    autoFirstPage: false,
    bufferPages: true,
    // No Helvetica: only the embedded faces, which carry every Vietnamese letter.
    font: '',
    info: {
      Title: `${REPORT_TITLE} - ${periodLine(p)}`,
      Author: p.agencyName.normalize('NFC'),
      Creator: 'Văn Thư',
      // From the input, not the clock: the same figures give the same bytes.
      CreationDate: new Date(`${p.asOf}T00:00:00+07:00`),
    },
  })
  doc.registerFont(FACE.regular, fonts.regular)
  doc.registerFont(FACE.bold, fonts.bold)
  doc.registerFont(FACE.italic, fonts.italic)
  const chunks: Buffer[] = []
  doc.on('data', (chunk: Buffer) => chunks.push(chunk))
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
  })

  const flow: Flow = { doc, y: M_TOP }
  newPage(flow)
  titleBlock(flow, p)
  heading(flow, SUMMARY_HEADING)
  drawTable(flow, p.summary)
  flow.y += 18
  heading(flow, OVERDUE_HEADING, OVERDUE_NOTE)
  drawTable(flow, p.overdue)
  footers(doc)
  doc.end()
  return done
}
