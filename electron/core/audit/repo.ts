import { createHash } from 'node:crypto'
import type { Db } from '../db/open'

export type AuditEntry = Readonly<{
  at: string
  actorUserId: number | null
  actor: string
  method: string
  recordType: string | null
  recordId: number | null
  /** JSON-serialisable: the input (secrets removed), before/after where the handler gives them. */
  detail: unknown
}>

export const GENESIS = '0'.repeat(64)

export function auditHash(prevHash: string, e: AuditEntry, detailJson: string): string {
  return createHash('sha256')
    .update(
      JSON.stringify([
        prevHash,
        e.at,
        e.actorUserId,
        e.actor,
        e.method,
        e.recordType,
        e.recordId,
        detailJson,
      ]),
    )
    .digest('hex')
}

/** Appends one row chained to the last. Call inside the write's transaction. */
export function appendAudit(db: Db, e: AuditEntry): void {
  const prev =
    db.prepare<[], { hash: string }>('SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1').get()
      ?.hash ?? GENESIS
  const detailJson = JSON.stringify(redact(e.detail) ?? null)
  db.prepare(
    `INSERT INTO audit_log (at, actor_user_id, actor, method, record_type, record_id, detail, prev_hash, hash)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    e.at,
    e.actorUserId,
    e.actor,
    e.method,
    e.recordType,
    e.recordId,
    detailJson,
    prev,
    auditHash(prev, e, detailJson),
  )
}

/** Secrets never reach the audit trail, whatever a handler passes. */
export function redact(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map(redact)
  }
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [
        k,
        /password|token|secret/i.test(k) ? '***' : redact(v),
      ]),
    )
  }
  return value
}
