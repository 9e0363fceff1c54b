import type { Handlers } from '../api/handler'
import { markInformRead } from '../direction/steps'
import { presentDocument, directDocument } from '../direction/service'
import { getFlow } from '../direction/flow'
import { inboxList, inboxSummary } from '../inbox/boxes'
import { dashboard } from './dashboard'
import { getTaskDetail } from './detail'
import { listTasks } from './list'
import { createTask } from './service'
import { saveTaskSettings, taskSettings } from './settings'
import {
  assignTask,
  completeTask,
  decideExtension,
  explain,
  reopenTask,
  reportTask,
  requestExplanation,
  requestExtension,
} from './workflow'

export const taskHandlers = {
  'documents.present': presentDocument,
  'documents.direct': directDocument,
  'documents.flow': (ctx, { documentId }) => getFlow(ctx, ctx.actor, documentId),

  'tasks.create': createTask,
  'tasks.list': (ctx, q) => listTasks(ctx, ctx.actor, q),
  'tasks.get': (ctx, { id }) => {
    const detail = getTaskDetail(ctx, ctx.actor, id)
    if (ctx.actor.kind === 'user') {
      // Opening the task is reading it: an informed person's item closes itself.
      markInformRead(ctx.db, ctx.actor.user.id, ctx.clock().toISOString(), { taskId: id })
    }
    return detail
  },
  'tasks.assign': assignTask,
  'tasks.report': reportTask,
  'tasks.requestExtension': requestExtension,
  'tasks.decideExtension': decideExtension,
  'tasks.requestExplanation': requestExplanation,
  'tasks.explain': explain,
  'tasks.complete': completeTask,
  'tasks.reopen': reopenTask,
  'tasks.dashboard': (ctx, q) => dashboard(ctx, ctx.actor, q),
  'tasks.settings': (ctx) => taskSettings(ctx.db),
  'tasks.updateSettings': (ctx, input) =>
    ctx.db.transaction(() => {
      const saved = saveTaskSettings(ctx.db, input)
      ctx.audit({ recordType: 'settings', recordId: null, detail: input })
      return saved
    })(),

  'inbox.summary': (ctx) => inboxSummary(ctx, ctx.actor),
  'inbox.list': (ctx, { box, limit }) => inboxList(ctx, ctx.actor, box, limit),
} satisfies Partial<Handlers>
