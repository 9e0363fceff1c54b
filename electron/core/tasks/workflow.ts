import { formatVietnamese } from '../../../shared/calendar/iso-date'
import type { TaskDetail } from '../../../shared/api/task-types'
import type { ParsedInput } from '../../../shared/api/contract'
import { scopeOf } from '../access/scope'
import type { HandlerContext } from '../context'
import type { Db } from '../db/open'
import { addStep, refreshDocumentStatus } from '../direction/steps'
import { CoreError, forbidden, notFound } from '../errors'
import { getFile } from '../files/repo'
import { notify } from '../notifications/notify'
import { getTaskDetail, visibleTask } from './detail'
import { leadPeople } from './people'
import { todayOf, type RawTask } from './rows'
import { standingOf, type Standing } from './standing'

// The life of a task after it is given: assign, report, extend, explain, complete, reopen.
// Each write checks the caller's standing on the task, runs in one transaction with its audit
// record, its event, the document's phiếu step and the notifications it raises.

type Files = readonly { sha256: string; name: string }[]

function userId(ctx: HandlerContext): number {
  if (ctx.actor.kind !== 'user') {
    throw forbidden('Chỉ người dùng đã đăng nhập mới thao tác trên nhiệm vụ')
  }
  return ctx.actor.user.id
}

function load(ctx: HandlerContext, id: number): { raw: RawTask; me: number; s: Standing } {
  const me = userId(ctx)
  const raw = visibleTask(ctx.db, ctx.actor, id)
  const leader = ctx.actor.kind === 'user' && ctx.actor.user.roles.includes('lanh_dao')
  return { raw, me, s: standingOf(ctx.db, scopeOf(ctx.db, ctx.actor), raw, leader) }
}

function requireOpen(raw: RawTask): void {
  if (raw.completed_at !== null) {
    throw new CoreError('CONFLICT', 'Nhiệm vụ đã hoàn thành; hãy mở lại trước khi thao tác')
  }
}

export function addEvent(
  db: Db,
  e: {
    taskId: number
    kind: string
    actorId: number
    at: string
    text?: string | null
    percent?: number | null
    from?: string | null
    to?: string | null
  },
  files: Files = [],
): number {
  const id = Number(
    db
      .prepare(
        `INSERT INTO task_events (task_id, kind, actor_id, at, text, percent, deadline_from, deadline_to)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        e.taskId,
        e.kind,
        e.actorId,
        e.at,
        e.text ?? null,
        e.percent ?? null,
        e.from ?? null,
        e.to ?? null,
      ).lastInsertRowid,
  )
  const insert = db.prepare(
    'INSERT OR IGNORE INTO task_event_files (event_id, sha256, name) VALUES (?, ?, ?)',
  )
  for (const f of files) {
    if (!getFile(db, f.sha256, f.name)) {
      throw new CoreError('VALIDATION', `Tệp "${f.name}" chưa được tải lên`, {
        fields: { files: 'Tệp đính kèm chưa được tải lên' },
      })
    }
    insert.run(id, f.sha256, f.name)
  }
  return id
}

function write(ctx: HandlerContext, id: number, detail: unknown, run: () => void): TaskDetail {
  ctx.db.transaction(() => {
    run()
    ctx.db
      .prepare('UPDATE tasks SET updated_at = ? WHERE id = ?')
      .run(ctx.clock().toISOString(), id)
    ctx.audit({ recordType: 'task', recordId: id, detail })
  })()
  return getTaskDetail(ctx, ctx.actor, id)
}

export function assignTask(ctx: HandlerContext, input: ParsedInput<'tasks.assign'>): TaskDetail {
  const { raw, me, s } = load(ctx, input.id)
  requireOpen(raw)
  if (!s.canAssign) {
    throw forbidden('Chỉ lãnh đạo đơn vị chủ trì hoặc người giao mới phân công người xử lý')
  }
  const deadline = input.deadline ?? raw.deadline
  if (deadline > raw.deadline) {
    throw new CoreError('VALIDATION', 'Hạn của người xử lý không thể sau hạn của nhiệm vụ', {
      fields: { deadline: `Không thể sau hạn nhiệm vụ ${formatVietnamese(raw.deadline)}` },
    })
  }
  const unit = raw.resp_unit_id
  const inUnit = ctx.db
    .prepare(
      `WITH RECURSIVE t(id) AS (SELECT ? UNION SELECT u.id FROM units u JOIN t ON u.parent_id = t.id)
       SELECT 1 FROM users WHERE id = ? AND disabled_at IS NULL AND unit_id IN (SELECT id FROM t)`,
    )
    .get(unit, input.handlerId)
  if (!inUnit) {
    throw new CoreError(
      'VALIDATION',
      'Người xử lý phải là người đang làm việc trong đơn vị chủ trì',
      {
        fields: { handlerId: 'Chọn người trong đơn vị chủ trì' },
      },
    )
  }
  const now = ctx.clock().toISOString()
  return write(ctx, raw.id, { action: 'assign', ...input }, () => {
    ctx.db
      .prepare('UPDATE tasks SET handler_id = ?, handler_deadline = ? WHERE id = ?')
      .run(input.handlerId, deadline, raw.id)
    addEvent(ctx.db, {
      taskId: raw.id,
      kind: 'phan_cong',
      actorId: me,
      at: now,
      text: input.comment,
      to: deadline,
    })
    if (raw.document_id !== null) {
      addStep(ctx.db, {
        documentId: raw.document_id,
        level: 2,
        kind: 'phan_cong',
        actorId: me,
        recordedBy: null,
        onPaper: false,
        to: [{ role: 'xu_ly', kind: 'user', id: input.handlerId, deadline }],
        text: input.comment,
        deadline,
        taskId: raw.id,
        at: now,
      })
    }
    notify(
      ctx.db,
      [input.handlerId],
      {
        kind: 'phan_cong',
        title: 'Bạn được phân công xử lý',
        body: `${raw.title} · hạn ${formatVietnamese(deadline)}`,
        taskId: raw.id,
        documentId: raw.document_id,
        key: `phan_cong:${raw.id}:${input.handlerId}:${now}`,
      },
      now,
      me,
    )
  })
}

export function reportTask(ctx: HandlerContext, input: ParsedInput<'tasks.report'>): TaskDetail {
  const { raw, me, s } = load(ctx, input.id)
  requireOpen(raw)
  if (!s.leadSide && !s.supporter) {
    throw forbidden('Chỉ bên chủ trì hoặc phối hợp mới báo cáo tiến độ')
  }
  const percent = input.percent ?? null
  if (percent !== null && !s.leadSide) {
    throw new CoreError('VALIDATION', 'Tiến độ (%) do bên chủ trì báo cáo', {
      fields: { percent: 'Bên phối hợp chỉ báo cáo nội dung' },
    })
  }
  if (percent === 100) {
    throw new CoreError('VALIDATION', 'Xong việc thì bấm "Hoàn thành" để ghi kết quả', {
      fields: { percent: 'Dùng "Hoàn thành" khi đã xong' },
    })
  }
  const now = ctx.clock().toISOString()
  return write(ctx, raw.id, { action: 'report', id: raw.id, percent, text: input.text }, () => {
    if (percent !== null) {
      ctx.db.prepare('UPDATE tasks SET percent = ? WHERE id = ?').run(percent, raw.id)
    }
    addEvent(
      ctx.db,
      { taskId: raw.id, kind: 'bao_cao', actorId: me, at: now, text: input.text, percent },
      input.files,
    )
    if (raw.document_id !== null) {
      addStep(ctx.db, {
        documentId: raw.document_id,
        level: 3,
        kind: 'de_xuat',
        actorId: me,
        recordedBy: null,
        onPaper: false,
        to: [],
        text: percent === null ? input.text : `${percent}% · ${input.text}`,
        deadline: null,
        taskId: raw.id,
        at: now,
      })
    }
    notify(
      ctx.db,
      [raw.assigner_id],
      {
        kind: 'bao_cao',
        title: 'Báo cáo tiến độ nhiệm vụ',
        body: `${raw.title}${percent === null ? '' : ` · ${percent}%`}`,
        taskId: raw.id,
        documentId: raw.document_id,
        key: `bao_cao:${raw.id}:${now}`,
      },
      now,
      me,
    )
  })
}

export function requestExtension(
  ctx: HandlerContext,
  input: ParsedInput<'tasks.requestExtension'>,
): TaskDetail {
  const { raw, me, s } = load(ctx, input.id)
  requireOpen(raw)
  if (!s.leadSide) {
    throw forbidden('Chỉ bên chủ trì mới xin gia hạn')
  }
  if (raw.pending_ext === 1) {
    throw new CoreError('CONFLICT', 'Đã có một đề nghị gia hạn đang chờ duyệt')
  }
  if (input.deadline <= raw.deadline) {
    throw new CoreError('VALIDATION', 'Hạn đề nghị phải sau hạn hiện tại', {
      fields: { deadline: `Phải sau ${formatVietnamese(raw.deadline)}` },
    })
  }
  const now = ctx.clock().toISOString()
  return write(ctx, raw.id, { action: 'requestExtension', ...input }, () => {
    ctx.db
      .prepare(
        `INSERT INTO task_extensions (task_id, requested_by, requested_at, reason, current_deadline, proposed_deadline, status)
       VALUES (?, ?, ?, ?, ?, ?, 'cho_duyet')`,
      )
      .run(raw.id, me, now, input.reason, raw.deadline, input.deadline)
    addEvent(ctx.db, {
      taskId: raw.id,
      kind: 'xin_gia_han',
      actorId: me,
      at: now,
      text: input.reason,
      from: raw.deadline,
      to: input.deadline,
    })
    notify(
      ctx.db,
      [raw.assigner_id],
      {
        kind: 'xin_gia_han',
        title: 'Đề nghị gia hạn chờ bạn duyệt',
        body: `${raw.title} · xin đến ${formatVietnamese(input.deadline)}`,
        taskId: raw.id,
        documentId: raw.document_id,
        key: `xin_gia_han:${raw.id}:${now}`,
      },
      now,
      me,
    )
  })
}

export function decideExtension(
  ctx: HandlerContext,
  input: ParsedInput<'tasks.decideExtension'>,
): TaskDetail {
  const ext = ctx.db
    .prepare<
      [number],
      { task_id: number; requested_by: number; proposed_deadline: string; status: string }
    >('SELECT task_id, requested_by, proposed_deadline, status FROM task_extensions WHERE id = ?')
    .get(input.extensionId)
  if (!ext) {
    throw notFound('đề nghị gia hạn')
  }
  const { raw, me, s } = load(ctx, ext.task_id)
  if (!s.assigner) {
    throw forbidden('Chỉ người giao nhiệm vụ mới duyệt gia hạn')
  }
  if (ext.status !== 'cho_duyet') {
    throw new CoreError('CONFLICT', 'Đề nghị gia hạn này đã được xử lý')
  }
  const granted = input.approve ? (input.deadline ?? ext.proposed_deadline) : null
  if (granted !== null && granted <= raw.deadline) {
    throw new CoreError('VALIDATION', 'Hạn mới phải sau hạn hiện tại', {
      fields: { deadline: `Phải sau ${formatVietnamese(raw.deadline)}` },
    })
  }
  const now = ctx.clock().toISOString()
  return write(ctx, raw.id, { action: 'decideExtension', ...input }, () => {
    ctx.db
      .prepare(
        `UPDATE task_extensions SET status = ?, decided_by = ?, decided_at = ?, decision_note = ?, granted_deadline = ? WHERE id = ?`,
      )
      .run(
        input.approve ? 'da_duyet' : 'tu_choi',
        me,
        now,
        input.note ?? null,
        granted,
        input.extensionId,
      )
    if (granted !== null) {
      ctx.db
        .prepare(
          'UPDATE tasks SET deadline = ?, handler_deadline = CASE WHEN handler_deadline IS NULL THEN NULL ELSE ? END WHERE id = ?',
        )
        .run(granted, granted, raw.id)
    }
    addEvent(ctx.db, {
      taskId: raw.id,
      kind: input.approve ? 'duyet_gia_han' : 'tu_choi_gia_han',
      actorId: me,
      at: now,
      text: input.note,
      from: raw.deadline,
      to: granted,
    })
    notify(
      ctx.db,
      [ext.requested_by],
      {
        kind: input.approve ? 'duyet_gia_han' : 'tu_choi_gia_han',
        title: input.approve
          ? 'Đề nghị gia hạn được chấp thuận'
          : 'Đề nghị gia hạn không được chấp thuận',
        body: granted ? `${raw.title} · hạn mới ${formatVietnamese(granted)}` : raw.title,
        taskId: raw.id,
        documentId: raw.document_id,
        key: `gia_han:${input.extensionId}`,
      },
      now,
      me,
    )
  })
}

export function requestExplanation(
  ctx: HandlerContext,
  input: ParsedInput<'tasks.requestExplanation'>,
): TaskDetail {
  const { raw, me, s } = load(ctx, input.id)
  if (!s.assigner && !s.agencyWide) {
    throw forbidden('Chỉ người giao hoặc lãnh đạo cơ quan mới yêu cầu giải trình')
  }
  const now = ctx.clock().toISOString()
  return write(ctx, raw.id, { action: 'requestExplanation', ...input }, () => {
    const xid = ctx.db
      .prepare(
        'INSERT INTO task_explanations (task_id, requested_by, requested_at, question) VALUES (?, ?, ?, ?)',
      )
      .run(raw.id, me, now, input.question).lastInsertRowid
    addEvent(ctx.db, {
      taskId: raw.id,
      kind: 'yeu_cau_giai_trinh',
      actorId: me,
      at: now,
      text: input.question,
    })
    notify(
      ctx.db,
      leadPeople(ctx.db, raw.id),
      {
        kind: 'yeu_cau_giai_trinh',
        title: 'Yêu cầu giải trình',
        body: raw.title,
        taskId: raw.id,
        documentId: raw.document_id,
        key: `giai_trinh:${String(xid)}`,
      },
      now,
      me,
    )
  })
}

export function explain(ctx: HandlerContext, input: ParsedInput<'tasks.explain'>): TaskDetail {
  const x = ctx.db
    .prepare<[number], { task_id: number; requested_by: number; answered_at: string | null }>(
      'SELECT task_id, requested_by, answered_at FROM task_explanations WHERE id = ?',
    )
    .get(input.explanationId)
  if (!x) {
    throw notFound('yêu cầu giải trình')
  }
  const { raw, me, s } = load(ctx, x.task_id)
  if (!s.leadSide) {
    throw forbidden('Chỉ bên chủ trì mới giải trình')
  }
  if (x.answered_at !== null) {
    throw new CoreError('CONFLICT', 'Yêu cầu này đã được giải trình')
  }
  const now = ctx.clock().toISOString()
  return write(ctx, raw.id, { action: 'explain', ...input }, () => {
    ctx.db
      .prepare(
        'UPDATE task_explanations SET answered_by = ?, answered_at = ?, answer = ? WHERE id = ?',
      )
      .run(me, now, input.answer, input.explanationId)
    addEvent(ctx.db, {
      taskId: raw.id,
      kind: 'giai_trinh',
      actorId: me,
      at: now,
      text: input.answer,
    })
    notify(
      ctx.db,
      [x.requested_by],
      {
        kind: 'giai_trinh',
        title: 'Đã có nội dung giải trình',
        body: raw.title,
        taskId: raw.id,
        documentId: raw.document_id,
        key: `da_giai_trinh:${input.explanationId}`,
      },
      now,
      me,
    )
  })
}

export function completeTask(
  ctx: HandlerContext,
  input: ParsedInput<'tasks.complete'>,
): TaskDetail {
  const { raw, me, s } = load(ctx, input.id)
  requireOpen(raw)
  if (!s.leadSide) {
    throw forbidden('Chỉ bên chủ trì mới báo hoàn thành')
  }
  const nowDate = ctx.clock()
  const now = nowDate.toISOString()
  return write(ctx, raw.id, { action: 'complete', id: raw.id, result: input.result }, () => {
    ctx.db
      .prepare(
        'UPDATE tasks SET completed_at = ?, completed_on = ?, result = ?, percent = 100 WHERE id = ?',
      )
      .run(now, todayOf(nowDate), input.result, raw.id)
    // A pending request for more time is moot once the work is done.
    ctx.db
      .prepare(
        "UPDATE task_extensions SET status = 'tu_choi', decided_at = ?, decision_note = 'Tự đóng: nhiệm vụ đã hoàn thành' WHERE task_id = ? AND status = 'cho_duyet'",
      )
      .run(now, raw.id)
    addEvent(
      ctx.db,
      {
        taskId: raw.id,
        kind: 'hoan_thanh',
        actorId: me,
        at: now,
        text: input.result,
        percent: 100,
      },
      input.files,
    )
    if (raw.document_id !== null) {
      addStep(ctx.db, {
        documentId: raw.document_id,
        level: 3,
        kind: 'hoan_thanh',
        actorId: me,
        recordedBy: null,
        onPaper: false,
        to: [],
        text: input.result,
        deadline: null,
        taskId: raw.id,
        at: now,
      })
    }
    refreshDocumentStatus(ctx.db, raw.document_id, now)
    notify(
      ctx.db,
      [raw.assigner_id],
      {
        kind: 'hoan_thanh',
        title: 'Nhiệm vụ đã hoàn thành',
        body: raw.title,
        taskId: raw.id,
        documentId: raw.document_id,
        key: `hoan_thanh:${raw.id}:${now}`,
      },
      now,
      me,
    )
  })
}

export function reopenTask(ctx: HandlerContext, input: ParsedInput<'tasks.reopen'>): TaskDetail {
  const { raw, me, s } = load(ctx, input.id)
  if (raw.completed_at === null) {
    throw new CoreError('CONFLICT', 'Nhiệm vụ chưa hoàn thành')
  }
  if (!s.assigner) {
    throw forbidden('Chỉ người giao nhiệm vụ mới mở lại')
  }
  const today = todayOf(ctx.clock())
  if (input.deadline && input.deadline < today) {
    throw new CoreError('VALIDATION', 'Hạn mới không thể trước hôm nay', {
      fields: { deadline: 'Không thể trước hôm nay' },
    })
  }
  const now = ctx.clock().toISOString()
  return write(ctx, raw.id, { action: 'reopen', ...input }, () => {
    const last = ctx.db
      .prepare<[number], { percent: number }>(
        "SELECT percent FROM task_events WHERE task_id = ? AND kind = 'bao_cao' AND percent IS NOT NULL ORDER BY id DESC LIMIT 1",
      )
      .get(raw.id)
    ctx.db
      .prepare(
        'UPDATE tasks SET completed_at = NULL, completed_on = NULL, percent = ?, deadline = ? WHERE id = ?',
      )
      .run(last?.percent ?? 0, input.deadline ?? raw.deadline, raw.id)
    addEvent(ctx.db, {
      taskId: raw.id,
      kind: 'mo_lai',
      actorId: me,
      at: now,
      text: input.reason,
      from: raw.deadline,
      to: input.deadline ?? raw.deadline,
    })
    refreshDocumentStatus(ctx.db, raw.document_id, now)
    notify(
      ctx.db,
      leadPeople(ctx.db, raw.id),
      {
        kind: 'mo_lai',
        title: 'Nhiệm vụ được mở lại',
        body: `${raw.title}: ${input.reason}`,
        taskId: raw.id,
        documentId: raw.document_id,
        key: `mo_lai:${raw.id}:${now}`,
      },
      now,
      me,
    )
  })
}
