// Draws a ReportTable on A4 landscape pages with pdfkit: a two-level header repeated on every
// page the table runs onto, rows kept whole (a row moves to the next page rather than being
// cut: task titles are short enough for that), a bold total row, and a full grid.

import { cachedMeasure, wrapText, type Measure } from '../text-wrap'
import { cellText, headerCells, type ReportTable } from './report-table'

export const MM = 72 / 25.4
export const PAGE_W = 841.89
export const PAGE_H = 595.28
// The margins of the printed registers: a wider left one for binding.
export const M_LEFT = 25 * MM
export const M_RIGHT = 12 * MM
export const M_TOP = 15 * MM
export const M_BOTTOM = 18 * MM
export const CONTENT_W = PAGE_W - M_LEFT - M_RIGHT
export const BOTTOM = PAGE_H - M_BOTTOM

export const FACE = { regular: 'NotoSerif', bold: 'NotoSerif-Bold', italic: 'NotoSerif-Italic' }

const SIZE = 9.5
const LINE = SIZE * 1.3
const PAD_X = 3
const PAD_Y = 4
const ROW_MIN = 20
const GRID = 0.5

type Doc = PDFKit.PDFDocument

/** Where the next thing goes on the page, and how to start a new page. */
export type Flow = { doc: Doc; y: number }

export function newPage(flow: Flow): void {
  flow.doc.addPage()
  flow.y = M_TOP
}

type Measures = Readonly<{ regular: Measure; bold: Measure }>

function measures(doc: Doc): Measures {
  const of = (face: string): Measure =>
    cachedMeasure((text) => doc.font(face).fontSize(SIZE).widthOfString(text))
  return { regular: of(FACE.regular), bold: of(FACE.bold) }
}

function drawLines(
  doc: Doc,
  lines: ReadonlyArray<string>,
  box: Readonly<{ x: number; y: number; w: number }>,
  align: string,
  measure: Measure,
): void {
  lines.forEach((line, i) => {
    let x = box.x + PAD_X
    if (align === 'center') {
      x = box.x + (box.w - measure(line)) / 2
    } else if (align === 'right') {
      x = box.x + box.w - PAD_X - measure(line)
    }
    doc.text(line, x, box.y + i * LINE, { lineBreak: false })
  })
}

const linesHeight = (n: number): number => 2 * PAD_Y + n * LINE

/** Column positions for a table spanning the content width. */
function geometry(table: ReportTable): { xs: number[]; widths: number[] } {
  const total = table.columns.reduce((s, c) => s + c.weight, 0)
  const widths = table.columns.map((c) => (c.weight / total) * CONTENT_W)
  const xs: number[] = []
  widths.reduce((x, w) => {
    xs.push(x)
    return x + w
  }, M_LEFT)
  return { xs, widths }
}

const spanWidth = (widths: readonly number[], col: number, span: number): number =>
  widths.slice(col, col + span).reduce((s, w) => s + w, 0)

type Header = { height: number; draw: (doc: Doc, top: number) => void }

function header(table: ReportTable, m: Measures, xs: number[], widths: number[]): Header {
  const { rows, cells } = headerCells(table.columns)
  const laid = cells.map((c) => ({
    ...c,
    lines: wrapText(c.text, spanWidth(widths, c.col, c.colSpan) - 2 * PAD_X, m.bold),
  }))
  const rowHeight = [0, 0]
  for (const c of laid.filter((l) => l.rowSpan === 1)) {
    rowHeight[c.row] = Math.max(rowHeight[c.row] ?? 0, linesHeight(c.lines.length))
  }
  // A cell spanning both rows may need more room than the two rows give it.
  for (const c of laid.filter((l) => l.rowSpan === 2)) {
    const need = linesHeight(c.lines.length) - (rowHeight[0] ?? 0) - (rowHeight[1] ?? 0)
    if (need > 0) {
      rowHeight[rows - 1] = (rowHeight[rows - 1] ?? 0) + need
    }
  }
  const top0 = rowHeight[0] ?? 0
  const height = rows === 1 ? top0 : top0 + (rowHeight[1] ?? 0)
  return {
    height,
    draw: (doc, top) => {
      doc.font(FACE.bold).fontSize(SIZE).lineWidth(GRID).strokeColor('black')
      for (const c of laid) {
        const x = xs[c.col] ?? M_LEFT
        const w = spanWidth(widths, c.col, c.colSpan)
        const y = top + (c.row === 0 ? 0 : top0)
        const h = c.rowSpan === 2 || rows === 1 ? height : (rowHeight[c.row] ?? 0)
        doc.rect(x, y, w, h).stroke()
        const textTop = y + (h - c.lines.length * LINE) / 2
        drawLines(doc, c.lines, { x, y: textTop, w }, 'center', m.bold)
      }
    },
  }
}

/** Draws the table from `flow.y` on, starting new pages as needed, and leaves `flow.y` under it. */
export function drawTable(flow: Flow, table: ReportTable): void {
  const { doc } = flow
  const m = measures(doc)
  const { xs, widths } = geometry(table)
  const head = header(table, m, xs, widths)
  const bodyRows = table.rows.map((r) => ({ cells: r, bold: false }))
  if (table.total) {
    bodyRows.push({ cells: table.total, bold: true })
  }
  const laid = bodyRows.map((r) => {
    const measure = r.bold ? m.bold : m.regular
    const cells = table.columns.map((c, i) =>
      wrapText(cellText(c, r.cells[i]), (widths[i] ?? 0) - 2 * PAD_X, measure),
    )
    const lines = cells.reduce((n, c) => Math.max(n, c.length), 1)
    return { cells, bold: r.bold, height: Math.max(ROW_MIN, linesHeight(lines)) }
  })

  const firstRow = table.rows.length === 0 ? ROW_MIN : (laid[0]?.height ?? ROW_MIN)
  if (flow.y > M_TOP && flow.y + head.height + firstRow > BOTTOM) {
    newPage(flow)
  }
  head.draw(doc, flow.y)
  flow.y += head.height

  if (table.rows.length === 0) {
    doc.lineWidth(GRID).rect(M_LEFT, flow.y, CONTENT_W, ROW_MIN).stroke()
    doc.font(FACE.italic).fontSize(SIZE)
    const w = doc.widthOfString(table.emptyText)
    doc.text(table.emptyText, M_LEFT + (CONTENT_W - w) / 2, flow.y + PAD_Y, { lineBreak: false })
    flow.y += ROW_MIN
  }
  for (const row of laid) {
    if (flow.y + row.height > BOTTOM) {
      newPage(flow)
      head.draw(doc, flow.y)
      flow.y += head.height
    }
    doc
      .font(row.bold ? FACE.bold : FACE.regular)
      .fontSize(SIZE)
      .lineWidth(GRID)
    table.columns.forEach((c, i) => {
      const x = xs[i] ?? M_LEFT
      const w = widths[i] ?? 0
      doc.rect(x, flow.y, w, row.height).stroke()
      drawLines(
        doc,
        row.cells[i] ?? [],
        { x, y: flow.y + PAD_Y, w },
        c.align,
        row.bold ? m.bold : m.regular,
      )
    })
    flow.y += row.height
  }
}
