import { contract } from '../../../shared/api/contract'
import type { MethodName } from '../../../shared/api/method-names'
import { actorLabel, actorUserId, type Actor, type AuditRecord, type CoreDeps } from '../context'
import { updateAnchor } from './anchor'
import { snapshot, targets, type RecordKey } from './records'
import { appendAudit } from './repo'

/**
 * Write methods whose handler awaits a worker (password hashing, file storage, index rebuild).
 * A SQLite transaction cannot span an await (another call would run inside it), so these
 * write their rows and their audit row in the handler's own transaction; dispatch adds the
 * generic row only if the handler gave none. A test keeps this list equal to the async
 * write handlers.
 */
export const awaitingWrites: ReadonlySet<MethodName> = new Set([
  'setup.init',
  'auth.changePassword',
  'users.create',
  'users.resetPassword',
  'files.upload',
  'search.reindex',
  'backup.run',
])

export type AuditTrail = Readonly<{
  /** `ctx.audit`: the handler names the record and what it did. */
  record: (entry: AuditRecord) => void
  /** Runs a synchronous write and its audit rows in one transaction: both or neither. */
  write: <T>(run: () => T) => T
  /** After an awaiting write: the generic row if the handler wrote none. */
  finish: (value: unknown) => void
  /** After the call: move the anchor outside the database forward (see anchor.ts). */
  settle: () => void
}>

/** One call's audit trail: who, which method, which record, before and after. */
export function auditTrail(
  deps: CoreDeps,
  actor: Actor,
  method: MethodName,
  input: unknown,
): AuditTrail {
  const target = targets[method]
  const writes = contract[method].writes
  // While a synchronous write runs: the target's key and its state before the handler ran.
  let current: { key: RecordKey | null; before: unknown; claimed: boolean } | null = null
  let audited = false
  let appended = false

  const append = (recordType: string | null, recordId: number | null, detail: unknown): void => {
    appendAudit(deps.db, {
      at: deps.clock().toISOString(),
      actorUserId: actorUserId(actor),
      actor: actorLabel(actor),
      method,
      recordType,
      recordId,
      detail,
    })
    appended = true
  }
  const after = (recordType: string, key: RecordKey | null): Partial<Record<'after', unknown>> =>
    key === null ? {} : { after: snapshot(deps.db, recordType, key) }

  /** Is this entry about the record the method targets? A new record: its first entry. */
  const isTarget = (recordType: string, key: RecordKey | null): boolean => {
    if (!current || recordType !== target?.recordType) {
      return false
    }
    if (current.key === null) {
      const first = !current.claimed
      current.claimed = true
      return first
    }
    return key === current.key
  }

  return {
    // Appended at once, inside the handler's transaction, so that a detail the handler reads
    // back afterwards (a document's history) already shows it.
    record: (entry) => {
      audited = true
      if (!writes) {
        // A read that leaves a trace (opening a secret document) keeps no snapshot.
        append(entry.recordType, entry.recordId, entry.detail)
        return
      }
      const sameType = entry.recordType === target?.recordType
      const key = entry.recordId ?? (sameType ? (current?.key ?? null) : null)
      const snaps = {
        ...(isTarget(entry.recordType, key) ? { before: current?.before ?? null } : {}),
        ...after(entry.recordType, key),
      }
      append(entry.recordType, entry.recordId, withSnapshots(entry.detail, snaps))
    },

    write: (run) =>
      deps.db
        .transaction(() => {
          const key = target?.key?.(input as Record<string, unknown>, deps.db) ?? null
          current = {
            key,
            before: target ? snapshot(deps.db, target.recordType, key) : null,
            claimed: false,
          }
          try {
            const value = run()
            if (!audited) {
              const id = key ?? idOf(value)
              append(target?.recordType ?? null, typeof id === 'number' ? id : null, {
                input,
                ...(target ? { before: current.before, ...after(target.recordType, id) } : {}),
              })
              audited = true
            }
            return value
          } finally {
            current = null
          }
        })
        .immediate(),

    finish: (value) => {
      if (!audited) {
        append(target?.recordType ?? null, idOf(value), { input })
      }
    },

    settle: () => {
      if (appended) {
        updateAnchor(deps)
      }
    },
  }
}

/** The handler's own before/after wins: it may know better (a user without their hash). */
function withSnapshots(detail: unknown, snaps: Record<string, unknown>): unknown {
  const own = detail !== null && typeof detail === 'object' && !Array.isArray(detail)
  if (own && ('before' in detail || 'after' in detail)) {
    return detail
  }
  const known = Object.fromEntries(Object.entries(snaps).filter(([, v]) => v !== undefined))
  if (Object.keys(known).length === 0) {
    return detail
  }
  return own ? { ...detail, ...known } : { value: detail, ...known }
}

function idOf(value: unknown): number | null {
  if (value && typeof value === 'object' && 'id' in value && typeof value.id === 'number') {
    return value.id
  }
  return null
}
