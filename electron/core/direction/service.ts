import type { ParsedInput } from '../../../shared/api/contract'
import type { DocumentFlow } from '../../../shared/api/task-types'
import { agencyId } from '../access/scope'
import type { HandlerContext } from '../context'
import { canSeeDocument } from '../documents/access'
import { CoreError, forbidden, notFound } from '../errors'
import { notify } from '../notifications/notify'
import { checkNewTask, insertTask, type NewTask } from '../tasks/create'
import { todayOf } from '../tasks/rows'
import { getFlow } from './flow'
import { addStep, type ToEntry } from './steps'

type Doc = {
  id: number
  direction: string
  number: number
  so_ky_hieu: string
  trich_yeu: string
  do_mat: string
  status: string
}

function incoming(ctx: HandlerContext, id: number): Doc {
  const doc = canSeeDocument(ctx.db, ctx.actor, id)
    ? ctx.db
        .prepare<[number], Doc>(
          'SELECT id, direction, number, so_ky_hieu, trich_yeu, do_mat, status FROM documents WHERE id = ?',
        )
        .get(id)
    : undefined
  if (!doc) {
    throw notFound('văn bản')
  }
  if (doc.direction !== 'in') {
    throw new CoreError('VALIDATION', 'Chỉ văn bản đến mới trình và cho ý kiến chỉ đạo')
  }
  return doc
}

function activeLeader(ctx: HandlerContext, id: number): boolean {
  return (
    ctx.db
      .prepare(
        `SELECT 1 FROM users u JOIN user_roles r ON r.user_id = u.id AND r.role = 'lanh_dao'
         WHERE u.id = ? AND u.disabled_at IS NULL`,
      )
      .get(id) !== undefined
  )
}

const label = (d: Doc): string =>
  `Số đến ${d.number} · ${d.so_ky_hieu}: ${d.trich_yeu}`.slice(0, 300)

/** Trình: the clerk puts a registered incoming document before a leader (NĐ 30 Điều 22). */
export function presentDocument(
  ctx: HandlerContext,
  input: ParsedInput<'documents.present'>,
): DocumentFlow {
  if (ctx.actor.kind !== 'user') {
    throw forbidden()
  }
  const me = ctx.actor.user.id
  const doc = incoming(ctx, input.documentId)
  if (!activeLeader(ctx, input.leaderId)) {
    throw new CoreError('VALIDATION', 'Người nhận phải là lãnh đạo đang làm việc', {
      fields: { leaderId: 'Chọn một lãnh đạo' },
    })
  }
  const now = ctx.clock().toISOString()
  ctx.db.transaction(() => {
    ctx.db
      .prepare(
        "UPDATE documents SET presented_to = ?, status = 'cho_chi_dao', updated_at = ? WHERE id = ?",
      )
      .run(input.leaderId, now, doc.id)
    addStep(ctx.db, {
      documentId: doc.id,
      level: 0,
      kind: 'trinh',
      actorId: me,
      recordedBy: null,
      onPaper: false,
      to: [{ role: 'trinh', kind: 'user', id: input.leaderId }],
      text: input.note,
      deadline: null,
      taskId: null,
      at: now,
    })
    notify(
      ctx.db,
      [input.leaderId],
      {
        kind: 'trinh',
        title: 'Văn bản trình xin ý kiến chỉ đạo',
        body: label(doc),
        documentId: doc.id,
        key: `trinh:${doc.id}:${now}`,
      },
      now,
      me,
    )
    ctx.audit({ recordType: 'document', recordId: doc.id, detail: { action: 'present', ...input } })
  })()
  return getFlow(ctx, ctx.actor, doc.id)
}

/**
 * Bút phê and assignment in one step (UX goal 4): the comment, and when work is to be tracked,
 * a task with its lead, supporting and informed parties and deadline. A clerk may record a
 * paper direction for a leader; the step says so.
 */
export function directDocument(
  ctx: HandlerContext,
  input: ParsedInput<'documents.direct'>,
): DocumentFlow {
  if (ctx.actor.kind !== 'user') {
    throw forbidden()
  }
  const me = ctx.actor.user
  const isLeader = me.roles.includes('lanh_dao')
  const onBehalf =
    input.onBehalfOfId !== null && input.onBehalfOfId !== undefined && input.onBehalfOfId !== me.id
  if (onBehalf && !me.roles.includes('van_thu')) {
    throw forbidden('Chỉ văn thư mới ghi ý kiến chỉ đạo thay lãnh đạo')
  }
  if (!onBehalf && !isLeader) {
    throw new CoreError('VALIDATION', 'Chọn lãnh đạo đã cho ý kiến trên giấy', {
      fields: { onBehalfOfId: 'Chọn lãnh đạo cho ý kiến' },
    })
  }
  const authorId = onBehalf ? (input.onBehalfOfId as number) : me.id
  if (onBehalf && !activeLeader(ctx, authorId)) {
    throw new CoreError('VALIDATION', 'Người cho ý kiến phải là lãnh đạo đang làm việc', {
      fields: { onBehalfOfId: 'Chọn một lãnh đạo' },
    })
  }
  const doc = incoming(ctx, input.documentId)
  const nowDate = ctx.clock()
  const now = nowDate.toISOString()
  const today = todayOf(nowDate)
  const inform = [...new Set([...input.inform, ...(input.task?.inform ?? [])])]
  const task: NewTask | null = input.task
    ? {
        title: input.task.title ?? doc.trich_yeu.slice(0, 500),
        content: input.task.content ?? input.comment,
        lead: input.task.lead,
        support: input.task.support,
        inform,
        deadline: input.task.deadline,
        deadlineRule: input.task.deadlineRule,
        priority: input.task.priority,
        sourceKind: 'van_ban',
        sourceText: label(doc),
        documentId: doc.id,
        secret: doc.do_mat !== 'thuong',
      }
    : null
  if (task) {
    checkNewTask(ctx.db, task, today, 'task.')
  }
  // Level 1 of the phiếu is the agency's leadership; a unit leader directing writes level 2.
  const level = unitOf(ctx, authorId) === agencyId(ctx.db) ? 1 : 2
  ctx.db.transaction(() => {
    const taskId = task
      ? insertTask(ctx.db, task, {
          actorId: authorId,
          recordedBy: onBehalf ? me.id : null,
          now,
          today,
        })
      : null
    const to: ToEntry[] = task
      ? [
          { role: 'chu_tri', ...ref(task.lead), deadline: task.deadline },
          ...task.support.map((s) => ({
            role: 'phoi_hop' as const,
            ...ref(s),
            deadline: s.deadline ?? task.deadline,
          })),
        ]
      : []
    to.push(...inform.map((id) => ({ role: 'de_biet' as const, kind: 'user' as const, id })))
    const stepId = addStep(ctx.db, {
      documentId: doc.id,
      level,
      kind: 'chi_dao',
      actorId: authorId,
      recordedBy: onBehalf ? me.id : null,
      onPaper: onBehalf,
      to,
      text: input.comment,
      deadline: task?.deadline ?? null,
      taskId,
      at: now,
    })
    const informRow = ctx.db.prepare(
      'INSERT OR IGNORE INTO document_informs (document_id, user_id, step_id) VALUES (?, ?, ?)',
    )
    for (const id of inform) {
      informRow.run(doc.id, id, stepId)
    }
    if (!task) {
      notify(
        ctx.db,
        inform,
        {
          kind: 'de_biet',
          title: 'Văn bản gửi để biết',
          body: label(doc),
          documentId: doc.id,
          key: `de_biet_vb:${doc.id}:${stepId}`,
        },
        now,
        me.id,
      )
    }
    ctx.db
      .prepare('UPDATE documents SET presented_to = NULL, status = ?, updated_at = ? WHERE id = ?')
      .run(
        task
          ? 'dang_giai_quyet'
          : doc.status === 'cho_xu_ly' || doc.status === 'cho_chi_dao'
            ? 'da_chi_dao'
            : doc.status,
        now,
        doc.id,
      )
    ctx.audit({ recordType: 'document', recordId: doc.id, detail: { action: 'direct', ...input } })
  })()
  return getFlow(ctx, ctx.actor, doc.id)
}

function unitOf(ctx: HandlerContext, userId: number): number {
  return (
    ctx.db
      .prepare<[number], { unit_id: number }>('SELECT unit_id FROM users WHERE id = ?')
      .get(userId)?.unit_id ?? 0
  )
}

const ref = (p: {
  unitId?: number | undefined
  userId?: number | undefined
}): { kind: 'unit' | 'user'; id: number } =>
  p.userId ? { kind: 'user', id: p.userId } : { kind: 'unit', id: p.unitId ?? 0 }
