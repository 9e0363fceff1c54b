import type { DraftAction, DraftStatus } from '../../../shared/api/outgoing-types'
import type { DoKhan, DoMat } from '../../../shared/domain/levels'
import type { Db } from '../db/open'

// The SQL of drafts: the row, its file versions and its steps. Rules live in rules.ts and
// workflow.ts; this file only reads and writes.

export type RawDraft = {
  id: number
  loai_van_ban: string
  trich_yeu: string
  drafting_unit_id: number
  drafter_id: number
  do_khan: DoKhan
  do_mat: DoMat
  recipients_json: string
  so_luong_ban: number | null
  ghi_chu: string | null
  reply_to_document_id: number | null
  task_id: number | null
  signer_id: number | null
  status: DraftStatus
  assignee_id: number | null
  version: number
  document_id: number | null
  created_at: string
  updated_at: string
}

export type FileRef = Readonly<{ sha256: string; name: string }>

/** A planned recipient as stored: a unit by id, a body outside by name. */
export type StoredRecipient = { kind: 'unit'; unitId: number } | { kind: 'outside'; name: string }

export function loadDraft(db: Db, id: number): RawDraft | undefined {
  return db.prepare<[number], RawDraft>('SELECT * FROM drafts WHERE id = ?').get(id)
}

export type DraftColumns = Readonly<{
  loaiVanBan: string
  trichYeu: string
  draftingUnitId: number
  doKhan: DoKhan
  doMat: DoMat
  recipients: readonly StoredRecipient[]
  soLuongBan: number | null
  ghiChu: string | null
  replyToDocumentId: number | null
  taskId: number | null
  signerId: number | null
}>

const columnValues = (c: DraftColumns): Record<string, unknown> => ({
  loai_van_ban: c.loaiVanBan,
  trich_yeu: c.trichYeu,
  drafting_unit_id: c.draftingUnitId,
  do_khan: c.doKhan,
  do_mat: c.doMat,
  recipients_json: JSON.stringify(c.recipients),
  so_luong_ban: c.soLuongBan,
  ghi_chu: c.ghiChu,
  reply_to_document_id: c.replyToDocumentId,
  task_id: c.taskId,
  signer_id: c.signerId,
})

/** Columns of a stored draft in the shape a write takes, for partial updates. */
export const columnsOf = (d: RawDraft): DraftColumns => ({
  loaiVanBan: d.loai_van_ban,
  trichYeu: d.trich_yeu,
  draftingUnitId: d.drafting_unit_id,
  doKhan: d.do_khan,
  doMat: d.do_mat,
  recipients: parseRecipients(d.recipients_json),
  soLuongBan: d.so_luong_ban,
  ghiChu: d.ghi_chu,
  replyToDocumentId: d.reply_to_document_id,
  taskId: d.task_id,
  signerId: d.signer_id,
})

export const parseRecipients = (json: string): StoredRecipient[] =>
  JSON.parse(json) as StoredRecipient[]

export function insertDraft(db: Db, c: DraftColumns, drafterId: number, now: string): number {
  const values = {
    ...columnValues(c),
    drafter_id: drafterId,
    status: 'du_thao',
    // While it is being written the draft waits on its drafter.
    assignee_id: drafterId,
    version: 1,
    created_at: now,
    updated_at: now,
  }
  const cols = Object.keys(values)
  return Number(
    db
      .prepare(
        `INSERT INTO drafts (${cols.join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`,
      )
      .run(values).lastInsertRowid,
  )
}

export function updateDraftColumns(db: Db, id: number, c: DraftColumns, now: string): void {
  const values = columnValues(c)
  const sets = Object.keys(values).map((k) => `${k} = @${k}`)
  db.prepare(`UPDATE drafts SET ${sets.join(', ')}, updated_at = @now WHERE id = @id`).run({
    ...values,
    now,
    id,
  })
}

export function moveDraft(
  db: Db,
  id: number,
  to: Readonly<{ status: DraftStatus; assigneeId: number | null; signerId?: number | null }>,
  now: string,
): void {
  db.prepare(
    `UPDATE drafts SET status = ?, assignee_id = ?, signer_id = COALESCE(?, signer_id), updated_at = ?
     WHERE id = ?`,
  ).run(to.status, to.assigneeId, to.signerId ?? null, now, id)
}

export function touchDraft(db: Db, id: number, now: string): void {
  db.prepare('UPDATE drafts SET updated_at = ? WHERE id = ?').run(now, id)
}

/** The content files of one version, in their order. */
export function versionFiles(db: Db, draftId: number, version: number): FileRef[] {
  return db
    .prepare<[number, number], FileRef>(
      'SELECT sha256, name FROM draft_files WHERE draft_id = ? AND version = ? ORDER BY position',
    )
    .all(draftId, version)
}

/** Records a version with its files and makes it the draft's current one. */
export function addVersion(
  db: Db,
  draftId: number,
  version: number,
  files: readonly FileRef[],
  by: number,
  now: string,
): void {
  db.prepare(
    'INSERT INTO draft_versions (draft_id, version, created_by, created_at) VALUES (?, ?, ?, ?)',
  ).run(draftId, version, by, now)
  const add = db.prepare(
    'INSERT OR IGNORE INTO draft_files (draft_id, version, sha256, name, position) VALUES (?, ?, ?, ?, ?)',
  )
  files.forEach((f, i) => add.run(draftId, version, f.sha256, f.name, i))
  db.prepare('UPDATE drafts SET version = ?, updated_at = ? WHERE id = ?').run(
    version,
    now,
    draftId,
  )
}

export type NewStep = Readonly<{
  draftId: number
  action: DraftAction
  actorId: number
  at: string
  comment: string | null
  version: number
  from: DraftStatus | null
  to: DraftStatus
  toUserId?: number | null
}>

export function addStep(db: Db, s: NewStep): number {
  return Number(
    db
      .prepare(
        `INSERT INTO draft_steps (draft_id, action, actor_id, at, comment, version, from_status, to_status, to_user_id)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        s.draftId,
        s.action,
        s.actorId,
        s.at,
        s.comment,
        s.version,
        s.from,
        s.to,
        s.toUserId ?? null,
      ).lastInsertRowid,
  )
}

/** The enabled văn thư, who share the drafts waiting on "the văn thư". */
export function vanThuIds(db: Db): number[] {
  return db
    .prepare<[], { id: number }>(
      `SELECT u.id FROM users u JOIN user_roles r ON r.user_id = u.id AND r.role = 'van_thu'
       WHERE u.disabled_at IS NULL ORDER BY u.id`,
    )
    .all()
    .map((r) => r.id)
}
