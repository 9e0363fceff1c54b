import PDFDocument from 'pdfkit'
import { columnNumbers, coverFacts, registerLayout, rowCells } from './register-layout'
import type { RegisterLayout } from './register-layout'
import type { RegisterPrint } from './register-types'
import { reportFonts } from './resources'
import { sliceYielder } from './slices'
import { cachedMeasure, wrapText } from './text-wrap'
import type { Measure } from './text-wrap'

// A4 landscape in points, with a wider left margin for binding (NĐ 30 asks 30–35 mm on the
// bound edge of documents; a register is a book, so it gets the same treatment, a little less
// to leave the table room).
const MM = 72 / 25.4
const PAGE_W = 841.89
const PAGE_H = 595.28
const M_LEFT = 25 * MM
const M_RIGHT = 12 * MM
const M_TOP = 15 * MM
const M_BOTTOM = 18 * MM
const TABLE_W = PAGE_W - M_LEFT - M_RIGHT

const BODY_SIZE = 9
const HEAD_SIZE = 9
const NUM_SIZE = 8
const LINE = BODY_SIZE * 1.3
const PAD_X = 3
const PAD_Y = 3
// Room for a handwritten signature in "Ký nhận", even when every other cell is one line.
const ROW_MIN = 26
const GRID = 0.5

type Doc = PDFKit.PDFDocument
/** A row, or the part of an oversized row that fits on one page: lines per cell. */
type Segment = Readonly<{ cells: string[][]; height: number; continued?: boolean }>

const CONTINUED = '(tiếp)'

const FACE = { regular: 'NotoSerif', bold: 'NotoSerif-Bold', italic: 'NotoSerif-Italic' }

function segmentHeight(cells: ReadonlyArray<ReadonlyArray<string>>, min: number): number {
  const lines = cells.reduce((n, c) => Math.max(n, c.length), 0)
  return Math.max(min, 2 * PAD_Y + lines * LINE)
}

function measureWith(doc: Doc, face: string, size: number): Measure {
  return cachedMeasure((text) => doc.font(face).fontSize(size).widthOfString(text))
}

/**
 * Splits the rows into pages. A row moves whole to the next page when it does not fit; only a
 * row taller than a whole page is cut, at a line boundary, and goes on under the repeated
 * headers of the next page, marked "(tiếp)". Shrinking it instead would make a long list of
 * recipients unreadable, and truncating it would drop part of the record.
 */
function paginate(rows: ReadonlyArray<string[][]>, bodyHeight: number): Segment[][] {
  const pages: Segment[][] = [[]]
  let used = 0
  const newPage = (): void => {
    pages.push([])
    used = 0
  }
  for (const row of rows) {
    let cells = row
    let height = segmentHeight(cells, ROW_MIN)
    let continued = false
    if (used > 0 && used + height > bodyHeight && height <= bodyHeight) {
      newPage()
    }
    while (used + height > bodyHeight) {
      const fit = Math.floor((bodyHeight - used - 2 * PAD_Y) / LINE)
      // Do not open a row in the last scraps of a page: a third of a page at least, or a new one.
      if (used > 0 && (fit < 3 || bodyHeight - used < bodyHeight / 3)) {
        newPage()
        continue
      }
      const head = cells.map((c) => c.slice(0, fit))
      pages[pages.length - 1]?.push({ cells: head, height: segmentHeight(head, 0), continued })
      cells = cells.map((c) => c.slice(fit))
      newPage()
      height = segmentHeight(cells, 0)
      continued = true
    }
    pages[pages.length - 1]?.push({ cells, height, continued })
    used += height
  }
  return pages
}

function drawLines(
  doc: Doc,
  lines: ReadonlyArray<string>,
  x: number,
  width: number,
  top: number,
  align: string,
  measure: Measure,
): void {
  lines.forEach((line, i) => {
    if (line === '') {
      return
    }
    let lx = x + PAD_X
    if (align === 'center') {
      lx = x + (width - measure(line)) / 2
    } else if (align === 'right') {
      lx = x + width - PAD_X - measure(line)
    }
    doc.text(line, lx, top + i * LINE, { lineBreak: false })
  })
}

function drawCover(doc: Doc, p: RegisterPrint): void {
  const facts = coverFacts(p)
  doc.addPage()
  // A double frame, as on the printed covers of the registers sold to offices.
  doc
    .lineWidth(1.5)
    .rect(M_LEFT, M_TOP, TABLE_W, PAGE_H - M_TOP - M_BOTTOM)
    .stroke()
  doc
    .lineWidth(0.5)
    .rect(M_LEFT + 4, M_TOP + 4, TABLE_W - 8, PAGE_H - M_TOP - M_BOTTOM - 8)
    .stroke()

  // Agency block, upper left, laid out like the header of an administrative document.
  const blockX = M_LEFT + 20
  const blockW = 110 * MM
  let y = M_TOP + 24
  const parent = p.parentAgencyName?.trim()
  if (parent) {
    doc.font(FACE.regular).fontSize(12)
    doc.text(parent.normalize('NFC').toUpperCase(), blockX, y, { width: blockW, align: 'center' })
    y = doc.y
  }
  doc.font(FACE.bold).fontSize(12)
  doc.text(p.agencyName.normalize('NFC').toUpperCase(), blockX, y, {
    width: blockW,
    align: 'center',
  })
  y = doc.y + 3
  doc
    .lineWidth(0.75)
    .moveTo(blockX + blockW / 3, y)
    .lineTo(blockX + (2 * blockW) / 3, y)
    .stroke()

  const centre = (text: string, face: string, size: number, top: number): number => {
    doc.font(face).fontSize(size)
    doc.text(text, M_LEFT + 20, top, { width: TABLE_W - 40, align: 'center' })
    return doc.y
  }
  y = centre(facts.title, FACE.bold, 28, PAGE_H * 0.33)
  const name = p.registerName.normalize('NFC').trim()
  if (name !== '' && name.toLowerCase() !== facts.title.toLowerCase()) {
    y = centre(`(${name})`, FACE.italic, 14, y + 6)
  }
  y = centre(facts.yearLine, FACE.bold, 18, y + 22)
  y = centre(facts.periodLine, FACE.regular, 14, y + 16)
  centre(facts.numberLine, FACE.regular, 14, y + 6)
  centre(facts.volumeLine, FACE.bold, 14, PAGE_H - M_BOTTOM - 70)
}

type TableGeometry = Readonly<{ xs: number[]; widths: number[] }>

function geometry(layout: RegisterLayout): TableGeometry {
  const total = layout.columns.reduce((s, c) => s + c.weight, 0)
  const widths = layout.columns.map((c) => (c.weight / total) * TABLE_W)
  const xs: number[] = []
  widths.reduce((x, w) => {
    xs.push(x)
    return x + w
  }, M_LEFT)
  return { xs, widths }
}

export async function renderRegisterPdf(p: RegisterPrint): Promise<Buffer> {
  const layout = registerLayout(p.kind)
  const fonts = reportFonts()
  const facts = coverFacts(p)
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: 0,
    autoFirstPage: false,
    // No Helvetica: only the embedded faces, which carry every Vietnamese letter.
    font: '',
    info: {
      Title: `${facts.title} - ${facts.yearLine}`,
      Author: p.agencyName.normalize('NFC'),
      Subject: p.registerName.normalize('NFC'),
      Creator: 'Văn Thư',
      // Fixed by the input, not the clock, so the same register gives the same bytes.
      CreationDate: printDate(p),
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

  const body = measureWith(doc, FACE.regular, BODY_SIZE)
  const head = measureWith(doc, FACE.bold, HEAD_SIZE)
  const { xs, widths } = geometry(layout)
  const inner = widths.map((w) => w - 2 * PAD_X)
  const headLines = layout.columns.map((c, i) => wrapText(c.header, inner[i] ?? 0, head))
  const headHeight = segmentHeight(headLines, 0) + 2
  const numHeight = NUM_SIZE * 1.3 + 2 * PAD_Y
  const bodyTop = M_TOP + headHeight + numHeight
  const pause = sliceYielder()
  const rows: string[][][] = []
  for (const row of p.rows) {
    rows.push(rowCells(layout, row).map((text, i) => wrapText(text, inner[i] ?? 0, body)))
    await pause()
  }
  const pages = paginate(rows, PAGE_H - M_BOTTOM - bodyTop)

  drawCover(doc, p)
  const numbers = columnNumbers(layout)
  const tableRight = M_LEFT + TABLE_W
  for (const [pageIndex, segments] of pages.entries()) {
    await pause()
    doc.addPage()
    doc.font(FACE.bold).fontSize(HEAD_SIZE)
    layout.columns.forEach((c, i) => {
      const lines = headLines[i] ?? []
      // Headers sit in the middle of their cell, as on the printed forms.
      const top = M_TOP + (headHeight - lines.length * LINE) / 2
      drawLines(doc, lines, xs[i] ?? 0, widths[i] ?? 0, top, 'center', head)
    })
    doc.font(FACE.regular).fontSize(NUM_SIZE)
    numbers.forEach((n, i) => {
      const w = widths[i] ?? 0
      doc.text(n, (xs[i] ?? 0) + (w - doc.widthOfString(n)) / 2, M_TOP + headHeight + PAD_Y, {
        lineBreak: false,
      })
    })

    doc.font(FACE.regular).fontSize(BODY_SIZE)
    let y = bodyTop
    const rules = [M_TOP, M_TOP + headHeight, bodyTop]
    for (const seg of segments) {
      layout.columns.forEach((c, i) => {
        drawLines(doc, seg.cells[i] ?? [], xs[i] ?? 0, widths[i] ?? 0, y + PAD_Y, c.align, body)
      })
      if (seg.continued === true && (seg.cells[0]?.length ?? 0) === 0) {
        // The rest of a row cut at the foot of the previous page: say so where its number was.
        doc.font(FACE.italic).text(CONTINUED, (xs[0] ?? 0) + PAD_X, y + PAD_Y, { lineBreak: false })
        doc.font(FACE.regular)
      }
      y += seg.height
      rules.push(y)
    }
    if (segments.length === 0) {
      y += ROW_MIN
      rules.push(y)
      doc.font(FACE.italic)
      const note = 'Không có văn bản nào trong khoảng thời gian này.'
      doc.text(note, M_LEFT + (TABLE_W - doc.widthOfString(note)) / 2, bodyTop + PAD_Y * 2, {
        lineBreak: false,
      })
    }

    // The grid: horizontal rules under each row, vertical rules the whole height of the table.
    doc.lineWidth(GRID).strokeColor('black')
    for (const ry of rules) {
      doc.moveTo(M_LEFT, ry).lineTo(tableRight, ry)
    }
    for (const x of [...xs, tableRight]) {
      const spansEmptyNote = segments.length === 0 && x !== M_LEFT && x !== tableRight
      doc.moveTo(x, M_TOP).lineTo(x, spansEmptyNote ? bodyTop : y)
    }
    doc.stroke()

    doc.font(FACE.italic).fontSize(8)
    doc.text(p.registerName.normalize('NFC'), M_LEFT, PAGE_H - M_BOTTOM + 14, { lineBreak: false })
    doc.font(FACE.regular).fontSize(9)
    const pageNo = `Trang ${pageIndex + 1}/${pages.length}`
    doc.text(pageNo, M_LEFT + (TABLE_W - doc.widthOfString(pageNo)) / 2, PAGE_H - M_BOTTOM + 14, {
      lineBreak: false,
    })
  }
  doc.end()
  return done
}

// Midnight in Việt Nam on the last day of the period (or of the year): stable for one input.
function printDate(p: RegisterPrint): Date {
  const iso = /^\d{4}-\d{2}-\d{2}$/.test(p.to) ? p.to : `${String(p.year).padStart(4, '0')}-12-31`
  const d = new Date(`${iso}T00:00:00+07:00`)
  return Number.isNaN(d.getTime()) ? new Date(Date.UTC(2000, 0, 1)) : d
}
