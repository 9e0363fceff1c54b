// Writes a ReportTable into a worksheet under a title block: the merged two-level header,
// numbers as numbers (so a reader can sum them), dates as dates, the header frozen and
// repeated on every printed page, A4 landscape fitted to the width.

import type { Alignment, Borders, Font, PaperSize, Workbook, Worksheet } from 'exceljs'
import {
  cellText,
  headerCells,
  type Cell,
  type ReportTable,
  type TableColumn,
} from './report-table'

// Times New Roman, as the printed registers: every office PC has it, with every Vietnamese letter.
const FONT_NAME = 'Times New Roman'
const BODY_PT = 12
const LINE_PT = 16
const TABLE_CHARS = 150

const thin = { style: 'thin' as const, color: { argb: 'FF000000' } }
const borders: Partial<Borders> = { top: thin, left: thin, bottom: thin, right: thin }
const font = (extra: Partial<Font> = {}): Partial<Font> => ({
  name: FONT_NAME,
  size: BODY_PT,
  ...extra,
})

const numFmts: Readonly<Record<TableColumn['kind'], string | undefined>> = {
  text: undefined,
  int: '0',
  percent: '0.0',
  date: 'dd/mm/yyyy',
}

/** The lines above the table, each printed centred across it. */
export type SheetTitle = Readonly<{
  /** Upper left, as on an administrative document. */
  agency: string
  /** Upper right: quốc hiệu and tiêu ngữ. */
  nation: readonly [string, string]
  title: string
  lines: readonly string[]
  heading: string
}>

function columnChars(table: ReportTable): number[] {
  const total = table.columns.reduce((s, c) => s + c.weight, 0)
  return table.columns.map((c) => Math.round((c.weight / total) * TABLE_CHARS * 10) / 10)
}

/** A height that holds the wrapped text; Excel does not re-measure wrapped rows everywhere. */
function rowHeight(texts: readonly string[], chars: readonly number[]): number {
  let lines = 1
  texts.forEach((text, i) => {
    const perLine = Math.max(1, (chars[i] ?? 10) * 0.9)
    const n = text
      .split('\n')
      .reduce((sum, para) => sum + Math.max(1, Math.ceil([...para].length / perLine)), 0)
    lines = Math.max(lines, n)
  })
  return lines * LINE_PT + 4
}

function merged(
  ws: Worksheet,
  at: Readonly<{ row: number; from: number; to: number }>,
  text: string,
  f: Partial<Font>,
  align: Partial<Alignment> = {},
): void {
  if (at.to > at.from) {
    ws.mergeCells(at.row, at.from, at.row, at.to)
  }
  const cell = ws.getCell(at.row, at.from)
  cell.value = text
  cell.font = f
  cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true, ...align }
}

function value(column: TableColumn, v: Cell | undefined): ExcelValue {
  if (v === undefined || v === '') {
    return null
  }
  if (column.kind === 'date' && typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) {
    return new Date(`${v}T00:00:00Z`)
  }
  return typeof v === 'string' ? v.normalize('NFC') : v
}
type ExcelValue = string | number | Date | null

/** Adds one sheet holding a title block and a table. */
export function addTableSheet(
  wb: Workbook,
  name: string,
  head: SheetTitle,
  table: ReportTable,
): Worksheet {
  const n = table.columns.length
  const chars = columnChars(table)
  const { rows: headRows, cells } = headerCells(table.columns)
  const headerTop = 5 + head.lines.length + 2
  const bodyTop = headerTop + headRows
  const ws = wb.addWorksheet(name, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: bodyTop - 1 }],
    pageSetup: {
      paperSize: 9 as PaperSize, // A4
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      printTitlesRow: `${headerTop}:${bodyTop - 1}`,
      margins: { left: 0.98, right: 0.47, top: 0.59, bottom: 0.71, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: '&C&"Times New Roman,Regular"&10Trang &P/&N' },
  })
  ws.columns = chars.map((width) => ({ width }))

  const split = Math.max(2, Math.floor(n / 3))
  merged(ws, { row: 1, from: 1, to: split }, head.agency.toUpperCase(), font({ bold: true }))
  merged(ws, { row: 1, from: split + 1, to: n }, head.nation[0], font({ bold: true }))
  merged(ws, { row: 2, from: split + 1, to: n }, head.nation[1], font({ bold: true }))
  merged(ws, { row: 4, from: 1, to: n }, head.title, font({ bold: true, size: 14 }))
  ws.getRow(4).height = 22
  head.lines.forEach((line, i) => {
    merged(ws, { row: 5 + i, from: 1, to: n }, line, font({ italic: line.startsWith('(') }))
  })
  merged(ws, { row: headerTop - 1, from: 1, to: n }, head.heading, font({ bold: true }), {
    horizontal: 'left',
  })

  for (const c of cells) {
    const top = headerTop + c.row
    const bottom = top + (headRows === 1 ? 0 : c.rowSpan - 1)
    if (bottom > top || c.colSpan > 1) {
      ws.mergeCells(top, c.col + 1, bottom, c.col + c.colSpan)
    }
    ws.getCell(top, c.col + 1).value = c.text
  }
  for (let r = headerTop; r < bodyTop; r += 1) {
    for (let col = 1; col <= n; col += 1) {
      const cell = ws.getCell(r, col)
      cell.font = font({ bold: true })
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true }
      cell.border = borders
    }
    ws.getRow(r).height = headRows === 1 ? 48 : 30
  }

  const body = table.rows.map((cells) => ({ cells, bold: false }))
  if (table.total) {
    body.push({ cells: table.total, bold: true })
  }
  // With no rows, the note takes the first line and the total (all zeros) goes under it.
  const first = table.rows.length === 0 ? bodyTop + 1 : bodyTop
  if (table.rows.length === 0) {
    merged(ws, { row: bodyTop, from: 1, to: n }, table.emptyText, font({ italic: true }))
    ws.getCell(bodyTop, 1).border = borders
  }
  body.forEach((r, i) => {
    const row = ws.getRow(first + i)
    table.columns.forEach((c, col) => {
      const cell = row.getCell(col + 1)
      cell.value = value(c, r.cells[col])
      cell.font = font({ bold: r.bold })
      cell.alignment = { horizontal: c.align, vertical: 'top', wrapText: true }
      cell.border = borders
      const fmt = numFmts[c.kind]
      if (fmt !== undefined) {
        cell.numFmt = fmt
      }
    })
    row.height = rowHeight(
      table.columns.map((c, col) => cellText(c, r.cells[col])),
      chars,
    )
  })
  return ws
}
