import { toDayNumber } from '../../../shared/calendar/iso-date'
import type { TaskPriority, TaskRow, TaskSource } from '../../../shared/api/task-types'
import {
  bucketOf,
  isDueSoon,
  vietnamDay,
  type EffectiveDeadline,
} from '../../../shared/tasks/buckets'
import { effectiveDeadlines } from '../calendar/effective'
import type { Db } from '../db/open'
import type { Parties } from './parties'

/** Every task query selects these columns from `tasks t` (with `lu`, the lead user, joined). */
export const TASK_COLUMNS = `t.id, t.title, t.priority, t.source_kind, t.document_id, t.assigner_id,
  t.lead_unit_id, t.lead_user_id, t.handler_id, t.deadline, t.percent, t.completed_at,
  t.completed_on, t.given_on, t.created_at, t.secret,
  COALESCE(t.lead_unit_id, lu.unit_id) AS resp_unit_id, td.number AS so_den, td.so_ky_hieu,
  EXISTS (SELECT 1 FROM task_extensions x WHERE x.task_id = t.id AND x.status = 'cho_duyet') AS pending_ext`

/**
 * The few columns that counting and bucketing need. Lists, dashboards and reports read every
 * visible task, so the row stays narrow; the full row is loaded only for what is shown.
 */
export const LIGHT_COLUMNS = `t.id, t.title, t.priority, t.document_id, t.assigner_id, t.lead_unit_id,
  t.lead_user_id, t.handler_id, t.deadline, t.completed_on, t.given_on, t.created_at, t.percent,
  COALESCE(t.lead_unit_id, lu.unit_id) AS resp_unit_id, td.number AS so_den, td.so_ky_hieu,
  EXISTS (SELECT 1 FROM task_extensions x WHERE x.task_id = t.id AND x.status = 'cho_duyet') AS pending_ext`

export const TASK_FROM =
  'FROM tasks t LEFT JOIN users lu ON lu.id = t.lead_user_id LEFT JOIN documents td ON td.id = t.document_id'

export type LightTask = Pick<
  RawTask,
  | 'id'
  | 'title'
  | 'priority'
  | 'document_id'
  | 'assigner_id'
  | 'lead_unit_id'
  | 'lead_user_id'
  | 'handler_id'
  | 'deadline'
  | 'completed_on'
  | 'given_on'
  | 'created_at'
  | 'resp_unit_id'
  | 'pending_ext'
  | 'percent'
  | 'so_den'
  | 'so_ky_hieu'
>

export type RawTask = {
  id: number
  title: string
  priority: TaskPriority
  source_kind: TaskSource
  document_id: number | null
  assigner_id: number
  lead_unit_id: number | null
  lead_user_id: number | null
  handler_id: number | null
  deadline: string
  percent: number
  completed_at: string | null
  completed_on: string | null
  given_on: string
  created_at: string
  secret: number
  resp_unit_id: number
  so_den: number | null
  so_ky_hieu: string | null
  pending_ext: number
}

/** How a task is judged on a day: the same derivation for every screen, report and command. */
export type Judge = Readonly<{ asOf: string; dueSoonDays: number; effective: EffectiveDeadline }>

export function judgeRow(
  raw: LightTask,
  judge: Judge,
): Pick<TaskRow, 'dueOn' | 'bucket' | 'dueSoon' | 'daysLate'> {
  const dueOn = judge.effective(raw.deadline)
  const facts = { deadline: raw.deadline, completedOn: raw.completed_on }
  const bucket = bucketOf(facts, judge.asOf, judge.effective)
  const open = bucket === 'trong_han' || bucket === 'qua_han'
  const end = open ? judge.asOf : (raw.completed_on ?? judge.asOf)
  return {
    dueOn,
    bucket,
    dueSoon: bucket === 'trong_han' && isDueSoon(dueOn, judge.asOf, judge.dueSoonDays),
    daysLate: Math.max(0, toDayNumber(end) - toDayNumber(dueOn)),
  }
}

export function toTaskRow(task: RawTask | LightTask, judge: Judge, parties: Parties): TaskRow {
  const raw = 'source_kind' in task ? task : loadRaw(parties.db, task.id)
  if (!raw) {
    throw new Error(`task ${task.id} vanished`)
  }
  return {
    id: raw.id,
    title: raw.title,
    priority: raw.priority,
    sourceKind: raw.source_kind,
    documentId: raw.document_id,
    documentLabel:
      raw.so_den === null
        ? null
        : `Số đến ${raw.so_den}${raw.so_ky_hieu ? ` · ${raw.so_ky_hieu}` : ''}`,
    assigner: parties.user(raw.assigner_id),
    lead: parties.of({ unitId: raw.lead_unit_id, userId: raw.lead_user_id }),
    handler: raw.handler_id === null ? null : parties.user(raw.handler_id),
    deadline: raw.deadline,
    percent: raw.percent,
    completedAt: raw.completed_at,
    pendingExtension: raw.pending_ext === 1,
    createdAt: raw.created_at,
    ...judgeRow(raw, judge),
  }
}

export function loadRaw(db: Db, id: number): RawTask | undefined {
  return db.prepare<[number], RawTask>(`SELECT ${TASK_COLUMNS} ${TASK_FROM} WHERE t.id = ?`).get(id)
}

export const todayOf = (now: Date): string => vietnamDay(now)

export function judgeAt(db: Db, asOf: string, dueSoonDays: number): Judge {
  return { asOf, dueSoonDays, effective: effectiveDeadlines(db) }
}
