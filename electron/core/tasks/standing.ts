import type { TaskActions } from '../../../shared/api/task-types'
import { answersFor, type Scope } from '../access/scope'
import type { Db } from '../db/open'
import type { RawTask } from './rows'

/**
 * Where a person stands on one task. The rules of who may do what live here and only here:
 * the detail screen shows the buttons these allow, and every write checks them again.
 */
export type Standing = Readonly<{
  assigner: boolean
  /** Answers for the work: the handler, the lead person, or a leader of the lead unit. */
  leadSide: boolean
  /** A leader of the lead unit (or the lead person, who is a leader): may name the handler. */
  canAssign: boolean
  supporter: boolean
  agencyWide: boolean
}>

export function standingOf(db: Db, scope: Scope, task: RawTask, isLeader: boolean): Standing {
  if (scope.kind !== 'user') {
    return {
      assigner: false,
      leadSide: false,
      canAssign: false,
      supporter: false,
      agencyWide: false,
    }
  }
  const me = scope.userId
  const leadsUnit = isLeader && task.lead_unit_id !== null && answersFor(scope, task.lead_unit_id)
  const supporter =
    db
      .prepare<[number, number, string], { one: number }>(
        `SELECT 1 AS one FROM task_members m WHERE m.task_id = ? AND m.role = 'phoi_hop'
           AND (m.user_id = ? OR m.unit_id IN (SELECT value FROM json_each(?))) LIMIT 1`,
      )
      .get(task.id, me, JSON.stringify(scope.units)) !== undefined
  return {
    assigner: task.assigner_id === me,
    leadSide: task.handler_id === me || task.lead_user_id === me || leadsUnit,
    canAssign: leadsUnit || (isLeader && task.lead_user_id === me) || task.assigner_id === me,
    supporter,
    agencyWide: isLeader && scope.wide,
  }
}

export function actionsFor(db: Db, s: Standing, task: RawTask): TaskActions {
  const open = task.completed_at === null
  const pending = task.pending_ext === 1
  const unanswered =
    db
      .prepare<[number], { one: number }>(
        'SELECT 1 AS one FROM task_explanations WHERE task_id = ? AND answered_at IS NULL LIMIT 1',
      )
      .get(task.id) !== undefined
  return {
    assign: open && s.canAssign,
    report: open && (s.leadSide || s.supporter),
    requestExtension: open && s.leadSide && !pending,
    decideExtension: pending && s.assigner,
    requestExplanation: (s.assigner || s.agencyWide) && !unanswered,
    explain: s.leadSide && unanswered,
    complete: open && s.leadSide,
    reopen: !open && s.assigner,
  }
}
