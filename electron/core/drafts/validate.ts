import { scopeOf, subtree } from '../access/scope'
import type { Actor } from '../context'
import type { Db } from '../db/open'
import { canSeeDocument } from '../documents/access'
import { CoreError } from '../errors'
import { getFile } from '../files/repo'
import { taskVisibility } from '../tasks/visibility'
import type { DraftColumns, FileRef, StoredRecipient } from './repo'

// Checks on what a draft names: its type, unit, recipients, files, the document it answers,
// the task it completes and the leaders it goes to. Every problem of one call is reported at
// once, field by field, so the form can mark them all.

export class Problems {
  private readonly fields: Record<string, string> = {}

  add(field: string, message: string): void {
    this.fields[field] ??= message
  }

  /** Throws one VALIDATION error naming every field in trouble; nothing has been written yet. */
  throwIfAny(): void {
    const first = Object.values(this.fields)[0]
    if (first !== undefined) {
      throw new CoreError('VALIDATION', first, { fields: this.fields })
    }
  }
}

export function checkFiles(db: Db, files: readonly FileRef[], p: Problems): void {
  const missing = files.find((f) => !getFile(db, f.sha256, f.name))
  if (missing) {
    p.add('files', `Tệp "${missing.name}" chưa được tải lên`)
  }
}

/** A lãnh đạo who can still act: reviewers and signers. */
export function isActiveLeader(db: Db, userId: number): boolean {
  return (
    db
      .prepare(
        `SELECT 1 FROM users u JOIN user_roles r ON r.user_id = u.id AND r.role = 'lanh_dao'
         WHERE u.id = ? AND u.disabled_at IS NULL`,
      )
      .get(userId) !== undefined
  )
}

export function checkLeader(
  db: Db,
  userId: number | null | undefined,
  field: string,
  p: Problems,
): void {
  if (userId !== null && userId !== undefined && !isActiveLeader(db, userId)) {
    p.add(field, 'Người được chọn không phải lãnh đạo đang làm việc')
  }
}

/** Keeps each unit and each outside body once, in the order given; unknown units are refused. */
function checkRecipients(
  db: Db,
  recipients: readonly StoredRecipient[],
  p: Problems,
): StoredRecipient[] {
  const unit = db.prepare('SELECT 1 FROM units WHERE id = ?')
  const seen = new Set<string>()
  const kept: StoredRecipient[] = []
  for (const r of recipients) {
    const key = r.kind === 'unit' ? `u${r.unitId}` : `o${r.name.toLocaleLowerCase('vi')}`
    if (seen.has(key)) {
      continue
    }
    seen.add(key)
    if (r.kind === 'unit' && !unit.get(r.unitId)) {
      p.add('recipients', 'Nơi nhận có đơn vị không tồn tại')
    }
    kept.push(r.kind === 'unit' ? { kind: 'unit', unitId: r.unitId } : r)
  }
  return kept
}

/**
 * Checks the columns a draft is about to be written with; returns them with the recipients
 * cleaned. `changed` limits the checks on links to those the call changes, so a draft whose
 * answered document later became hidden can still be edited.
 */
export function checkColumns(
  db: Db,
  actor: Actor,
  c: DraftColumns,
  p: Problems,
  changed: ReadonlySet<keyof DraftColumns> | 'all' = 'all',
): DraftColumns {
  const touched = (k: keyof DraftColumns): boolean => changed === 'all' || changed.has(k)
  if (touched('loaiVanBan')) {
    const type = db
      .prepare('SELECT 1 FROM document_types WHERE code = ? AND disabled_at IS NULL')
      .get(c.loaiVanBan)
    if (!type) {
      p.add('loaiVanBan', 'Loại văn bản không có hoặc đã ngừng sử dụng')
    }
  }
  if (touched('draftingUnitId')) {
    checkDraftingUnit(db, actor, c.draftingUnitId, p)
  }
  const recipients = touched('recipients') ? checkRecipients(db, c.recipients, p) : c.recipients
  if (touched('replyToDocumentId') && c.replyToDocumentId !== null) {
    const doc = db
      .prepare<[number], { direction: string }>('SELECT direction FROM documents WHERE id = ?')
      .get(c.replyToDocumentId)
    if (doc?.direction !== 'in' || !canSeeDocument(db, actor, c.replyToDocumentId)) {
      p.add('replyToDocumentId', 'Chọn một văn bản đến mà bạn được xem')
    }
  }
  if (touched('taskId') && c.taskId !== null) {
    const v = taskVisibility(scopeOf(db, actor))
    const task = db
      .prepare<unknown[], { one: number }>(
        `SELECT 1 AS one FROM tasks t WHERE t.id = ? AND ${v.sql}`,
      )
      .get(c.taskId, ...v.params)
    if (!task) {
      p.add('taskId', 'Chọn một nhiệm vụ mà bạn được xem')
    }
  }
  if (touched('signerId')) {
    checkLeader(db, c.signerId, 'signerId', p)
  }
  return { ...c, recipients }
}

function checkDraftingUnit(db: Db, actor: Actor, unitId: number, p: Problems): void {
  const unit = db.prepare('SELECT 1 FROM units WHERE id = ? AND disabled_at IS NULL').get(unitId)
  if (!unit) {
    p.add('draftingUnitId', 'Đơn vị soạn thảo không có hoặc đã ngừng hoạt động')
    return
  }
  // A specialist drafts for their own unit (or one above it); leaders and clerks for any.
  if (
    actor.kind === 'user' &&
    !actor.user.roles.includes('lanh_dao') &&
    !actor.user.roles.includes('van_thu') &&
    !subtree(db, unitId).includes(actor.user.unitId)
  ) {
    p.add('draftingUnitId', 'Bạn chỉ soạn thảo cho đơn vị của mình')
  }
}
