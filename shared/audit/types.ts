// The audit trail as the API shows it (issue 7, item 2).

export type AuditRow = Readonly<{
  id: number
  /** ISO-8601 UTC instant. */
  at: string
  actorUserId: number | null
  /** The username, or `system:<name>` for the CLI. */
  actor: string
  /** The person's full name when the actor is a user still on file. */
  actorName: string | null
  method: string
  recordType: string | null
  recordId: number | null
  /** What the handler recorded: the input (secrets removed), before and after. */
  detail: unknown
}>

export type AuditPage = Readonly<{ rows: AuditRow[]; total: number }>

export const auditProblemKinds = ['edited', 'missing', 'truncated', 'broken_chain'] as const
export type AuditProblemKind = (typeof auditProblemKinds)[number]

export type AuditProblem = Readonly<{
  /** The row the problem shows at (for missing rows: the first row after the gap). */
  id: number
  kind: AuditProblemKind
  /** Vietnamese, for people. */
  message: string
}>

export type AuditVerifyResult = Readonly<{
  ok: boolean
  rows: number
  /** The anchor kept outside the database, if any: the last row known to have been written. */
  anchor: Readonly<{ id: number; hash: string }> | null
  problems: AuditProblem[]
}>

/** Record types whose own history a detail screen shows (checked against visibility). */
export const auditRecordTypes = ['document', 'task'] as const
export type AuditRecordType = (typeof auditRecordTypes)[number]
