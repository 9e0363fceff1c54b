import type { Db } from '../db/open'
import { stmt } from './statements'

// What is indexed of a document and a task, read from the store of record.

/**
 * Past this many characters of body the index stops: a 300-page annex adds little that its
 * first pages do not, and one huge file would stall a rebuild batch.
 */
export const BODY_MAX = 200_000

export type DocumentSource = Readonly<{
  direction: string
  loaiCode: string
  coQuanFold: string | null
  status: string
  doKhan: string
  date: string | null
  soKyHieu: string
  trichYeu: string
  loai: string
  coQuan: string | null
  nguoiKy: string | null
  chucVuNguoiKy: string | null
  noiNhan: string | null
}>

type DocRow = {
  direction: string
  loai_van_ban: string
  co_quan_fold: string | null
  status: string
  do_khan: string
  date: string | null
  so_ky_hieu: string
  trich_yeu: string
  loai: string
  co_quan_ban_hanh: string | null
  nguoi_ky: string | null
  chuc_vu_nguoi_ky: string | null
  noi_nhan: string | null
}

export function documentSource(db: Db, id: number): DocumentSource | null {
  const r = stmt<[number], DocRow>(
    db,
    `SELECT d.direction, d.loai_van_ban, d.co_quan_fold, d.status, d.do_khan,
            CASE d.direction WHEN 'in' THEN d.ngay_den ELSE d.ngay_ban_hanh END AS date,
            d.so_ky_hieu, d.trich_yeu, t.name AS loai, d.co_quan_ban_hanh, d.nguoi_ky,
            d.chuc_vu_nguoi_ky, d.noi_nhan
     FROM documents d JOIN document_types t ON t.code = d.loai_van_ban WHERE d.id = ?`,
  ).get(id)
  if (!r) {
    return null
  }
  return {
    direction: r.direction,
    loaiCode: r.loai_van_ban,
    coQuanFold: r.co_quan_fold,
    status: r.status,
    doKhan: r.do_khan,
    date: r.date,
    soKyHieu: r.so_ky_hieu,
    trichYeu: r.trich_yeu,
    loai: r.loai,
    coQuan: r.co_quan_ban_hanh,
    nguoiKy: r.nguoi_ky,
    chucVuNguoiKy: r.chuc_vu_nguoi_ky,
    noiNhan: r.noi_nhan,
  }
}

/**
 * The body of a document, in the order snippets read it: the imported text, the text of each
 * attachment, the directions written on it (Phiếu giải quyết), then its tasks.
 */
export function documentBodyParts(db: Db, id: number): string[] {
  const parts: string[] = []
  let size = 0
  const add = (text: string | null): void => {
    if (text === null || text === '' || size >= BODY_MAX) {
      return
    }
    const kept = text.length + size > BODY_MAX ? text.slice(0, BODY_MAX - size) : text
    parts.push(kept)
    size += kept.length
  }
  add(
    stmt<[number], { body: string | null }>(db, 'SELECT body FROM documents WHERE id = ?').get(id)
      ?.body ?? null,
  )
  for (const r of stmt<[number], { body: string }>(
    db,
    `SELECT ft.body FROM document_files df JOIN file_texts ft ON ft.sha256 = df.sha256
     WHERE df.document_id = ? ORDER BY df.position`,
  ).all(id)) {
    add(r.body)
  }
  for (const r of stmt<[number], { text: string }>(
    db,
    'SELECT text FROM document_steps WHERE document_id = ? AND text IS NOT NULL ORDER BY id',
  ).all(id)) {
    add(r.text)
  }
  for (const r of stmt<[number], TaskRow>(
    db,
    'SELECT title, content, result, source_text FROM tasks WHERE document_id = ? ORDER BY id',
  ).all(id)) {
    add(taskBody(r, true))
  }
  return parts
}

type TaskRow = {
  title: string
  content: string | null
  result: string | null
  source_text: string | null
}

function taskBody(r: TaskRow, withTitle: boolean): string {
  return [withTitle ? r.title : null, r.content, r.result, r.source_text]
    .filter((s): s is string => s !== null && s !== '')
    .join('\n')
}

export type TaskSource = Readonly<{ title: string; body: string }>

export function taskSource(db: Db, id: number): TaskSource | null {
  const r = stmt<[number], TaskRow>(
    db,
    'SELECT title, content, result, source_text FROM tasks WHERE id = ?',
  ).get(id)
  return r ? { title: r.title, body: taskBody(r, false) } : null
}

export type Reach = Readonly<{ units: readonly number[]; people: readonly number[] }>

/**
 * The units and people through whom someone may see a document (documents/access.ts): a
 * superset of every path of the visibility rules (people granted access included), indexed so that a search by someone who sees
 * few documents narrows inside FTS5. The visibility clause still decides each one.
 */
export function documentReach(db: Db, id: number): Reach {
  const units = stmt<{ id: number }, { u: number }>(
    db,
    `SELECT u FROM (
       SELECT don_vi_nhan_id AS u FROM documents WHERE id = @id
       UNION SELECT drafting_unit_id FROM documents WHERE id = @id
       UNION SELECT unit_id FROM outgoing_recipients WHERE document_id = @id AND sent_at IS NOT NULL
       UNION SELECT lead_unit_id FROM tasks WHERE document_id = @id
       UNION SELECT p.unit_id FROM tasks t JOIN users p ON p.id IN (t.lead_user_id, t.handler_id)
         WHERE t.document_id = @id
       UNION SELECT m.unit_id FROM task_members m JOIN tasks t ON t.id = m.task_id
         WHERE t.document_id = @id AND m.role = 'phoi_hop'
       UNION SELECT mu.unit_id FROM task_members m JOIN tasks t ON t.id = m.task_id
         JOIN users mu ON mu.id = m.user_id WHERE t.document_id = @id AND m.role = 'phoi_hop'
     ) WHERE u IS NOT NULL`,
  )
    .all({ id })
    .map((r) => r.u)
  const people = stmt<{ id: number }, { p: number }>(
    db,
    `SELECT p FROM (
       SELECT created_by AS p FROM documents WHERE id = @id
       UNION SELECT nguoi_nhan_id FROM documents WHERE id = @id
       UNION SELECT presented_to FROM documents WHERE id = @id
       UNION SELECT signer_id FROM documents WHERE id = @id
       UNION SELECT dr.drafter_id FROM drafts dr JOIN documents d ON d.draft_id = dr.id WHERE d.id = @id
       UNION SELECT actor_id FROM document_steps WHERE document_id = @id
       UNION SELECT recorded_by FROM document_steps WHERE document_id = @id
       UNION SELECT user_id FROM document_informs WHERE document_id = @id
       UNION SELECT assigner_id FROM tasks WHERE document_id = @id
       UNION SELECT lead_user_id FROM tasks WHERE document_id = @id
       UNION SELECT handler_id FROM tasks WHERE document_id = @id
       UNION SELECT m.user_id FROM task_members m JOIN tasks t ON t.id = m.task_id
         WHERE t.document_id = @id
       UNION SELECT user_id FROM document_grants WHERE document_id = @id AND revoked_at IS NULL
     ) WHERE p IS NOT NULL`,
  )
    .all({ id })
    .map((r) => r.p)
  return { units, people }
}
