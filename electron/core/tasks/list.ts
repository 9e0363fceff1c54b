import type { ParsedInput } from '../../../shared/api/contract'
import type { TaskPage, TaskPriority } from '../../../shared/api/task-types'
import { scopeOf, subtree } from '../access/scope'
import type { Actor, CoreDeps } from '../context'
import { Parties } from './parties'
import { countBuckets, selectTasks, type JudgedTask } from './query'
import { judgeAt, todayOf, toTaskRow } from './rows'
import { taskSettings } from './settings'

const priorityRank: Readonly<Record<TaskPriority, number>> = { khan: 0, cao: 1, thuong: 2 }

const orders = {
  // Most urgent first: overdue and due soon rise to the top of an open list.
  deadline: (a: JudgedTask, b: JudgedTask) =>
    Number(a.completed_on !== null) - Number(b.completed_on !== null) ||
    a.dueOn.localeCompare(b.dueOn) ||
    priorityRank[a.priority] - priorityRank[b.priority] ||
    a.id - b.id,
  createdAt: (a: JudgedTask, b: JudgedTask) =>
    b.created_at.localeCompare(a.created_at) || b.id - a.id,
  priority: (a: JudgedTask, b: JudgedTask) =>
    priorityRank[a.priority] - priorityRank[b.priority] ||
    a.dueOn.localeCompare(b.dueOn) ||
    a.id - b.id,
}

/** A page of tasks with the bucket counts of everything the other filters match. */
export function listTasks(deps: CoreDeps, actor: Actor, q: ParsedInput<'tasks.list'>): TaskPage {
  const judge = judgeAt(deps.db, todayOf(deps.clock()), taskSettings(deps.db).dueSoonDays)
  // The contract's unitId means the unit and its sub-units, like the dashboard and the reports.
  const units = q.unitId === undefined ? undefined : subtree(deps.db, q.unitId)
  const all = selectTasks(
    deps.db,
    scopeOf(deps.db, actor),
    { ...q, unitId: undefined, unitIds: units },
    judge,
  )
  const counts = countBuckets(all)
  const wanted =
    q.bucket === undefined
      ? all
      : q.bucket === 'sap_den_han'
        ? all.filter((t) => t.dueSoon)
        : all.filter((t) => t.bucket === q.bucket)
  const parties = new Parties(deps.db)
  const rows = [...wanted]
    .sort(orders[q.sort])
    .slice(q.offset, q.offset + q.limit)
    .map((t) => toTaskRow(t, judge, parties))
  return { rows, total: wanted.length, counts }
}
