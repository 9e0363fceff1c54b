import type { TaskPriority } from '../../../shared/api/task-types'
import { emptyCounts, type BucketCounts } from '../../../shared/tasks/buckets'
import { fold } from '../../../shared/text'
import type { Scope } from '../access/scope'
import type { Db } from '../db/open'
import { judgeRow, LIGHT_COLUMNS, TASK_FROM, type Judge, type LightTask } from './rows'
import { namedOnTask, taskVisibility } from './visibility'

export type TaskFilter = Readonly<{
  view?: 'mine' | 'assigned' | 'all'
  /** The unit answering for the task (the lead unit, or the lead person's unit), exactly. */
  unitId?: number | undefined
  /** …or any unit of this set (a report over a unit and its sub-units). */
  unitIds?: readonly number[] | undefined
  priority?: TaskPriority | undefined
  documentId?: number | undefined
  q?: string | undefined
  /** Given within [from, to]. */
  from?: string | undefined
  to?: string | undefined
  openOnly?: boolean
  /** A further condition on `t`, for the inbox boxes. */
  where?: Readonly<{ sql: string; params: readonly unknown[] }>
}>

export type JudgedTask = LightTask & ReturnType<typeof judgeRow>

/**
 * The tasks a scope sees under a filter, each judged on one day. Everything that counts tasks
 * (lists, dashboard, reports, CLI) goes through here, so their numbers agree exactly.
 */
export function selectTasks(db: Db, scope: Scope, f: TaskFilter, judge: Judge): JudgedTask[] {
  return judgeAll(readTasks(db, scope, f), judge)
}

export const judgeAll = (tasks: readonly LightTask[], judge: Judge): JudgedTask[] =>
  tasks.map((r) => ({ ...r, ...judgeRow(r, judge) }))

/** The visible tasks under a filter, unjudged: one read that several judgements can share. */
export function readTasks(db: Db, scope: Scope, f: TaskFilter): LightTask[] {
  const v = taskVisibility(scope)
  const where = [v.sql]
  const params: unknown[] = [...v.params]
  const add = (sql: string, ...values: unknown[]): void => {
    where.push(sql)
    params.push(...values)
  }
  if (scope.kind === 'user' && f.view === 'mine') {
    const me = scope.userId
    add(
      `(t.lead_user_id = ? OR t.handler_id = ? OR EXISTS (SELECT 1 FROM task_members m
        WHERE m.task_id = t.id AND m.role = 'phoi_hop' AND m.user_id = ?))`,
      me,
      me,
      me,
    )
  } else if (scope.kind === 'user' && f.view === 'assigned') {
    add('t.assigner_id = ?', scope.userId)
  }
  if (f.unitId !== undefined) {
    add('COALESCE(t.lead_unit_id, lu.unit_id) = ?', f.unitId)
  }
  if (f.unitIds !== undefined) {
    add(
      'COALESCE(t.lead_unit_id, lu.unit_id) IN (SELECT value FROM json_each(?))',
      JSON.stringify(f.unitIds),
    )
  }
  if (f.priority !== undefined) {
    add('t.priority = ?', f.priority)
  }
  if (f.documentId !== undefined) {
    add('t.document_id = ?', f.documentId)
  }
  if (f.from !== undefined) {
    add('t.given_on >= ?', f.from)
  }
  if (f.to !== undefined) {
    add('t.given_on <= ?', f.to)
  }
  if (f.openOnly) {
    add('t.completed_at IS NULL')
  }
  if (f.where) {
    add(f.where.sql, ...f.where.params)
  }
  const needle = f.q?.trim() ? fold(f.q.trim()) : null
  // Text search reads the long columns too; plain counting does not.
  const text = needle === null ? '' : ', t.content'
  const rows = db
    .prepare<unknown[], LightTask & { content?: string | null }>(
      `SELECT ${LIGHT_COLUMNS}${text} ${TASK_FROM} WHERE ${where.join(' AND ')}`,
    )
    .all(...params)
  return needle === null
    ? rows
    : rows.filter((r) =>
        fold(`${r.title} ${r.content ?? ''} ${r.so_ky_hieu ?? ''}`).includes(needle),
      )
}

/** How many visible tasks meet a condition, without reading them. */
export function countTasks(
  db: Db,
  scope: Scope,
  where: Readonly<{ sql: string; params: readonly unknown[] }>,
): number {
  const v = taskVisibility(scope)
  return (
    db
      .prepare<unknown[], { n: number }>(
        `SELECT COUNT(*) AS n ${TASK_FROM} WHERE ${v.sql} AND ${where.sql}`,
      )
      .get(...v.params, ...where.params)?.n ?? 0
  )
}

export function countBuckets(tasks: readonly JudgedTask[]): BucketCounts {
  const c = emptyCounts()
  for (const t of tasks) {
    c.total += 1
    c[t.bucket] += 1
    if (t.dueSoon) {
      c.sap_den_han += 1
    }
  }
  return c
}

/** Re-exported for callers that need "my own" work without the view filter. */
export { namedOnTask }
