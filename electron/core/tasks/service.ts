import type { ParsedInput } from '../../../shared/api/contract'
import type { TaskDetail } from '../../../shared/api/task-types'
import type { HandlerContext } from '../context'
import { forbidden } from '../errors'
import { checkNewTask, insertTask, type NewTask } from './create'
import { getTaskDetail } from './detail'
import { todayOf } from './rows'

/** A task with no document behind it: a meeting's conclusion, a leader's verbal order. */
export function createTask(ctx: HandlerContext, input: ParsedInput<'tasks.create'>): TaskDetail {
  if (ctx.actor.kind !== 'user') {
    throw forbidden()
  }
  const nowDate = ctx.clock()
  const now = nowDate.toISOString()
  const today = todayOf(nowDate)
  const task: NewTask = {
    title: input.title,
    content: input.content,
    lead: input.lead,
    support: input.support,
    inform: input.inform,
    deadline: input.deadline,
    deadlineRule: input.deadlineRule,
    priority: input.priority,
    sourceKind: input.sourceKind,
    sourceText: input.sourceText,
    documentId: null,
    secret: false,
  }
  checkNewTask(ctx.db, task, today)
  const me = ctx.actor.user.id
  const id = ctx.db.transaction(() => {
    const taskId = insertTask(ctx.db, task, { actorId: me, recordedBy: null, now, today })
    ctx.audit({ recordType: 'task', recordId: taskId, detail: { action: 'create', ...input } })
    return taskId
  })()
  return getTaskDetail(ctx, ctx.actor, id)
}
