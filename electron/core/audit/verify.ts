import type { AuditProblem, AuditVerifyResult } from '../../../shared/audit/types'
import { openDatabase, type Db } from '../db/open'
import type { Anchor } from './anchor'
import { auditHash, GENESIS } from './repo'

type Row = {
  id: number
  at: string
  actor_user_id: number | null
  actor: string
  method: string
  record_type: string | null
  record_id: number | null
  detail: string
  prev_hash: string
  hash: string
}

/** Enough to act on; a store with more broken rows than this is broken everywhere. */
const MAX_PROBLEMS = 1000

/**
 * Walks the whole trail in id order and recomputes every hash. Finds a row whose content no
 * longer matches its hash (edited), ids missing between two rows or before the first
 * (missing), a row that does not point at the one before it (broken_chain), and — with the
 * anchor kept outside the database, read BEFORE the table so that a write in between cannot
 * look like a loss — the last rows deleted or replaced (truncated).
 */
export function verifyAudit(db: Db, anchor: Anchor | null): AuditVerifyResult {
  const problems: AuditProblem[] = []
  const report = (p: AuditProblem): void => {
    if (problems.length < MAX_PROBLEMS) {
      problems.push(p)
    }
  }
  let rows = 0
  let prev: Pick<Row, 'id' | 'hash'> = { id: 0, hash: GENESIS }
  let anchored: Pick<Row, 'id' | 'hash'> | null = null
  for (const r of db.prepare<[], Row>('SELECT * FROM audit_log ORDER BY id').iterate()) {
    rows += 1
    const entry = {
      at: r.at,
      actorUserId: r.actor_user_id,
      actor: r.actor,
      method: r.method,
      recordType: r.record_type,
      recordId: r.record_id,
      detail: null,
    }
    if (auditHash(r.prev_hash, entry, r.detail) !== r.hash) {
      report({
        id: r.id,
        kind: 'edited',
        message: `Dòng ${r.id} đã bị sửa: nội dung không còn khớp với mã băm đã ghi`,
      })
    }
    if (r.id !== prev.id + 1) {
      const gap = r.id - prev.id - 1
      report({
        id: r.id,
        kind: 'missing',
        message:
          gap === 1
            ? `Thiếu dòng ${prev.id + 1} (trước dòng ${r.id})`
            : `Thiếu ${gap} dòng, từ ${prev.id + 1} đến ${r.id - 1}`,
      })
    } else if (r.prev_hash !== prev.hash) {
      report({
        id: r.id,
        kind: 'broken_chain',
        message:
          prev.id === 0
            ? `Dòng ${r.id} là dòng đầu nhưng không bắt đầu chuỗi`
            : `Dòng ${r.id} không nối với dòng ${prev.id}: dòng trước đã bị sửa hoặc thay`,
      })
    }
    if (anchor && r.id === anchor.id) {
      anchored = { id: r.id, hash: r.hash }
    }
    prev = { id: r.id, hash: r.hash }
  }
  if (anchor) {
    if (!anchored) {
      report({
        id: anchor.id,
        kind: 'truncated',
        message:
          prev.id === 0
            ? `Nhật ký trống nhưng đã từng ghi đến dòng ${anchor.id}: toàn bộ đã bị xoá`
            : `Nhật ký đã bị cắt: đã từng ghi đến dòng ${anchor.id}, nay chỉ còn đến dòng ${prev.id}`,
      })
    } else if (anchored.hash !== anchor.hash) {
      report({
        id: anchor.id,
        kind: 'truncated',
        message: `Dòng ${anchor.id} không còn là dòng đã ghi: các dòng cuối đã bị xoá rồi ghi đè`,
      })
    }
  }
  return {
    ok: problems.length === 0,
    rows,
    anchor: anchor ? { id: anchor.id, hash: anchor.hash } : null,
    problems,
  }
}

/**
 * The same walk on its own read-only connection, for a worker thread (jobs/registry): a trail
 * of 100,000 rows takes seconds to hash, and the event loop answering the UI must not wait.
 */
export function verifyAuditFile(
  input: Readonly<{ database: string; anchor: Anchor | null; nativeBinding?: string | undefined }>,
): AuditVerifyResult {
  const db = openDatabase(input.database, {
    readonly: true,
    ...(input.nativeBinding ? { nativeBinding: input.nativeBinding } : {}),
  })
  try {
    return verifyAudit(db, input.anchor)
  } finally {
    db.close()
  }
}
