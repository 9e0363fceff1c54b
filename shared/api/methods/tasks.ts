import { z } from 'zod'
import { admin, clerks, method } from '../define'
import type {
  DocumentFlow,
  Dashboard,
  InboxItem,
  InboxSummary,
  NotificationPage,
  TaskDetail,
  TaskPage,
  TaskSettings,
  Notification,
} from '../task-types'
import { inboxBoxes, taskPriorities, taskSources } from '../task-types'
import { buckets } from '../../tasks/buckets'
import { fileNameSchema, idSchema, isoDateSchema, optionalText, requiredText } from '../schemas'

// Direction (bút phê), tasks (nhiệm vụ), inboxes, reminders and their reports (issue 4).
// Roles open the door; who may act on one document or task is decided by the core's rules
// (the assigner, the lead's unit leader, the handler), so every door gets the same answer.

const leaders = ['lanh_dao'] as const
const everyone = 'session' as const
const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'Mã tệp không hợp lệ')
const fileRef = z.object({ sha256, name: fileNameSchema })
const files = z.array(fileRef).max(20).default([])

/** A unit or a person: exactly one of the two. */
const party = z.union(
  [
    z.object({ unitId: idSchema, userId: z.undefined().optional() }),
    z.object({ userId: idSchema, unitId: z.undefined().optional() }),
  ],
  { error: 'Chọn một đơn vị hoặc một người' },
)
const supportParty = z.union([
  z.object({ unitId: idSchema, deadline: isoDateSchema.nullish() }),
  z.object({ userId: idSchema, deadline: isoDateSchema.nullish() }),
])

const taskBody = {
  title: requiredText('tên nhiệm vụ', 500),
  content: optionalText(4000, 'nội dung'),
  lead: party,
  support: z.array(supportParty).max(200).default([]),
  inform: z.array(idSchema).max(200).default([]),
  deadline: isoDateSchema,
  /** "5 ngày làm việc": kept to show how the date was chosen. */
  deadlineRule: optionalText(100, 'cách tính hạn'),
  priority: z.enum(taskPriorities).default('thuong'),
}

export const taskMethods = {
  /** Văn thư trình: a registered incoming document goes to a leader for direction. */
  'documents.present': method<DocumentFlow>()({
    input: z.object({
      documentId: idSchema,
      leaderId: idSchema,
      note: optionalText(1000, 'ghi chú'),
    }),
    access: clerks,
    writes: true,
  }),
  /**
   * Bút phê: ý kiến chỉ đạo plus, in the same step, the lead, supporting and informed parties and
   * the deadline. A clerk records a paper direction on a leader's behalf (`onBehalfOfId`).
   */
  'documents.direct': method<DocumentFlow>()({
    input: z.object({
      documentId: idSchema,
      comment: requiredText('ý kiến chỉ đạo', 2000),
      onBehalfOfId: idSchema.nullish(),
      task: z.object({ ...taskBody, title: optionalText(500, 'tên nhiệm vụ') }).nullish(),
      /** Informed without a task ("để biết"): closes itself once read. */
      inform: z.array(idSchema).max(200).default([]),
    }),
    access: ['lanh_dao', 'van_thu'],
    writes: true,
  }),
  'documents.flow': method<DocumentFlow>()({
    input: z.object({ documentId: idSchema }),
    access: everyone,
    writes: false,
  }),

  /** A standalone task, e.g. from a meeting's conclusions, with its source named. */
  'tasks.create': method<TaskDetail>()({
    input: z.object({
      ...taskBody,
      sourceKind: z.enum(taskSources).default('cuoc_hop'),
      sourceText: requiredText('nguồn giao', 500),
    }),
    access: leaders,
    writes: true,
  }),
  'tasks.list': method<TaskPage>()({
    input: z.object({
      /** mine: I lead, handle or support; assigned: I gave; all: everything I may see. */
      view: z.enum(['mine', 'assigned', 'all']).default('all'),
      bucket: z.enum([...buckets, 'sap_den_han']).optional(),
      /** Tasks the unit (and its sub-units) leads. */
      unitId: idSchema.optional(),
      priority: z.enum(taskPriorities).optional(),
      documentId: idSchema.optional(),
      q: z.string().max(200).optional(),
      /** Tasks given within the period (by the day they were given). */
      from: isoDateSchema.optional(),
      to: isoDateSchema.optional(),
      sort: z.enum(['deadline', 'createdAt', 'priority']).default('deadline'),
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(1000).default(50),
    }),
    access: everyone,
    writes: false,
  }),
  'tasks.get': method<TaskDetail>()({
    input: z.object({ id: idSchema }),
    access: everyone,
    writes: false,
  }),
  /** Level 2 of the phiếu: the lead unit's leader names the handler and their deadline. */
  'tasks.assign': method<TaskDetail>()({
    input: z.object({
      id: idSchema,
      handlerId: idSchema,
      deadline: isoDateSchema.nullish(),
      comment: optionalText(2000, 'ý kiến'),
    }),
    access: leaders,
    writes: true,
  }),
  'tasks.report': method<TaskDetail>()({
    input: z.object({
      id: idSchema,
      percent: z
        .number({ error: 'Nhập tiến độ' })
        .int('Tiến độ là số nguyên')
        .min(0, 'Tiến độ từ 0 đến 100')
        .max(100, 'Tiến độ từ 0 đến 100')
        .nullish(),
      text: requiredText('nội dung báo cáo', 4000),
      files,
    }),
    access: everyone,
    writes: true,
  }),
  'tasks.requestExtension': method<TaskDetail>()({
    input: z.object({
      id: idSchema,
      deadline: isoDateSchema,
      reason: requiredText('lý do xin gia hạn', 2000),
    }),
    access: everyone,
    writes: true,
  }),
  'tasks.decideExtension': method<TaskDetail>()({
    input: z.object({
      extensionId: idSchema,
      approve: z.boolean(),
      /** The approver may grant a different date than asked. */
      deadline: isoDateSchema.nullish(),
      note: optionalText(2000, 'ý kiến'),
    }),
    access: everyone,
    writes: true,
  }),
  'tasks.requestExplanation': method<TaskDetail>()({
    input: z.object({ id: idSchema, question: requiredText('nội dung yêu cầu giải trình', 2000) }),
    access: everyone,
    writes: true,
  }),
  'tasks.explain': method<TaskDetail>()({
    input: z.object({ explanationId: idSchema, answer: requiredText('nội dung giải trình', 4000) }),
    access: everyone,
    writes: true,
  }),
  'tasks.complete': method<TaskDetail>()({
    input: z.object({ id: idSchema, result: requiredText('kết quả thực hiện', 4000), files }),
    access: everyone,
    writes: true,
  }),
  'tasks.reopen': method<TaskDetail>()({
    input: z.object({
      id: idSchema,
      reason: requiredText('lý do mở lại', 2000),
      deadline: isoDateSchema.nullish(),
    }),
    access: everyone,
    writes: true,
  }),
  'tasks.dashboard': method<Dashboard>()({
    input: z.object({
      from: isoDateSchema.optional(),
      to: isoDateSchema.optional(),
      unitId: idSchema.optional(),
    }),
    access: everyone,
    writes: false,
  }),
  'tasks.settings': method<TaskSettings>()({
    input: z.object({}),
    access: everyone,
    writes: false,
  }),
  'tasks.updateSettings': method<TaskSettings>()({
    input: z.object({
      dueSoonDays: z
        .number({ error: 'Nhập số ngày' })
        .int('Số ngày là số nguyên')
        .min(1, 'Từ 1 đến 30 ngày')
        .max(30, 'Từ 1 đến 30 ngày'),
    }),
    access: admin,
    writes: true,
  }),

  'inbox.summary': method<InboxSummary>()({ input: z.object({}), access: everyone, writes: false }),
  'inbox.list': method<InboxItem[]>()({
    input: z.object({
      box: z.enum(inboxBoxes),
      limit: z.number().int().min(1).max(500).default(200),
    }),
    access: everyone,
    writes: false,
  }),

  'notifications.list': method<NotificationPage>()({
    input: z.object({
      unreadOnly: z.boolean().default(false),
      limit: z.number().int().min(1).max(200).default(50),
    }),
    access: everyone,
    writes: false,
  }),
  'notifications.markRead': method<NotificationPage>()({
    input: z.object({ ids: z.array(idSchema).max(500).optional(), all: z.boolean().optional() }),
    access: everyone,
    writes: true,
  }),
  /** For the desktop shell: reminders not yet shown as a system notification (shown once). */
  'notifications.takeDesktop': method<Notification[]>()({
    input: z.object({}),
    access: everyone,
    writes: true,
  }),

  'reports.taskReport': method<Uint8Array>()({
    input: z.object({
      from: isoDateSchema,
      to: isoDateSchema,
      unitId: idSchema.optional(),
      format: z.enum(['pdf', 'xlsx']),
    }),
    access: ['lanh_dao', 'van_thu'],
    writes: false,
  }),
  /** Sổ theo dõi giải quyết văn bản đến (DOMAIN §1.8, 7 columns). */
  'reports.incomingTracking': method<Uint8Array>()({
    input: z.object({
      registerId: idSchema,
      from: isoDateSchema,
      to: isoDateSchema,
      format: z.enum(['pdf', 'xlsx']),
    }),
    access: ['lanh_dao', 'van_thu'],
    writes: false,
  }),
}
