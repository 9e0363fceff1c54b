import type { ParsedInput } from '../../../shared/api/contract'
import type { Dashboard, TaskPriority, UnitStat } from '../../../shared/api/task-types'
import { taskPriorities } from '../../../shared/api/task-types'
import { addDays, toDayNumber } from '../../../shared/calendar/iso-date'
import { overduePercent, donePercent } from '../../../shared/tasks/buckets'
import { compareVi } from '../../../shared/text'
import { scopeOf, subtree, type Scope } from '../access/scope'
import type { Actor, CoreDeps } from '../context'
import type { Db } from '../db/open'
import { Parties } from './parties'
import { countBuckets, judgeAll, readTasks, selectTasks, type JudgedTask } from './query'
import { judgeAt, todayOf, toTaskRow, type LightTask } from './rows'
import { taskSettings } from './settings'

/** The default period: from 1 January to today, the way offices report the year so far. */
export function periodOf(q: { from?: string | undefined; to?: string | undefined }, today: string) {
  const to = q.to ?? today
  const from = q.from ?? `${to.slice(0, 4)}-01-01`
  const prevTo = addDays(from, -1)
  const prevFrom = addDays(prevTo, toDayNumber(from) - toDayNumber(to))
  return { from, to, prevFrom, prevTo }
}

/** Statistics of the tasks given in a period, judged at its end (or today, if sooner). */
export function periodStats(
  db: Db,
  scope: Scope,
  from: string,
  to: string,
  today: string,
  unitIds?: readonly number[],
  /** Already-read visible tasks (any period) to reuse instead of reading again. */
  visible?: readonly LightTask[],
) {
  const asOf = to < today ? to : today
  const judge = judgeAt(db, asOf, taskSettings(db).dueSoonDays)
  const tasks = visible
    ? judgeAll(
        visible.filter((t) => t.given_on >= from && t.given_on <= to),
        judge,
      )
    : selectTasks(db, scope, { from, to, unitIds }, judge)
  return { asOf, judge, tasks, counts: countBuckets(tasks) }
}

export function byUnit(db: Db, tasks: readonly JudgedTask[]): UnitStat[] {
  const groups = new Map<number, JudgedTask[]>()
  for (const t of tasks) {
    groups.set(t.resp_unit_id, [...(groups.get(t.resp_unit_id) ?? []), t])
  }
  const parties = new Parties(db)
  return [...groups.entries()]
    .map(([unitId, list]) => {
      const counts = countBuckets(list)
      return {
        unitId,
        unitName: parties.unit(unitId).name,
        counts,
        overduePercent: overduePercent(counts),
      }
    })
    .sort((a, b) => compareVi(a.unitName, b.unitName))
}

export function dashboard(
  deps: CoreDeps,
  actor: Actor,
  q: ParsedInput<'tasks.dashboard'>,
): Dashboard {
  const { db } = deps
  const today = todayOf(deps.clock())
  const scope = scopeOf(db, actor)
  const p = periodOf(q, today)
  // A unit's figures include its sub-units, as the task reports count them (issue 4 §7).
  const unitIds = q.unitId === undefined ? undefined : subtree(db, q.unitId)
  // One read of the visible tasks, judged three ways: this period, the previous one, today.
  const visible = readTasks(db, scope, { unitIds })
  const now = periodStats(db, scope, p.from, p.to, today, unitIds, visible)
  const prev = periodStats(db, scope, p.prevFrom, p.prevTo, today, unitIds, visible)
  const parties = new Parties(db)

  // The action lists are not bound to the period: overdue work from last year is still overdue.
  const todayJudge = judgeAt(db, today, taskSettings(db).dueSoonDays)
  const open = judgeAll(
    visible.filter((t) => t.completed_on === null),
    todayJudge,
  )
  const rows = (list: JudgedTask[]) =>
    list
      .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.id - b.id)
      .slice(0, 50)
      .map((t) => toTaskRow(t, todayJudge, parties))

  const mineTasks =
    scope.kind === 'user'
      ? selectTasks(db, scope, { view: 'mine', openOnly: true }, todayJudge)
      : []
  const mine = taskPriorities.map((priority: TaskPriority) => ({
    priority,
    counts: countBuckets(mineTasks.filter((t) => t.priority === priority)),
  }))

  const trend = new Map<string, { given: number; done: number }>()
  for (let d = p.from; d <= now.asOf; d = addDays(d, 1)) {
    trend.set(d, { given: 0, done: 0 })
  }
  for (const t of now.tasks) {
    const g = trend.get(t.given_on)
    if (g) {
      g.given += 1
    }
    const c = t.completed_on ? trend.get(t.completed_on) : undefined
    if (c) {
      c.done += 1
    }
  }

  const overdueNow = overduePercent(now.counts)
  const overduePrev = overduePercent(prev.counts)
  return {
    from: p.from,
    to: p.to,
    asOf: now.asOf,
    dueSoonDays: todayJudge.dueSoonDays,
    counts: now.counts,
    overduePercent: overdueNow,
    donePercent: donePercent(now.counts),
    previous: { from: p.prevFrom, to: p.prevTo, counts: prev.counts, overduePercent: overduePrev },
    overdueChange: Math.round((overdueNow - overduePrev) * 10) / 10,
    byUnit: byUnit(db, now.tasks),
    trend: [...trend.entries()].map(([date, v]) => ({ date, ...v })),
    dueSoon: rows(open.filter((t) => t.dueSoon)),
    overdue: rows(open.filter((t) => t.bucket === 'qua_han')),
    mine,
  }
}
