import type { DraftRow, PersonRef } from '../../../shared/api/outgoing-types'
import type { RawDraft } from './repo'

// One SELECT names everything a draft row shows, so lists, the inbox and the detail agree.

export const DRAFT_FROM = `
  FROM drafts dr
  JOIN document_types t ON t.code = dr.loai_van_ban
  JOIN units un ON un.id = dr.drafting_unit_id
  JOIN users p ON p.id = dr.drafter_id
  LEFT JOIN users a ON a.id = dr.assignee_id
  LEFT JOIN users s ON s.id = dr.signer_id
  LEFT JOIN documents rd ON rd.id = dr.reply_to_document_id`

export const DRAFT_SELECT = `
  SELECT dr.*, t.name AS loai_name, un.name AS unit_name, un.short_name AS unit_short,
         p.full_name AS drafter_name, p.position AS drafter_position,
         a.full_name AS assignee_name, a.position AS assignee_position,
         s.full_name AS signer_name, s.position AS signer_position,
         rd.so_ky_hieu AS reply_so_ky_hieu, rd.trich_yeu AS reply_trich_yeu
  ${DRAFT_FROM}`

export type JoinedDraft = RawDraft & {
  loai_name: string
  unit_name: string
  unit_short: string
  drafter_name: string
  drafter_position: string
  assignee_name: string | null
  assignee_position: string | null
  signer_name: string | null
  signer_position: string | null
  reply_so_ky_hieu: string | null
  reply_trich_yeu: string | null
}

const person = (
  id: number | null,
  name: string | null,
  position: string | null,
): PersonRef | null =>
  id === null ? null : { id, name: name ?? `#${id}`, position: position ?? '' }

export const toDraftRow = (r: JoinedDraft): DraftRow => ({
  id: r.id,
  loaiVanBan: r.loai_name,
  loaiVanBanCode: r.loai_van_ban,
  trichYeu: r.trich_yeu,
  draftingUnit: { id: r.drafting_unit_id, name: r.unit_name, shortName: r.unit_short },
  drafter: { id: r.drafter_id, name: r.drafter_name, position: r.drafter_position },
  doKhan: r.do_khan,
  doMat: r.do_mat,
  status: r.status,
  assignee: person(r.assignee_id, r.assignee_name, r.assignee_position),
  signer: person(r.signer_id, r.signer_name, r.signer_position),
  version: r.version,
  updatedAt: r.updated_at,
  replyTo:
    r.reply_to_document_id === null
      ? null
      : {
          documentId: r.reply_to_document_id,
          soKyHieu: r.reply_so_ky_hieu ?? '',
          trichYeu: r.reply_trich_yeu ?? '',
        },
  taskId: r.task_id,
  documentId: r.document_id,
})
