import { formatVietnamese } from '../../../shared/calendar/iso-date'
import type { Command } from 'commander'
import type { Dashboard, TaskRow } from '../../../shared/api/task-types'
import { bucketLabels, buckets, type BucketCounts } from '../../../shared/tasks/buckets'
import type { Core } from '../../core/core'
import { CoreError } from '../../core/errors'
import { action, withCore } from '../command-kit'
import { emit } from '../output'

const SYSTEM = { system: 'cli' } as const
const bucketChoices = [...buckets, 'sap_den_han'] as const
type BucketChoice = (typeof bucketChoices)[number]

/** A calendar date as typed on the command line, refused in Vietnamese when it is not one. */
function isoDate(value: string | undefined, flag: string): string | undefined {
  if (value === undefined) {
    return undefined
  }
  const ok =
    /^\d{4}-\d{2}-\d{2}$/.test(value) &&
    !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) &&
    new Date(`${value}T00:00:00Z`).toISOString().startsWith(value)
  if (!ok) {
    throw new CoreError('VALIDATION', `${flag} "${value}" không phải ngày hợp lệ (dạng YYYY-MM-DD)`)
  }
  return value
}

function period(o: { from?: string; to?: string }): { from?: string; to?: string } {
  const from = isoDate(o.from, '--from')
  const to = isoDate(o.to, '--to')
  if (from !== undefined && to !== undefined && from > to) {
    throw new CoreError('VALIDATION', 'Ngày bắt đầu (--from) phải trước ngày kết thúc (--to)')
  }
  return { ...(from ? { from } : {}), ...(to ? { to } : {}) }
}

function bucketOf(value: string | undefined): BucketChoice | undefined {
  if (value === undefined) {
    return undefined
  }
  const found = bucketChoices.find((b) => b === value)
  if (!found) {
    throw new CoreError(
      'VALIDATION',
      `Không có nhóm "${value}". Chọn một trong: ${bucketChoices.join(', ')}`,
    )
  }
  return found
}

/** A unit by id or short name (VP, KT …), as `users add --unit` takes it. */
async function unitIdOf(core: Core, unit: string | undefined): Promise<number | undefined> {
  if (unit === undefined) {
    return undefined
  }
  const units = await core.invoke('units.list', { includeDisabled: true }, SYSTEM)
  const found = units.find(
    (u) => String(u.id) === unit || u.shortName.toLowerCase() === unit.toLowerCase(),
  )
  if (!found) {
    throw new CoreError(
      'VALIDATION',
      `Không có đơn vị "${unit}". Các đơn vị: ${units.map((u) => u.shortName).join(', ')}`,
    )
  }
  return found.id
}

/** Every task matching, page by page (the API pages at 1,000). */
async function allTasks(
  core: Core,
  input: { bucket?: BucketChoice; unitId?: number; from?: string; to?: string },
): Promise<TaskRow[]> {
  const rows: TaskRow[] = []
  for (;;) {
    const page = await core.invoke(
      'tasks.list',
      { ...input, view: 'all', sort: 'deadline', offset: rows.length, limit: 1000 },
      SYSTEM,
    )
    rows.push(...page.rows)
    if (page.rows.length === 0 || rows.length >= page.total) {
      return rows
    }
  }
}

const stateText = (t: TaskRow): string =>
  `${bucketLabels[t.bucket]}${t.daysLate > 0 ? ` ${t.daysLate} ngày` : ''}${t.dueSoon ? ' (sắp đến hạn)' : ''}`

function listText(rows: readonly TaskRow[]): string {
  if (rows.length === 0) {
    return 'Không có nhiệm vụ nào.'
  }
  const head = `${'Mã'.padStart(5)}  ${'Hạn'.padEnd(10)}  ${'Tình trạng'.padEnd(36)} ${'Tiến độ'.padStart(7)}  ${'Chủ trì'.padEnd(28)} Nhiệm vụ`
  const lines = rows.map(
    (t) =>
      `${String(t.id).padStart(5)}  ${formatVietnamese(t.deadline)}  ${stateText(t).padEnd(36)} ${`${t.percent}%`.padStart(7)}  ${t.lead.name.slice(0, 28).padEnd(28)} ${t.title}`,
  )
  return [head, ...lines, `Tổng số: ${rows.length} nhiệm vụ`].join('\n')
}

/** What `tasks report --json` prints: the dashboard's figures for the period, nothing more. */
export type TaskReportJson = Pick<
  Dashboard,
  'from' | 'to' | 'asOf' | 'counts' | 'overduePercent'
> & {
  units: Dashboard['byUnit']
}

const percent = (n: number): string => `${n.toFixed(1).replace('.', ',')}%`

function reportText(r: TaskReportJson): string {
  const cols = (name: string, c: BucketCounts, overdue: string): string =>
    `${name.slice(0, 32).padEnd(32)} ${[
      c.total,
      c.hoan_thanh_dung_han,
      c.hoan_thanh_qua_han,
      c.trong_han,
      c.qua_han,
      c.sap_den_han,
    ]
      .map((n) => String(n).padStart(9))
      .join('')} ${overdue.padStart(9)}`
  const head = `${'Đơn vị'.padEnd(32)} ${[
    'Tổng',
    'HT đúng',
    'HT quá',
    'Trong',
    'Quá hạn',
    'Sắp đến',
  ]
    .map((s) => s.padStart(9))
    .join('')} ${'% quá hạn'.padStart(9)}`
  return [
    `Tình hình thực hiện nhiệm vụ giao từ ${formatVietnamese(r.from)} đến ${formatVietnamese(r.to)} (số liệu tính đến ${formatVietnamese(r.asOf)})`,
    head,
    ...r.units.map((u) => cols(u.unitName, u.counts, percent(u.overduePercent))),
    cols('Tổng cộng', r.counts, percent(r.overduePercent)),
  ].join('\n')
}

export function addTaskCommands(program: Command): void {
  const tasks = program.command('tasks').description('nhiệm vụ: danh sách và số liệu theo dõi')
  tasks
    .command('list')
    .description('liệt kê nhiệm vụ, hạn gần nhất trước')
    .option('--bucket <nhom>', `nhóm: ${bucketChoices.join(', ')}`)
    .option('--unit <unit>', 'đơn vị chủ trì (kể cả đơn vị trực thuộc): mã số hoặc tên viết tắt')
    .option('--from <date>', 'giao từ ngày YYYY-MM-DD')
    .option('--to <date>', 'giao đến ngày YYYY-MM-DD')
    .action(
      action(async (mode, g, o: { bucket?: string; unit?: string; from?: string; to?: string }) => {
        const bucket = bucketOf(o.bucket)
        const dates = period(o)
        const rows = await withCore(g, async (core) => {
          const unitId = await unitIdOf(core, o.unit)
          return allTasks(core, {
            ...dates,
            ...(bucket ? { bucket } : {}),
            ...(unitId !== undefined ? { unitId } : {}),
          })
        })
        emit(mode, rows, () => listText(rows))
      }),
    )
  tasks
    .command('report')
    .description('số nhiệm vụ giao trong kỳ theo nhóm, toàn cơ quan và từng đơn vị')
    .requiredOption('--from <date>', 'từ ngày YYYY-MM-DD')
    .requiredOption('--to <date>', 'đến ngày YYYY-MM-DD')
    .option('--unit <unit>', 'một đơn vị (kể cả đơn vị trực thuộc): mã số hoặc tên viết tắt')
    .action(
      action(async (mode, g, o: { from: string; to: string; unit?: string }) => {
        const dates = period(o)
        const report = await withCore(g, async (core): Promise<TaskReportJson> => {
          const unitId = await unitIdOf(core, o.unit)
          // The dashboard's own figures, so the command and the screen cannot disagree.
          const d = await core.invoke(
            'tasks.dashboard',
            { ...dates, ...(unitId !== undefined ? { unitId } : {}) },
            SYSTEM,
          )
          return {
            from: d.from,
            to: d.to,
            asOf: d.asOf,
            counts: d.counts,
            overduePercent: d.overduePercent,
            units: d.byUnit,
          }
        })
        emit(mode, report, () => reportText(report))
      }),
    )
}
