import type { DocumentFlow, FlowStep } from '../../../shared/api/task-types'
import type { Actor, CoreDeps } from '../context'
import { canSeeDocument } from '../documents/access'
import { notFound } from '../errors'
import { Parties } from '../tasks/parties'
import { selectTasks } from '../tasks/query'
import { judgeAt, todayOf, toTaskRow } from '../tasks/rows'
import { taskSettings } from '../tasks/settings'
import { scopeOf } from '../access/scope'
import type { ToEntry } from './steps'

type StepRow = {
  id: number
  level: FlowStep['level']
  kind: FlowStep['kind']
  actor_id: number
  recorded_by: number | null
  on_paper: number
  to_json: string
  text: string | null
  deadline: string | null
  task_id: number | null
  at: string
}

/** The document's Phiếu giải quyết, its tasks (as far as the actor sees them) and who was informed. */
export function getFlow(deps: CoreDeps, actor: Actor, documentId: number): DocumentFlow {
  const { db } = deps
  if (!canSeeDocument(db, actor, documentId)) {
    throw notFound('văn bản')
  }
  const doc = db
    .prepare<[number], { status: string; presented_to: number | null; direction: string }>(
      'SELECT status, presented_to, direction FROM documents WHERE id = ?',
    )
    .get(documentId)
  if (!doc) {
    throw notFound('văn bản')
  }
  const parties = new Parties(db)
  const steps = db
    .prepare<[number], StepRow>('SELECT * FROM document_steps WHERE document_id = ? ORDER BY id')
    .all(documentId)
    .map((s): FlowStep => ({
      id: s.id,
      level: s.level,
      kind: s.kind,
      at: s.at,
      actor: parties.user(s.actor_id),
      recordedBy: s.recorded_by === null ? null : parties.user(s.recorded_by),
      onPaper: s.on_paper === 1,
      to: (JSON.parse(s.to_json) as ToEntry[]).map((t) => ({
        ...(t.kind === 'user' ? parties.user(t.id) : parties.unit(t.id)),
        role: t.role,
        deadline: t.deadline ?? null,
      })),
      text: s.text,
      deadline: s.deadline,
      taskId: s.task_id,
    }))
  const judge = judgeAt(db, todayOf(deps.clock()), taskSettings(db).dueSoonDays)
  const tasks = selectTasks(db, scopeOf(db, actor), { documentId }, judge)
    .sort((a, b) => a.id - b.id)
    .map((t) => toTaskRow(t, judge, parties))
  const informed = db
    .prepare<[number], { user_id: number; read_at: string | null }>(
      'SELECT user_id, read_at FROM document_informs WHERE document_id = ? ORDER BY step_id, user_id',
    )
    .all(documentId)
    .map((i) => ({ ...parties.user(i.user_id), readAt: i.read_at }))
  const roles = actor.kind === 'user' ? actor.user.roles : []
  const incoming = doc.direction === 'in'
  return {
    documentId,
    status: doc.status,
    presentedTo: doc.presented_to === null ? null : parties.user(doc.presented_to),
    steps,
    tasks,
    informed,
    actions: {
      present: incoming && roles.includes('van_thu'),
      direct: incoming && roles.includes('lanh_dao'),
      directOnBehalf: incoming && roles.includes('van_thu'),
    },
  }
}
