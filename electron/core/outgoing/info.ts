import type { OutgoingInfo } from '../../../shared/api/outgoing-types'
import { THAM_QUYEN_KY, type ThamQuyenKy } from '../../../shared/domain/levels'
import { scopeOf } from '../access/scope'
import type { Actor } from '../context'
import type { Db } from '../db/open'
import { recipientsOf } from './recipients'

type Row = {
  direction: 'in' | 'out'
  status: string
  draft_id: number | null
  unit_id: number | null
  unit_name: string | null
  unit_short: string | null
  signer_id: number | null
  tham_quyen: ThamQuyenKy | null
  tham_quyen_chuc_vu: string | null
  chuc_vu_nguoi_ky: string | null
  so_luong_ban: number | null
  quy_pham: number
  recalled_at: string | null
  recall_reason: string | null
}

const upper = (s: string): string => s.toLocaleUpperCase('vi')

/** "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH": the title lines of the signature block, joined. */
export function signatureTitle(
  thamQuyen: ThamQuyenKy | null,
  forTitle: string | null,
  position: string | null,
): string {
  const prefix = THAM_QUYEN_KY.find((t) => t.code === thamQuyen)?.prefix
  const lines = [
    prefix ? `${prefix} ${upper(forTitle ?? '')}`.trim() : null,
    position ? upper(position) : null,
  ]
  return lines.filter((l): l is string => l !== null && l !== '').join(' / ')
}

/** The units whose queue the actor answers for: a leader's subtree, else their own unit. */
export function receivingUnits(db: Db, actor: Actor): number[] {
  const scope = scopeOf(db, actor)
  if (scope.kind !== 'user') {
    return []
  }
  return scope.units.length > 0 ? [...scope.units] : [scope.unitId]
}

/** What only an outgoing document has, with what the actor may do to it; null for incoming. */
export function outgoingOf(db: Db, actor: Actor, documentId: number): OutgoingInfo | null {
  const r = db
    .prepare<[number], Row>(
      `SELECT d.direction, d.status, d.draft_id, u.id AS unit_id, u.name AS unit_name,
              u.short_name AS unit_short, d.signer_id, d.tham_quyen, d.tham_quyen_chuc_vu,
              d.chuc_vu_nguoi_ky, d.so_luong_ban, d.quy_pham, d.recalled_at, d.recall_reason
       FROM documents d LEFT JOIN units u ON u.id = d.drafting_unit_id WHERE d.id = ?`,
    )
    .get(documentId)
  if (!r || r.direction !== 'out') {
    return null
  }
  const recipients = recipientsOf(db, documentId)
  const clerk = actor.kind === 'user' && actor.user.roles.includes('van_thu')
  const issued = r.status === 'da_ban_hanh'
  const mine = new Set(receivingUnits(db, actor))
  return {
    draftId: r.draft_id,
    draftingUnit:
      r.unit_id !== null
        ? { id: r.unit_id, name: r.unit_name ?? '', shortName: r.unit_short ?? '' }
        : null,
    signerId: r.signer_id,
    thamQuyen: r.tham_quyen,
    thamQuyenChucVu: r.tham_quyen_chuc_vu,
    signatureTitle: signatureTitle(r.tham_quyen, r.tham_quyen_chuc_vu, r.chuc_vu_nguoi_ky),
    soLuongBan: r.so_luong_ban,
    quyPham: r.quy_pham === 1,
    recipients,
    recalledAt: r.recalled_at,
    recallReason: r.recall_reason,
    actions: {
      send: clerk && r.status !== 'thu_hoi',
      recall: clerk && r.status !== 'thu_hoi',
      receive: recipients.some(
        (x) =>
          x.unitId !== null &&
          mine.has(x.unitId) &&
          x.sentOn !== null &&
          x.receivedAt === null &&
          x.recalledAt === null,
      ),
      replace: clerk && issued,
      correct: clerk && issued,
    },
  }
}
