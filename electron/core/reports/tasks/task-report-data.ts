import {
  donePercent,
  isLate,
  overduePercent,
  type BucketCounts,
} from '../../../../shared/tasks/buckets'
import { scopeOf, subtree } from '../../access/scope'
import type { Actor } from '../../context'
import type { Db } from '../../db/open'
import { notFound } from '../../errors'
import { byUnit, periodStats } from '../../tasks/dashboard'
import { Parties } from '../../tasks/parties'
import type { JudgedTask } from '../../tasks/query'
import { getAgency } from '../../units/repo'
import { ddmmyyyy, type Cell, type ReportTable, type TableColumn } from './report-table'

/** What the renderers print: the title block and the two tables of the report. */
export type TaskReportPrint = Readonly<{
  agencyName: string
  from: string
  to: string
  /** The day the tasks are judged on: the end of the period, or today if sooner. */
  asOf: string
  /** Which unit the report covers, when it does not cover the whole agency. */
  scopeLine: string | null
  summary: ReportTable
  overdue: ReportTable
}>

export const REPORT_TITLE = 'BÁO CÁO TÌNH HÌNH THỰC HIỆN NHIỆM VỤ'
export const SUMMARY_HEADING = 'I. TỔNG HỢP THEO ĐƠN VỊ'
export const OVERDUE_HEADING = 'II. DANH SÁCH NHIỆM VỤ QUÁ HẠN'
export const OVERDUE_NOTE =
  '(gồm nhiệm vụ chưa hoàn thành đã quá hạn và nhiệm vụ hoàn thành sau hạn)'

export const periodLine = (p: TaskReportPrint): string =>
  `Từ ngày ${ddmmyyyy(p.from)} đến ngày ${ddmmyyyy(p.to)}`
export const asOfLine = (p: TaskReportPrint): string => `Số liệu tính đến ngày ${ddmmyyyy(p.asOf)}`

const DONE = 'Đã hoàn thành'
const OPEN = 'Chưa hoàn thành'

/** VPCP's buckets (DOMAIN §6), in the order offices print them. */
export const summaryColumns: ReadonlyArray<TableColumn> = [
  { header: 'STT', weight: 5, align: 'center', kind: 'int' },
  { header: 'Đơn vị', weight: 27, align: 'left', kind: 'text' },
  { header: 'Tổng số nhiệm vụ được giao', weight: 11, align: 'center', kind: 'int' },
  { header: 'Đúng hạn', group: DONE, weight: 9, align: 'center', kind: 'int' },
  { header: 'Quá hạn', group: DONE, weight: 9, align: 'center', kind: 'int' },
  { header: 'Trong hạn', group: OPEN, weight: 9, align: 'center', kind: 'int' },
  { header: 'Quá hạn', group: OPEN, weight: 9, align: 'center', kind: 'int' },
  { header: 'Tỷ lệ hoàn thành (%)', weight: 10, align: 'center', kind: 'percent' },
  { header: 'Tỷ lệ quá hạn (%)', weight: 10, align: 'center', kind: 'percent' },
]

export const overdueColumns: ReadonlyArray<TableColumn> = [
  { header: 'STT', weight: 5, align: 'center', kind: 'int' },
  { header: 'Tên nhiệm vụ', weight: 31, align: 'left', kind: 'text' },
  { header: 'Đơn vị/người chủ trì', weight: 17, align: 'left', kind: 'text' },
  { header: 'Người giao', weight: 13, align: 'left', kind: 'text' },
  { header: 'Hạn', weight: 9, align: 'center', kind: 'date' },
  { header: 'Số ngày quá hạn', weight: 8, align: 'center', kind: 'int' },
  { header: 'Tiến độ', weight: 17, align: 'left', kind: 'text' },
]

const countCells = (c: BucketCounts, overdue: number): Cell[] => [
  c.total,
  c.hoan_thanh_dung_han,
  c.hoan_thanh_qua_han,
  c.trong_han,
  c.qua_han,
  donePercent(c),
  overdue,
]

/** Where a late task stands on the day the figures are taken. */
function progress(t: JudgedTask): string {
  if (t.completed_on !== null && t.bucket === 'hoan_thanh_qua_han') {
    return `Đã hoàn thành ngày ${ddmmyyyy(t.completed_on)}`
  }
  if (t.completed_on !== null) {
    // Finished after the period's end: late as the figures stand, done since.
    return `Đang giải quyết; đã hoàn thành ngày ${ddmmyyyy(t.completed_on)}`
  }
  return `Đang giải quyết, ${t.percent}%`
}

function overdueRows(tasks: readonly JudgedTask[], parties: Parties): Cell[][] {
  const late = tasks
    .filter((t) => isLate(t.bucket))
    .sort(
      (a, b) =>
        Number(a.bucket !== 'qua_han') - Number(b.bucket !== 'qua_han') ||
        b.daysLate - a.daysLate ||
        a.id - b.id,
    )
  return late.map((t, i) => {
    const lead = parties.of({ unitId: t.lead_unit_id, userId: t.lead_user_id }).name
    const handler =
      t.handler_id !== null && t.handler_id !== t.lead_user_id
        ? `\nNgười xử lý: ${parties.user(t.handler_id).name}`
        : ''
    const source =
      t.so_den === null ? '' : `\n(Số đến ${t.so_den}${t.so_ky_hieu ? `, ${t.so_ky_hieu}` : ''})`
    return [
      i + 1,
      `${t.title}${source}`,
      `${lead}${handler}`,
      parties.user(t.assigner_id).name,
      t.deadline,
      t.daysLate,
      progress(t),
    ]
  })
}

/**
 * The report's figures: the tasks given in the period that the caller may see, judged at the
 * period's end (or today), through the same `periodStats` and `byUnit` as the dashboard, so the
 * two always agree. With a unit, the unit and every unit under it.
 */
export function taskReportPrint(
  db: Db,
  actor: Actor,
  q: Readonly<{ from: string; to: string; unitId?: number | undefined }>,
  today: string,
): TaskReportPrint {
  let scopeLine: string | null = null
  let unitIds: number[] | undefined
  if (q.unitId !== undefined) {
    const unit = db
      .prepare<[number], { name: string; parent_id: number | null }>(
        'SELECT name, parent_id FROM units WHERE id = ?',
      )
      .get(q.unitId)
    if (!unit) {
      throw notFound('đơn vị')
    }
    unitIds = subtree(db, q.unitId)
    scopeLine =
      unit.parent_id === null
        ? null
        : `Đơn vị: ${unit.name}${unitIds.length > 1 ? ' và các đơn vị trực thuộc' : ''}`
  }
  const stats = periodStats(db, scopeOf(db, actor), q.from, q.to, today, unitIds)
  const units = byUnit(db, stats.tasks)
  return {
    agencyName: getAgency(db)?.name ?? '',
    from: q.from,
    to: q.to,
    asOf: stats.asOf,
    scopeLine,
    summary: {
      columns: summaryColumns,
      rows: units.map((u, i) => [i + 1, u.unitName, ...countCells(u.counts, u.overduePercent)]),
      total: ['', 'Tổng cộng', ...countCells(stats.counts, overduePercent(stats.counts))],
      emptyText: 'Không có nhiệm vụ nào được giao trong khoảng thời gian này.',
    },
    overdue: {
      columns: overdueColumns,
      rows: overdueRows(stats.tasks, new Parties(db)),
      emptyText: 'Không có nhiệm vụ quá hạn.',
    },
  }
}
