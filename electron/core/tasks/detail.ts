import type {
  Explanation,
  ExtensionRequest,
  TaskDetail,
  TaskEvent,
  TaskEventKind,
  TaskMember,
} from '../../../shared/api/task-types'
import { scopeOf } from '../access/scope'
import type { Actor, CoreDeps } from '../context'
import type { Db } from '../db/open'
import { notFound } from '../errors'
import { Parties } from './parties'
import { judgeAt, loadRaw, todayOf, toTaskRow, type RawTask } from './rows'
import { taskSettings } from './settings'
import { actionsFor, standingOf } from './standing'
import { taskVisibility } from './visibility'

/** The task if the actor may see it; NOT_FOUND otherwise (a hidden task does not exist). */
export function visibleTask(db: Db, actor: Actor, id: number): RawTask {
  const v = taskVisibility(scopeOf(db, actor))
  const seen = db
    .prepare<unknown[], { one: number }>(`SELECT 1 AS one FROM tasks t WHERE t.id = ? AND ${v.sql}`)
    .get(id, ...v.params)
  const raw = seen ? loadRaw(db, id) : undefined
  if (!raw) {
    throw notFound('nhiệm vụ')
  }
  return raw
}

const isLeader = (actor: Actor): boolean =>
  actor.kind === 'user' && actor.user.roles.includes('lanh_dao')

export function getTaskDetail(deps: CoreDeps, actor: Actor, id: number): TaskDetail {
  const { db } = deps
  const raw = visibleTask(db, actor, id)
  const parties = new Parties(db)
  const judge = judgeAt(db, todayOf(deps.clock()), taskSettings(db).dueSoonDays)
  const extra = db
    .prepare<
      [number],
      {
        content: string | null
        source_text: string | null
        handler_deadline: string | null
        result: string | null
        reply_id: number | null
        reply_so_ky_hieu: string | null
        reply_ngay: string | null
      }
    >(
      `SELECT t.content, t.source_text, t.handler_deadline, t.result, r.id AS reply_id,
              r.so_ky_hieu AS reply_so_ky_hieu, r.ngay_ban_hanh AS reply_ngay
       FROM tasks t LEFT JOIN documents r ON r.id = t.reply_document_id WHERE t.id = ?`,
    )
    .get(id)
  const scope = scopeOf(db, actor)
  return {
    ...toTaskRow(raw, judge, parties),
    content: extra?.content ?? null,
    sourceText: extra?.source_text ?? null,
    handlerDeadline: extra?.handler_deadline ?? null,
    result: extra?.result ?? null,
    replyDocument:
      extra && extra.reply_id !== null
        ? {
            id: extra.reply_id,
            soKyHieu: extra.reply_so_ky_hieu ?? '',
            ngayBanHanh: extra.reply_ngay,
          }
        : null,
    members: members(db, id, parties),
    events: events(db, id, parties),
    extensions: extensions(db, id, parties),
    explanations: explanations(db, id, parties),
    actions: actionsFor(db, standingOf(db, scope, raw, isLeader(actor)), raw),
  }
}

function members(db: Db, id: number, parties: Parties): TaskMember[] {
  return db
    .prepare<
      [number],
      {
        role: 'phoi_hop' | 'de_biet'
        unit_id: number | null
        user_id: number | null
        deadline: string | null
        read_at: string | null
      }
    >(
      'SELECT role, unit_id, user_id, deadline, read_at FROM task_members WHERE task_id = ? ORDER BY role DESC, rowid',
    )
    .all(id)
    .map((m) => ({
      ...parties.of({ unitId: m.unit_id, userId: m.user_id }),
      role: m.role,
      deadline: m.deadline,
      readAt: m.read_at,
    }))
}

function events(db: Db, id: number, parties: Parties): TaskEvent[] {
  const files = db.prepare<[number], { sha256: string; name: string }>(
    'SELECT sha256, name FROM task_event_files WHERE event_id = ? ORDER BY name',
  )
  return db
    .prepare<
      [number],
      {
        id: number
        kind: TaskEventKind
        actor_id: number
        recorded_by: number | null
        at: string
        text: string | null
        percent: number | null
        deadline_from: string | null
        deadline_to: string | null
      }
    >('SELECT * FROM task_events WHERE task_id = ? ORDER BY id')
    .all(id)
    .map((e) => ({
      id: e.id,
      kind: e.kind,
      at: e.at,
      actor: parties.user(e.actor_id),
      recordedBy: e.recorded_by === null ? null : parties.user(e.recorded_by),
      text: e.text,
      percent: e.percent,
      deadlineFrom: e.deadline_from,
      deadlineTo: e.deadline_to,
      files: files.all(e.id),
    }))
}

function extensions(db: Db, id: number, parties: Parties): ExtensionRequest[] {
  return db
    .prepare<
      [number],
      {
        id: number
        requested_by: number
        requested_at: string
        reason: string
        current_deadline: string
        proposed_deadline: string
        status: ExtensionRequest['status']
        decided_by: number | null
        decided_at: string | null
        decision_note: string | null
        granted_deadline: string | null
      }
    >('SELECT * FROM task_extensions WHERE task_id = ? ORDER BY id')
    .all(id)
    .map((x) => ({
      id: x.id,
      requestedBy: parties.user(x.requested_by),
      requestedAt: x.requested_at,
      reason: x.reason,
      currentDeadline: x.current_deadline,
      proposedDeadline: x.proposed_deadline,
      status: x.status,
      decidedBy: x.decided_by === null ? null : parties.user(x.decided_by),
      decidedAt: x.decided_at,
      decisionNote: x.decision_note,
      grantedDeadline: x.granted_deadline,
    }))
}

function explanations(db: Db, id: number, parties: Parties): Explanation[] {
  return db
    .prepare<
      [number],
      {
        id: number
        requested_by: number
        requested_at: string
        question: string
        answered_by: number | null
        answered_at: string | null
        answer: string | null
      }
    >('SELECT * FROM task_explanations WHERE task_id = ? ORDER BY id')
    .all(id)
    .map((x) => ({
      id: x.id,
      requestedBy: parties.user(x.requested_by),
      requestedAt: x.requested_at,
      question: x.question,
      answeredBy: x.answered_by === null ? null : parties.user(x.answered_by),
      answeredAt: x.answered_at,
      answer: x.answer,
    }))
}
