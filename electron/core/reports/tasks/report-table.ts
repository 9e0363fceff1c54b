// A statistical table as data: columns (some under a shared group heading, which makes the
// header two rows deep), body rows and an optional total row. The PDF and the XLSX renderers
// both read it, so the two outputs of one report cannot drift apart.

import type { ColumnAlign } from '../register-layout'

/** How a value is written: text as given, a count, a percentage (one decimal) or a date. */
export type CellKind = 'text' | 'int' | 'percent' | 'date'

export type TableColumn = Readonly<{
  header: string
  /** Columns side by side with the same group share one heading above their own. */
  group?: string
  /** Relative width; the weights of one table need not add up to anything. */
  weight: number
  align: ColumnAlign
  kind: CellKind
}>

/** A text, a number, or a calendar date `YYYY-MM-DD` (for a 'date' column). */
export type Cell = string | number

export type ReportTable = Readonly<{
  columns: ReadonlyArray<TableColumn>
  rows: ReadonlyArray<ReadonlyArray<Cell>>
  /** "Tổng cộng": printed in bold under the rows. */
  total?: ReadonlyArray<Cell> | null
  /** Printed across the table when there are no rows. */
  emptyText: string
}>

/** One header cell: where it starts and how far it spans, in columns and in header rows. */
export type HeaderCell = Readonly<{
  text: string
  col: number
  colSpan: number
  row: 0 | 1
  rowSpan: 1 | 2
}>

/** The header cells of a table: one row when no column is grouped, two rows otherwise. */
export function headerCells(columns: ReadonlyArray<TableColumn>): {
  rows: 1 | 2
  cells: HeaderCell[]
} {
  const grouped = columns.some((c) => c.group !== undefined)
  if (!grouped) {
    return {
      rows: 1,
      cells: columns.map((c, col) => ({ text: c.header, col, colSpan: 1, row: 0, rowSpan: 1 })),
    }
  }
  const cells: HeaderCell[] = []
  columns.forEach((c, col) => {
    if (c.group === undefined) {
      cells.push({ text: c.header, col, colSpan: 1, row: 0, rowSpan: 2 })
      return
    }
    if (columns[col - 1]?.group !== c.group) {
      let span = 1
      while (columns[col + span]?.group === c.group) {
        span += 1
      }
      cells.push({ text: c.group, col, colSpan: span, row: 0, rowSpan: 1 })
    }
    cells.push({ text: c.header, col, colSpan: 1, row: 1, rowSpan: 1 })
  })
  return { rows: 2, cells }
}

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/

/** dd/MM/yyyy from YYYY-MM-DD; anything else as given. */
export function ddmmyyyy(iso: string): string {
  const m = isoDate.exec(iso)
  return m === null ? iso : `${m[3]}/${m[2]}/${m[1]}`
}

/** 12.5 → "12,5": Vietnamese writes the decimal comma. */
export function percentText(value: number): string {
  return value.toFixed(1).replace('.', ',')
}

/** A cell as printed in the PDF. */
export function cellText(column: TableColumn, value: Cell | undefined): string {
  if (value === undefined || value === '') {
    return ''
  }
  if (typeof value === 'number') {
    return column.kind === 'percent' ? percentText(value) : String(value)
  }
  const text = value.normalize('NFC').trim()
  return column.kind === 'date' ? ddmmyyyy(text) : text
}
