import type { Bucket, BucketCounts } from '../tasks/buckets'

// Output shapes of direction (chỉ đạo), tasks (nhiệm vụ), inboxes and notifications.
// Instants are ISO-8601 UTC; dates are YYYY-MM-DD.

export type Party = {
  kind: 'unit' | 'user'
  id: number
  name: string
  /** The unit's short name, or the person's position. */
  detail: string
}

export const taskPriorities = ['thuong', 'cao', 'khan'] as const
export type TaskPriority = (typeof taskPriorities)[number]
export const taskPriorityLabels: Readonly<Record<TaskPriority, string>> = {
  thuong: 'Thường',
  cao: 'Quan trọng',
  khan: 'Khẩn',
}

export const taskSources = ['van_ban', 'cuoc_hop', 'khac'] as const
export type TaskSource = (typeof taskSources)[number]
export const taskSourceLabels: Readonly<Record<TaskSource, string>> = {
  van_ban: 'Văn bản đến',
  cuoc_hop: 'Cuộc họp',
  khac: 'Khác',
}

export type TaskRow = {
  id: number
  title: string
  priority: TaskPriority
  sourceKind: TaskSource
  documentId: number | null
  /** "Số đến 12 · 45/UBND-VX", for rows from a document. */
  documentLabel: string | null
  assigner: Party
  lead: Party
  handler: Party | null
  deadline: string
  /** The deadline rolled to a working day: what buckets are judged on. */
  dueOn: string
  percent: number
  completedAt: string | null
  bucket: Bucket
  dueSoon: boolean
  /** Days past dueOn (open: until today; done: until completion); 0 when on time. */
  daysLate: number
  pendingExtension: boolean
  createdAt: string
}

export type TaskPage = { rows: TaskRow[]; total: number; counts: BucketCounts }

export type TaskMember = Party & {
  role: 'phoi_hop' | 'de_biet'
  deadline: string | null
  readAt: string | null
}

export const taskEventKinds = [
  'giao',
  'phan_cong',
  'bao_cao',
  'xin_gia_han',
  'duyet_gia_han',
  'tu_choi_gia_han',
  'yeu_cau_giai_trinh',
  'giai_trinh',
  'hoan_thanh',
  'mo_lai',
] as const
export type TaskEventKind = (typeof taskEventKinds)[number]

export type TaskEvent = {
  id: number
  kind: TaskEventKind
  at: string
  actor: Party
  /** Someone else typed it in (a clerk recording a paper direction). */
  recordedBy: Party | null
  text: string | null
  percent: number | null
  deadlineFrom: string | null
  deadlineTo: string | null
  files: { sha256: string; name: string }[]
}

export type ExtensionRequest = {
  id: number
  requestedBy: Party
  requestedAt: string
  reason: string
  currentDeadline: string
  proposedDeadline: string
  status: 'cho_duyet' | 'da_duyet' | 'tu_choi'
  decidedBy: Party | null
  decidedAt: string | null
  decisionNote: string | null
  grantedDeadline: string | null
}

export type Explanation = {
  id: number
  requestedBy: Party
  requestedAt: string
  question: string
  answeredBy: Party | null
  answeredAt: string | null
  answer: string | null
}

/** What the caller may do on the task now; the core checks again on every call. */
export type TaskActions = {
  assign: boolean
  report: boolean
  requestExtension: boolean
  decideExtension: boolean
  requestExplanation: boolean
  explain: boolean
  complete: boolean
  reopen: boolean
}

export type TaskDetail = TaskRow & {
  content: string | null
  sourceText: string | null
  handlerDeadline: string | null
  result: string | null
  /** The outgoing document whose issue completed this task (a reply). */
  replyDocument: { id: number; soKyHieu: string; ngayBanHanh: string | null } | null
  members: TaskMember[]
  events: TaskEvent[]
  extensions: ExtensionRequest[]
  explanations: Explanation[]
  actions: TaskActions
}

/** One line of the Phiếu giải quyết văn bản đến (DOMAIN §1.8), in order. */
export type FlowStep = {
  id: number
  /** 0 trình, 1 lãnh đạo cơ quan, 2 lãnh đạo đơn vị, 3 người xử lý. */
  level: 0 | 1 | 2 | 3
  kind: 'trinh' | 'chi_dao' | 'phan_cong' | 'de_xuat' | 'hoan_thanh'
  at: string
  actor: Party
  recordedBy: Party | null
  onPaper: boolean
  to: (Party & {
    role: 'chu_tri' | 'phoi_hop' | 'de_biet' | 'xu_ly' | 'trinh'
    deadline: string | null
  })[]
  text: string | null
  deadline: string | null
  taskId: number | null
}

export type DocumentFlow = {
  documentId: number
  status: string
  presentedTo: Party | null
  steps: FlowStep[]
  tasks: TaskRow[]
  informed: (Party & { readAt: string | null })[]
  actions: { present: boolean; direct: boolean; directOnBehalf: boolean }
}

export const inboxBoxes = [
  'cho_trinh',
  'cho_chi_dao',
  'cho_phan_cong',
  'dang_xu_ly',
  'phoi_hop',
  'de_biet',
  'xin_gia_han',
  'giai_trinh',
  'du_thao_cho_toi',
  'du_thao_tra_lai',
  'cho_the_thuc',
  'cho_ban_hanh',
  'noi_bo_den',
] as const
export type InboxBox = (typeof inboxBoxes)[number]
export const inboxBoxLabels: Readonly<Record<InboxBox, string>> = {
  cho_trinh: 'Chờ trình lãnh đạo',
  cho_chi_dao: 'Chờ tôi cho ý kiến',
  cho_phan_cong: 'Chờ phân công',
  dang_xu_ly: 'Tôi chủ trì xử lý',
  phoi_hop: 'Phối hợp',
  de_biet: 'Nhận để biết (chưa đọc)',
  xin_gia_han: 'Xin gia hạn chờ duyệt',
  giai_trinh: 'Yêu cầu giải trình',
  du_thao_cho_toi: 'Dự thảo chờ tôi duyệt, ký',
  du_thao_tra_lai: 'Dự thảo bị trả lại',
  cho_the_thuc: 'Dự thảo chờ kiểm tra thể thức',
  cho_ban_hanh: 'Đã ký, chờ cấp số ban hành',
  noi_bo_den: 'Văn bản nội bộ gửi đơn vị',
}

export type InboxItem = {
  box: InboxBox
  documentId: number | null
  taskId: number | null
  draftId: number | null
  title: string
  subtitle: string
  at: string
  deadline: string | null
  bucket: Bucket | null
  doKhan: string | null
}

export type InboxSummary = Record<InboxBox, number>

export type Notification = {
  id: number
  kind: string
  title: string
  body: string
  taskId: number | null
  documentId: number | null
  draftId: number | null
  createdAt: string
  readAt: string | null
}

export type NotificationPage = { items: Notification[]; unread: number }

export type UnitStat = {
  unitId: number
  unitName: string
  counts: BucketCounts
  overduePercent: number
}

export type Dashboard = {
  from: string
  to: string
  asOf: string
  dueSoonDays: number
  counts: BucketCounts
  overduePercent: number
  donePercent: number
  previous: { from: string; to: string; counts: BucketCounts; overduePercent: number }
  /** Percentage points: this period's overdue percent minus the previous one's. */
  overdueChange: number
  byUnit: UnitStat[]
  /** Per day of the period: tasks given and tasks completed, for the chart. */
  trend: { date: string; given: number; done: number }[]
  dueSoon: TaskRow[]
  overdue: TaskRow[]
  /** The caller's own open work, by priority and bucket. */
  mine: { priority: TaskPriority; counts: BucketCounts }[]
}

export type TaskSettings = { dueSoonDays: number }
