import type { ParsedInput } from '../../../shared/api/contract'
import type { DraftDetail } from '../../../shared/api/outgoing-types'
import type { HandlerContext } from '../context'
import type { Db } from '../db/open'
import { forbidden } from '../errors'
import { visibleDraft } from './access'
import { getDraftDetail } from './detail'
import {
  addStep,
  addVersion,
  columnsOf,
  insertDraft,
  updateDraftColumns,
  versionFiles,
  type DraftColumns,
  type FileRef,
  type RawDraft,
} from './repo'
import { requireMove } from './rules'
import { checkColumns, checkFiles, Problems } from './validate'

// Writing a draft: create it (version 1) and edit it while it is with its drafter. Each write
// is one transaction with its step and its audit record; a refusal changes nothing.

export function userIdOf(ctx: HandlerContext): number {
  if (ctx.actor.kind !== 'user') {
    throw forbidden('Chỉ người dùng đã đăng nhập mới thao tác trên dự thảo')
  }
  return ctx.actor.user.id
}

/** Each file once, in the order given (a version holds a content only once). */
const distinctFiles = (files: readonly FileRef[]): FileRef[] => {
  const seen = new Set<string>()
  return files.filter((f) => {
    const first = !seen.has(f.sha256)
    seen.add(f.sha256)
    return first
  })
}

const sameFiles = (a: readonly FileRef[], b: readonly FileRef[]): boolean =>
  a.length === b.length && a.every((f, i) => f.sha256 === b[i]?.sha256 && f.name === b[i]?.name)

/**
 * Makes `files` the next version when they differ from the current one, and returns the
 * version in effect afterwards. Runs inside the caller's transaction.
 */
export function nextVersion(
  db: Db,
  raw: RawDraft,
  files: readonly FileRef[] | undefined,
  by: number,
  now: string,
): number {
  if (files === undefined) {
    return raw.version
  }
  const distinct = distinctFiles(files)
  if (sameFiles(distinct, versionFiles(db, raw.id, raw.version))) {
    return raw.version
  }
  addVersion(db, raw.id, raw.version + 1, distinct, by, now)
  return raw.version + 1
}

export function createDraft(ctx: HandlerContext, input: ParsedInput<'drafts.create'>): DraftDetail {
  const me = userIdOf(ctx)
  const p = new Problems()
  const columns = checkColumns(
    ctx.db,
    ctx.actor,
    {
      loaiVanBan: input.loaiVanBan,
      trichYeu: input.trichYeu,
      draftingUnitId: input.draftingUnitId,
      doKhan: input.doKhan,
      doMat: input.doMat,
      recipients: input.recipients,
      soLuongBan: input.soLuongBan ?? null,
      ghiChu: input.ghiChu ?? null,
      replyToDocumentId: input.replyToDocumentId ?? null,
      taskId: input.taskId ?? null,
      signerId: input.signerId ?? null,
    },
    p,
  )
  checkFiles(ctx.db, input.files, p)
  p.throwIfAny()
  const id = ctx.db.transaction((): number => {
    const now = ctx.clock().toISOString()
    const draftId = insertDraft(ctx.db, columns, me, now)
    addVersion(ctx.db, draftId, 1, distinctFiles(input.files), me, now)
    addStep(ctx.db, {
      draftId,
      action: 'tao',
      actorId: me,
      at: now,
      comment: null,
      version: 1,
      from: null,
      to: 'du_thao',
    })
    ctx.audit({ recordType: 'draft', recordId: draftId, detail: { action: 'create', ...input } })
    return draftId
  })()
  return getDraftDetail(ctx.db, ctx.actor, id)
}

/** The columns after an update: what the call gives, the stored value for what it leaves out. */
function merged(raw: RawDraft, input: ParsedInput<'drafts.update'>): DraftColumns {
  const c = columnsOf(raw)
  const keep = <T>(given: T | undefined, stored: T): T => (given === undefined ? stored : given)
  return {
    loaiVanBan: keep(input.loaiVanBan, c.loaiVanBan),
    trichYeu: keep(input.trichYeu, c.trichYeu),
    draftingUnitId: keep(input.draftingUnitId, c.draftingUnitId),
    doKhan: keep(input.doKhan, c.doKhan),
    doMat: keep(input.doMat, c.doMat),
    recipients: keep(input.recipients, c.recipients),
    soLuongBan: keep(input.soLuongBan, c.soLuongBan),
    ghiChu: keep(input.ghiChu, c.ghiChu),
    replyToDocumentId: keep(input.replyToDocumentId, c.replyToDocumentId),
    taskId: keep(input.taskId, c.taskId),
    signerId: keep(input.signerId, c.signerId),
  }
}

export function updateDraft(ctx: HandlerContext, input: ParsedInput<'drafts.update'>): DraftDetail {
  const me = userIdOf(ctx)
  const raw = visibleDraft(ctx.db, ctx.actor, input.id)
  requireMove(ctx.actor, raw, 'edit')
  const before = columnsOf(raw)
  const wanted = merged(raw, input)
  const changed = new Set(
    (Object.keys(wanted) as (keyof DraftColumns)[]).filter(
      (k) => JSON.stringify(wanted[k]) !== JSON.stringify(before[k]),
    ),
  )
  const p = new Problems()
  const columns = checkColumns(ctx.db, ctx.actor, wanted, p, changed)
  if (input.files !== undefined) {
    if (input.files.length === 0) {
      p.add('files', 'Đính kèm tệp dự thảo')
    }
    checkFiles(ctx.db, input.files, p)
  }
  p.throwIfAny()
  ctx.db.transaction(() => {
    const now = ctx.clock().toISOString()
    updateDraftColumns(ctx.db, raw.id, columns, now)
    const version = nextVersion(ctx.db, raw, input.files, me, now)
    addStep(ctx.db, {
      draftId: raw.id,
      action: 'sua',
      actorId: me,
      at: now,
      comment: null,
      version,
      from: raw.status,
      to: raw.status,
    })
    ctx.audit({ recordType: 'draft', recordId: raw.id, detail: { action: 'update', ...input } })
  })()
  return getDraftDetail(ctx.db, ctx.actor, raw.id)
}
