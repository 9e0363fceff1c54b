import { formatVietnamese } from '../../../shared/calendar/iso-date'
import type { TaskPriority, TaskSource } from '../../../shared/api/task-types'
import type { Db } from '../db/open'
import { CoreError } from '../errors'
import { notify } from '../notifications/notify'
import { leadPeople, memberPeople } from './people'

export type PartyRef = Readonly<{ unitId?: number | undefined; userId?: number | undefined }>
export type SupportRef = PartyRef & Readonly<{ deadline?: string | null | undefined }>

export type NewTask = Readonly<{
  title: string
  content: string | null
  lead: PartyRef
  support: readonly SupportRef[]
  inform: readonly number[]
  deadline: string
  deadlineRule: string | null
  priority: TaskPriority
  sourceKind: TaskSource
  sourceText: string | null
  documentId: number | null
  secret: boolean
}>

export type Authorship = Readonly<{
  actorId: number
  recordedBy: number | null
  now: string
  today: string
}>

function activeUnit(db: Db, id: number): boolean {
  return (
    db.prepare('SELECT 1 FROM units WHERE id = ? AND disabled_at IS NULL').get(id) !== undefined
  )
}
function activeUser(db: Db, id: number): boolean {
  return (
    db.prepare('SELECT 1 FROM users WHERE id = ? AND disabled_at IS NULL').get(id) !== undefined
  )
}
const partyExists = (db: Db, p: PartyRef): boolean =>
  p.userId ? activeUser(db, p.userId) : p.unitId ? activeUnit(db, p.unitId) : false

/** Field problems of a new task, keyed as the form names them (prefix for nested forms). */
export function checkNewTask(db: Db, t: NewTask, today: string, prefix = ''): void {
  const fields: Record<string, string> = {}
  if (t.deadline < today) {
    fields[`${prefix}deadline`] = 'Hạn xử lý không thể trước hôm nay'
  }
  if (!partyExists(db, t.lead)) {
    fields[`${prefix}lead`] = 'Đơn vị hoặc người chủ trì không tồn tại hoặc đã ngừng hoạt động'
  }
  t.support.forEach((s, i) => {
    if (!partyExists(db, s)) {
      fields[`${prefix}support.${i}`] =
        'Đơn vị hoặc người phối hợp không tồn tại hoặc đã ngừng hoạt động'
    } else if (s.deadline && s.deadline > t.deadline) {
      fields[`${prefix}support.${i}`] = 'Hạn của bên phối hợp không thể sau hạn của nhiệm vụ'
    } else if (
      (s.userId && s.userId === t.lead.userId) ||
      (s.unitId && s.unitId === t.lead.unitId)
    ) {
      fields[`${prefix}support.${i}`] = 'Bên chủ trì không đồng thời là bên phối hợp'
    }
  })
  t.inform.forEach((id, i) => {
    if (!activeUser(db, id)) {
      fields[`${prefix}inform.${i}`] = 'Người nhận để biết không tồn tại hoặc đã bị khóa'
    }
  })
  const first = Object.values(fields)[0]
  if (first) {
    throw new CoreError('VALIDATION', first, { fields })
  }
}

/** Stores a task with its parties and its first event, and tells the people on it. */
export function insertTask(db: Db, t: NewTask, by: Authorship): number {
  const id = Number(
    db
      .prepare(
        `INSERT INTO tasks (title, content, source_kind, source_text, document_id, secret, assigner_id,
           lead_unit_id, lead_user_id, priority, deadline, deadline_rule, given_on, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        t.title,
        t.content,
        t.sourceKind,
        t.sourceText,
        t.documentId,
        t.secret ? 1 : 0,
        by.actorId,
        t.lead.unitId ?? null,
        t.lead.userId ?? null,
        t.priority,
        t.deadline,
        t.deadlineRule,
        by.today,
        by.now,
        by.now,
      ).lastInsertRowid,
  )
  const member = db.prepare(
    'INSERT OR IGNORE INTO task_members (task_id, role, unit_id, user_id, deadline) VALUES (?, ?, ?, ?, ?)',
  )
  for (const s of t.support) {
    member.run(id, 'phoi_hop', s.unitId ?? null, s.userId ?? null, s.deadline ?? null)
  }
  for (const userId of t.inform) {
    member.run(id, 'de_biet', null, userId, null)
  }
  db.prepare(
    `INSERT INTO task_events (task_id, kind, actor_id, recorded_by, at, text, deadline_to)
     VALUES (?, 'giao', ?, ?, ?, ?, ?)`,
  ).run(id, by.actorId, by.recordedBy, by.now, t.content, t.deadline)

  const body = `${t.title} · hạn ${formatVietnamese(t.deadline)}`
  notify(
    db,
    leadPeople(db, id),
    {
      kind: 'giao_viec',
      title: 'Nhiệm vụ mới được giao chủ trì',
      body,
      taskId: id,
      documentId: t.documentId,
      key: `giao:${id}`,
    },
    by.now,
    by.actorId,
  )
  notify(
    db,
    memberPeople(db, id, 'phoi_hop'),
    {
      kind: 'phoi_hop',
      title: 'Nhiệm vụ mới cần phối hợp',
      body,
      taskId: id,
      documentId: t.documentId,
      key: `phoi_hop:${id}`,
    },
    by.now,
    by.actorId,
  )
  notify(
    db,
    memberPeople(db, id, 'de_biet'),
    {
      kind: 'de_biet',
      title: 'Nhiệm vụ gửi để biết',
      body,
      taskId: id,
      documentId: t.documentId,
      key: `de_biet:${id}`,
    },
    by.now,
    by.actorId,
  )
  return id
}
