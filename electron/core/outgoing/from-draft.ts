import type { DoKhan, DoMat } from '../../../shared/domain/levels'
import type { Db } from '../db/open'
import { CoreError, forbidden, notFound } from '../errors'
import { notify } from '../notifications/notify'
import type { RecipientInput } from './recipients'

// Issuing from a draft: the signed-off draft gives the issue its defaults, and the issue
// closes the draft (status, step, the drafter told), in the issue's transaction.

export type DraftForIssue = Readonly<{
  id: number
  version: number
  drafterId: number
  loaiVanBan: string
  trichYeu: string
  draftingUnitId: number
  doKhan: DoKhan
  doMat: DoMat
  recipients: RecipientInput[]
  soLuongBan: number | null
  ghiChu: string | null
  replyToDocumentId: number | null
  taskId: number | null
  signerId: number | null
}>

type Row = {
  id: number
  version: number
  drafter_id: number
  loai_van_ban: string
  trich_yeu: string
  drafting_unit_id: number
  do_khan: DoKhan
  do_mat: DoMat
  recipients_json: string
  so_luong_ban: number | null
  ghi_chu: string | null
  reply_to_document_id: number | null
  task_id: number | null
  signer_id: number | null
  status: string
}

/** Planned recipients as stored on the draft, read forgivingly: units by id, others by name. */
function plannedRecipients(json: string): RecipientInput[] {
  const list = JSON.parse(json) as unknown
  if (!Array.isArray(list)) {
    return []
  }
  return list.flatMap((r: unknown): RecipientInput[] => {
    const o = r as { kind?: unknown; unitId?: unknown; name?: unknown }
    if (o.kind === 'unit' && typeof o.unitId === 'number') {
      return [{ kind: 'unit', unitId: o.unitId }]
    }
    if (o.kind === 'outside' && typeof o.name === 'string' && o.name.trim() !== '') {
      return [{ kind: 'outside', name: o.name.trim() }]
    }
    return []
  })
}

export function readDraftForIssue(db: Db, id: number, me: number | null): DraftForIssue {
  if (me === null) {
    throw forbidden('Ban hành từ dự thảo cần một văn thư đăng nhập')
  }
  const r = db
    .prepare<[number], Row>(
      `SELECT id, version, drafter_id, loai_van_ban, trich_yeu, drafting_unit_id, do_khan, do_mat,
              recipients_json, so_luong_ban, ghi_chu, reply_to_document_id, task_id, signer_id, status
       FROM drafts WHERE id = ?`,
    )
    .get(id)
  if (!r) {
    throw notFound('dự thảo')
  }
  if (r.status === 'da_ban_hanh') {
    throw new CoreError('CONFLICT', 'Dự thảo này đã được ban hành')
  }
  if (r.status !== 'da_ky') {
    throw new CoreError('CONFLICT', 'Dự thảo chưa được người có thẩm quyền ký duyệt')
  }
  return {
    id: r.id,
    version: r.version,
    drafterId: r.drafter_id,
    loaiVanBan: r.loai_van_ban,
    trichYeu: r.trich_yeu,
    draftingUnitId: r.drafting_unit_id,
    doKhan: r.do_khan,
    doMat: r.do_mat,
    recipients: plannedRecipients(r.recipients_json),
    soLuongBan: r.so_luong_ban,
    ghiChu: r.ghi_chu,
    replyToDocumentId: r.reply_to_document_id,
    taskId: r.task_id,
    signerId: r.signer_id,
  }
}

export function markDraftIssued(
  db: Db,
  draft: DraftForIssue,
  documentId: number,
  soKyHieu: string,
  actorId: number,
  now: string,
): void {
  db.prepare(
    "UPDATE drafts SET status = 'da_ban_hanh', assignee_id = NULL, document_id = ?, updated_at = ? WHERE id = ?",
  ).run(documentId, now, draft.id)
  db.prepare(
    `INSERT INTO draft_steps (draft_id, action, actor_id, at, comment, version, from_status, to_status)
     VALUES (?, 'ban_hanh', ?, ?, ?, ?, 'da_ky', 'da_ban_hanh')`,
  ).run(draft.id, actorId, now, `Số ${soKyHieu}`, draft.version)
  notify(
    db,
    [draft.drafterId],
    {
      kind: 'da_ban_hanh',
      title: `Dự thảo đã được ban hành: số ${soKyHieu}`,
      body: draft.trichYeu,
      documentId,
      draftId: draft.id,
      key: `da_ban_hanh:${draft.id}`,
    },
    now,
    actorId,
  )
}
