import { formatVietnamese } from '../../../shared/calendar/iso-date'
import type { InboxBox, InboxItem, InboxSummary } from '../../../shared/api/task-types'
import { inboxBoxes } from '../../../shared/api/task-types'
import { inList, scopeOf, type Clause, type Scope } from '../access/scope'
import type { Actor, CoreDeps } from '../context'
import type { Db } from '../db/open'
import { visibility } from '../documents/access'
import { draftBoxCount, draftBoxItems } from '../drafts/inbox'
import { Parties } from '../tasks/parties'
import { countTasks, selectTasks, type JudgedTask } from '../tasks/query'
import { judgeAt, todayOf, type Judge } from '../tasks/rows'
import { taskSettings } from '../tasks/settings'

// "Văn bản chờ xử lý": every box is a query over the current state, never a stored counter, so
// a badge is always the number of rows its box opens (UX goal 6).

type DocItem = {
  id: number
  number: number
  so_ky_hieu: string
  trich_yeu: string
  co_quan_ban_hanh: string | null
  at: string
  han_xu_ly: string | null
  do_khan: string
}

function docs(db: Db, actor: Actor, where: string, params: unknown[], limit: number): DocItem[] {
  const v = visibility(db, actor)
  return db
    .prepare<unknown[], DocItem>(
      `SELECT d.id, d.number, d.so_ky_hieu, d.trich_yeu, d.co_quan_ban_hanh, d.updated_at AS at, d.han_xu_ly, d.do_khan
       FROM documents d WHERE d.direction = 'in' AND ${where} AND ${v.sql} ORDER BY d.id DESC LIMIT ?`,
    )
    .all(...params, ...v.params, limit)
}

function docCount(db: Db, actor: Actor, where: string, params: unknown[]): number {
  const v = visibility(db, actor)
  return (
    db
      .prepare<unknown[], { n: number }>(
        `SELECT COUNT(*) AS n FROM documents d WHERE d.direction = 'in' AND ${where} AND ${v.sql}`,
      )
      .get(...params, ...v.params)?.n ?? 0
  )
}

const docBoxes = {
  cho_trinh: (s: Scope) =>
    s.kind === 'user' && s.wide ? { where: "d.status = 'cho_xu_ly'", params: [] } : null,
  cho_chi_dao: (s: Scope) =>
    s.kind === 'user'
      ? { where: "d.status = 'cho_chi_dao' AND d.presented_to = ?", params: [s.userId] }
      : null,
  de_biet: (s: Scope) =>
    s.kind === 'user'
      ? {
          where:
            'EXISTS (SELECT 1 FROM document_informs i WHERE i.document_id = d.id AND i.user_id = ? AND i.read_at IS NULL)',
          params: [s.userId],
        }
      : null,
} as const

/**
 * "Văn bản nội bộ gửi đơn vị": outgoing documents sent to the caller's unit (a leader: the units
 * they answer for) and not yet acknowledged there. Being sent to the unit is reason enough to
 * see a non-secret one; a secret one shows only to those who may see it anyway.
 */
function internalWhere(db: Db, actor: Actor, scope: Scope): Clause | null {
  if (scope.kind !== 'user') {
    return null
  }
  const units = scope.units.length > 0 ? scope.units : [scope.unitId]
  const v = visibility(db, actor)
  return {
    sql: `d.direction = 'out' AND EXISTS (SELECT 1 FROM outgoing_recipients r WHERE r.document_id = d.id
        AND ${inList('r.unit_id')} AND r.sent_at IS NOT NULL AND r.received_at IS NULL AND r.recalled_at IS NULL)
      AND (d.do_mat = 'thuong' OR ${v.sql})`,
    params: [JSON.stringify(units), ...v.params],
  }
}

function internalDocs(db: Db, actor: Actor, scope: Scope, limit: number): InboxItem[] {
  const where = internalWhere(db, actor, scope)
  if (!where) {
    return []
  }
  return db
    .prepare<
      unknown[],
      {
        id: number
        so_ky_hieu: string
        trich_yeu: string
        ngay_ban_hanh: string | null
        at: string
        do_khan: string
      }
    >(
      `SELECT d.id, d.so_ky_hieu, d.trich_yeu, d.ngay_ban_hanh, d.do_khan,
         (SELECT MAX(r.sent_at) FROM outgoing_recipients r WHERE r.document_id = d.id AND r.sent_at IS NOT NULL) AS at
       FROM documents d WHERE ${where.sql} ORDER BY at DESC, d.id DESC LIMIT ?`,
    )
    .all(...where.params, limit)
    .map((d) => ({
      box: 'noi_bo_den',
      documentId: d.id,
      taskId: null,
      draftId: null,
      title: d.trich_yeu,
      subtitle: `Số ${d.so_ky_hieu}${d.ngay_ban_hanh ? ` · ngày ${formatVietnamese(d.ngay_ban_hanh)}` : ''}`,
      at: d.at,
      deadline: null,
      bucket: null,
      doKhan: d.do_khan,
    }))
}

function internalCount(db: Db, actor: Actor, scope: Scope): number {
  const where = internalWhere(db, actor, scope)
  return where
    ? (db
        .prepare<unknown[], { n: number }>(
          `SELECT COUNT(*) AS n FROM documents d WHERE ${where.sql}`,
        )
        .get(...where.params)?.n ?? 0)
    : 0
}

/** Each task box as a condition in SQL: only its own rows are read and judged. */
function taskBoxWhere(scope: Scope, box: InboxBox): { sql: string; params: unknown[] } | null {
  if (scope.kind !== 'user') {
    return null
  }
  const me = scope.userId
  const units = JSON.stringify(scope.units)
  switch (box) {
    case 'cho_phan_cong':
      return {
        sql: `t.completed_at IS NULL AND t.handler_id IS NULL AND ${inList('t.lead_unit_id')}`,
        params: [units],
      }
    case 'dang_xu_ly':
      return {
        sql: 't.completed_at IS NULL AND (t.handler_id = ? OR t.lead_user_id = ?)',
        params: [me, me],
      }
    case 'phoi_hop':
      return {
        sql: `t.completed_at IS NULL AND EXISTS (SELECT 1 FROM task_members m WHERE m.task_id = t.id
          AND m.role = 'phoi_hop' AND (m.user_id = ? OR ${inList('m.unit_id')}))`,
        params: [me, units],
      }
    case 'xin_gia_han':
      return {
        sql: "t.assigner_id = ? AND EXISTS (SELECT 1 FROM task_extensions x WHERE x.task_id = t.id AND x.status = 'cho_duyet')",
        params: [me],
      }
    case 'giai_trinh':
      return {
        sql: `(t.handler_id = ? OR t.lead_user_id = ? OR ${inList('t.lead_unit_id')})
          AND EXISTS (SELECT 1 FROM task_explanations e WHERE e.task_id = t.id AND e.answered_at IS NULL)`,
        params: [me, me, units],
      }
    case 'de_biet':
      // Tasks without a document; a document's informed people are counted on the document.
      return {
        sql: `t.document_id IS NULL AND EXISTS (SELECT 1 FROM task_members m WHERE m.task_id = t.id
          AND m.user_id = ? AND m.role = 'de_biet' AND m.read_at IS NULL)`,
        params: [me],
      }
    default:
      return null
  }
}

function taskBox(db: Db, scope: Scope, box: InboxBox, judge: Judge): JudgedTask[] {
  const where = taskBoxWhere(scope, box)
  return where ? selectTasks(db, scope, { where }, judge) : []
}

export function inboxList(deps: CoreDeps, actor: Actor, box: InboxBox, limit: number): InboxItem[] {
  const { db } = deps
  const scope = scopeOf(db, actor)
  const judge = judgeAt(db, todayOf(deps.clock()), taskSettings(db).dueSoonDays)
  const items: InboxItem[] = [...draftBoxItems(db, actor, box, limit)]
  if (box === 'noi_bo_den') {
    items.push(...internalDocs(db, actor, scope, limit))
  }
  const docBox = box in docBoxes ? docBoxes[box as keyof typeof docBoxes](scope) : null
  if (docBox) {
    for (const d of docs(db, actor, docBox.where, docBox.params, limit)) {
      items.push({
        box,
        documentId: d.id,
        taskId: null,
        draftId: null,
        title: d.trich_yeu,
        subtitle: `Số đến ${d.number} · ${d.so_ky_hieu}${d.co_quan_ban_hanh ? ` · ${d.co_quan_ban_hanh}` : ''}`,
        at: d.at,
        deadline: d.han_xu_ly,
        bucket: null,
        doKhan: d.do_khan,
      })
    }
  }
  const tasks = taskBox(db, scope, box, judge)
  const parties = new Parties(db)
  for (const t of tasks
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.id - b.id)
    .slice(0, limit)) {
    items.push({
      box,
      documentId: t.document_id,
      taskId: t.id,
      draftId: null,
      title: t.title,
      subtitle: `Chủ trì: ${parties.of({ unitId: t.lead_unit_id, userId: t.lead_user_id }).name} · hạn ${formatVietnamese(t.dueOn)}`,
      at: t.created_at,
      deadline: t.dueOn,
      bucket: t.bucket,
      doKhan: null,
    })
  }
  return items.slice(0, limit)
}

export function inboxSummary(deps: CoreDeps, actor: Actor): InboxSummary {
  const { db } = deps
  const scope = scopeOf(db, actor)
  const summary = {} as InboxSummary
  for (const box of inboxBoxes) {
    const docBox = box in docBoxes ? docBoxes[box as keyof typeof docBoxes](scope) : null
    const docN = docBox ? docCount(db, actor, docBox.where, docBox.params) : 0
    const where = taskBoxWhere(scope, box)
    summary[box] =
      docN +
      (where ? countTasks(db, scope, where) : 0) +
      draftBoxCount(db, actor, box) +
      (box === 'noi_bo_den' ? internalCount(db, actor, scope) : 0)
  }
  return summary
}
