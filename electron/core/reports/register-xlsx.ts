import { PassThrough } from 'node:stream'
import ExcelJS from 'exceljs'
import type { Alignment, Borders, Font, PaperSize, Worksheet } from 'exceljs'
import { columnNumbers, coverFacts, registerLayout, rowCells } from './register-layout'
import type { RegisterColumn, RegisterLayout } from './register-layout'
import type { RegisterPrint } from './register-types'
import { sliceYielder } from './slices'

// Rows of the title block; the header row and the (1)…(n) row follow, then the register.
const HEADER_ROW = 5
const NUMBER_ROW = 6
const FIRST_BODY_ROW = 7
// Column widths in Excel's character units for the whole table; the weights share it out. The
// print is fitted to the page width anyway, so this only sets the proportions and the on-screen
// size, which should match the PDF.
const TABLE_CHARS = 170
// Times New Roman: the official face of the documents themselves, on every office PC, and with
// every Vietnamese letter. A workbook cannot embed fonts, so a common one is the safe choice.
const FONT_NAME = 'Times New Roman'
const BODY_PT = 11
const LINE_PT = 15
// Room for a handwritten signature in "Ký nhận", as in the PDF.
const ROW_MIN_PT = 30

const thin = { style: 'thin' as const, color: { argb: 'FF000000' } }
const borders: Partial<Borders> = { top: thin, left: thin, bottom: thin, right: thin }
const bodyFont: Partial<Font> = { name: FONT_NAME, size: BODY_PT }
const boldFont: Partial<Font> = { name: FONT_NAME, size: BODY_PT, bold: true }

// Sheet names: at most 31 characters, none of : \ / ? * [ ], not starting or ending with '.
function sheetName(p: RegisterPrint, layout: RegisterLayout): string {
  const cleaned = p.registerName
    .normalize('NFC')
    .replace(/[:\\/?*[\]]/g, '-')
    .replace(/^'+|'+$/g, '')
    .trim()
    .slice(0, 31)
    .trim()
  return cleaned === '' ? layout.title.slice(0, 31) : cleaned
}

function columnChars(layout: RegisterLayout): number[] {
  const total = layout.columns.reduce((s, c) => s + c.weight, 0)
  return layout.columns.map((c) => Math.round((c.weight / total) * TABLE_CHARS * 10) / 10)
}

/**
 * A row height that holds the wrapped text. Excel does not re-measure wrapped rows on every
 * reader, so the height is set, from a deliberately generous estimate: capitals and digits
 * count wider, and a line holds a little less than the column width.
 */
function rowHeight(cells: ReadonlyArray<string>, chars: ReadonlyArray<number>): number {
  let lines = 1
  cells.forEach((text, i) => {
    const perLine = Math.max(1, (chars[i] ?? 10) * 0.95)
    let n = 0
    for (const para of text.split(/\r?\n/)) {
      let units = 0
      for (const ch of para) {
        units += ch !== ch.toLowerCase() ? 1.35 : 1
      }
      n += Math.max(1, Math.ceil(units / perLine))
    }
    lines = Math.max(lines, n)
  })
  return Math.max(ROW_MIN_PT, lines * LINE_PT + 4)
}

function alignment(column: RegisterColumn): Partial<Alignment> {
  return { wrapText: true, vertical: 'top', horizontal: column.align }
}

function titleLine(
  ws: Worksheet,
  row: number,
  toCol: number,
  text: string,
  font: Partial<Font>,
): void {
  ws.mergeCells(row, 1, row, toCol)
  const cell = ws.getCell(row, 1)
  cell.value = text
  cell.font = font
  cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true }
}

export async function renderRegisterXlsx(p: RegisterPrint): Promise<Buffer> {
  const layout = registerLayout(p.kind)
  const facts = coverFacts(p)
  const n = layout.columns.length
  const chars = columnChars(layout)

  // The streaming writer turns each row into XML as it is committed, so the work can be sliced;
  // the in-memory writer builds the whole sheet in one synchronous go (about a second for 5,000
  // rows) before zipping it.
  const sink = new PassThrough()
  const chunks: Buffer[] = []
  sink.on('data', (chunk: Buffer) => chunks.push(chunk))
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: sink,
    useStyles: true,
    useSharedStrings: true,
  })
  wb.creator = 'Văn Thư'
  // From the input rather than the clock, like the PDF.
  const stamp = new Date(`${/^\d{4}-\d{2}-\d{2}$/.test(p.to) ? p.to : `${p.year}-12-31`}T00:00:00Z`)
  if (!Number.isNaN(stamp.getTime())) {
    wb.created = stamp
    wb.modified = stamp
  }
  const ws = wb.addWorksheet(sheetName(p, layout), {
    views: [{ state: 'frozen', xSplit: 0, ySplit: NUMBER_ROW }],
    pageSetup: {
      paperSize: 9 as PaperSize, // A4
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      printTitlesRow: `${HEADER_ROW}:${NUMBER_ROW}`,
      // Inches; the bound edge is the left one, as in the PDF.
      margins: { left: 0.98, right: 0.47, top: 0.59, bottom: 0.71, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: '&C&"Times New Roman,Regular"&10Trang &P/&N' },
  })
  ws.columns = chars.map((width) => ({ width }))

  // The title block: agency upper left over about a third of the width, then the book's title.
  const agencyCols = Math.max(2, Math.ceil(n / 3))
  const parent = p.parentAgencyName?.trim() ?? ''
  titleLine(ws, 1, agencyCols, parent.normalize('NFC').toUpperCase(), bodyFont)
  titleLine(ws, 2, agencyCols, p.agencyName.normalize('NFC').toUpperCase(), boldFont)
  titleLine(ws, 3, n, facts.title, { name: FONT_NAME, size: 16, bold: true })
  const name = p.registerName.normalize('NFC').trim()
  const sub = [
    name !== '' && name.toLowerCase() !== facts.title.toLowerCase() ? `(${name})` : '',
    facts.yearLine,
    facts.periodLine,
    facts.numberLine,
    facts.volumeLine,
  ].filter((s) => s !== '')
  titleLine(ws, 4, n, sub.join(' – '), { name: FONT_NAME, size: BODY_PT, italic: true })
  ws.getRow(3).height = 26
  ws.getRow(4).height = 20

  const header = ws.getRow(HEADER_ROW)
  const numbers = ws.getRow(NUMBER_ROW)
  const numberTexts = columnNumbers(layout)
  layout.columns.forEach((c, i) => {
    const h = header.getCell(i + 1)
    h.value = c.header
    h.font = boldFont
    h.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' }
    h.border = borders
    const num = numbers.getCell(i + 1)
    num.value = numberTexts[i] ?? ''
    num.font = { name: FONT_NAME, size: 9 }
    num.alignment = { horizontal: 'center', vertical: 'middle' }
    num.border = borders
  })
  header.height = rowHeight(
    layout.columns.map((c) => c.header),
    chars.map((w) => w * 0.85), // bold
  )

  header.commit()
  numbers.commit()

  const aligns = layout.columns.map(alignment)
  const pause = sliceYielder()
  for (const [r, row] of p.rows.entries()) {
    const cells = rowCells(layout, row)
    const xrow = ws.getRow(FIRST_BODY_ROW + r)
    cells.forEach((text, i) => {
      const cell = xrow.getCell(i + 1)
      // Always text: "01" must stay zero-padded and dates must not turn into serial numbers.
      cell.value = text
      cell.font = bodyFont
      cell.alignment = aligns[i] ?? {}
      cell.border = borders
    })
    xrow.height = rowHeight(cells, chars)
    xrow.commit()
    await pause()
  }
  if (p.rows.length === 0) {
    titleLine(ws, FIRST_BODY_ROW, n, 'Không có văn bản nào trong khoảng thời gian này.', {
      ...bodyFont,
      italic: true,
    })
    ws.getCell(FIRST_BODY_ROW, 1).border = borders
  }

  ws.commit()
  const ended = new Promise<void>((resolve, reject) => {
    sink.on('end', resolve)
    sink.on('error', reject)
  })
  await wb.commit()
  await ended
  return Buffer.concat(chunks)
}
