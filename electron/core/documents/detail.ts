import type { DocumentDetail, DocumentHistoryEntry } from '../../../shared/api/document-types'
import type { PhuongThucNhan } from '../../../shared/domain/levels'
import type { Actor } from '../context'
import type { Db } from '../db/open'
import { outgoingOf } from '../outgoing/info'
import { linksOf } from '../outgoing/links'
import { filesOf, ROW_SELECT, toRow, type RawRow } from './repo'

type Extra = {
  nguoi_ky: string | null
  chuc_vu_nguoi_ky: string | null
  so_trang: number | null
  don_vi_nhan_id: number | null
  nguoi_nhan_id: number | null
  noi_nhan: string | null
  phuong_thuc: PhuongThucNhan | null
  ghi_chu: string | null
  register_name: string
  created_at: string
  created_by_name: string | null
}

const CORE: Actor = { kind: 'system', name: 'core' }

/**
 * One document with everything its detail screen shows; no permission check on the document
 * itself. The viewer decides which linked documents are shown and which actions are offered.
 */
export function getDetail(db: Db, id: number, viewer: Actor = CORE): DocumentDetail | null {
  const row = db
    .prepare<[number], RawRow & Extra>(
      `${ROW_SELECT.replace(
        'FROM documents d',
        `, d.nguoi_ky, d.chuc_vu_nguoi_ky, d.so_trang, d.don_vi_nhan_id, d.nguoi_nhan_id, d.noi_nhan,
           d.phuong_thuc, d.ghi_chu, r.name AS register_name, d.created_at, cb.full_name AS created_by_name
         FROM documents d`,
      )}
       JOIN registers r ON r.id = d.register_id
       LEFT JOIN users cb ON cb.id = d.created_by
       WHERE d.id = ?`,
    )
    .get(id)
  if (!row) {
    return null
  }
  return {
    ...toRow(row),
    nguoiKy: row.nguoi_ky,
    chucVuNguoiKy: row.chuc_vu_nguoi_ky,
    soTrang: row.so_trang,
    donViNhanId: row.don_vi_nhan_id,
    nguoiNhanId: row.nguoi_nhan_id,
    noiNhan: row.noi_nhan,
    phuongThuc: row.phuong_thuc,
    ghiChu: row.ghi_chu,
    registerName: row.register_name,
    files: filesOf(db, id),
    createdAt: row.created_at,
    createdBy: row.created_by_name,
    history: historyOf(db, id),
    links: linksOf(db, viewer, id),
    outgoing: outgoingOf(db, viewer, id),
  }
}

/** The document's lines of the audit trail, oldest first, with who did it by name. */
export function historyOf(db: Db, id: number): DocumentHistoryEntry[] {
  return db
    .prepare<
      [number],
      { at: string; actor: string; full_name: string | null; method: string; detail: string }
    >(
      `SELECT a.at, a.actor, u.full_name, a.method, a.detail FROM audit_log a
       LEFT JOIN users u ON u.id = a.actor_user_id
       WHERE a.record_type = 'document' AND a.record_id = ? ORDER BY a.id`,
    )
    .all(id)
    .map((r) => {
      const detail = JSON.parse(r.detail) as { changes?: Record<string, [unknown, unknown]> }
      return {
        at: r.at,
        actor: r.full_name ?? r.actor,
        method: r.method,
        changes: detail.changes ?? null,
      }
    })
}
