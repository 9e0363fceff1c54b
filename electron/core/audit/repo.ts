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

/**
 * Appends one row chained to the last. Call inside the write's transaction; on its own it
 * takes one, so that reading the last hash and inserting cannot interleave with another process.
 */
export function appendAudit(db: Db, e: AuditEntry): void {
  const detailJson = JSON.stringify(redact(e.detail) ?? null)
  db.transaction(() => {
    const prev =
      db.prepare<[], { hash: string }>('SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1').get()
        ?.hash ?? GENESIS
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
  }).immediate()
}

/**
 * Secrets never reach the audit trail, whatever a handler passes. Only text is masked: a
 * `secret` column holding 0 or 1 (a secret register, a secret task) is a fact worth keeping.
 */
export function redact(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map(redact)
  }
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [
        k,
        /password|token|secret/i.test(k) && typeof v === 'string' ? '***' : redact(v),
      ]),
    )
  }
  return value
}
