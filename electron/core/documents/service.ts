import { vietnamDay } from '../../../shared/calendar/iso-date'
import type { DocumentDetail } from '../../../shared/api/document-types'
import { upsertIssuer } from '../catalog/issuers'
import { actorUserId, type Actor, type AuditRecord, type CoreDeps } from '../context'
import { CoreError, notFound } from '../errors'
import { getRegister, takeNumber } from '../registers/repo'
import { getFile } from '../files/repo'
import { getDetail } from './detail'
import { displaySoKyHieu, duplicateKey, foldKey, sortKey } from './keys'
import {
  findDuplicates,
  insertDocument,
  replaceFiles,
  updateDocument,
  type DerivedColumns,
  type DocumentFields,
} from './repo'

export type FileRef = Readonly<{ sha256: string; name: string }>

type Loose<T> = { [K in keyof T]?: T[K] | undefined }

/** Fields as the contract parses them: optional ones may be missing. */
export type RegisterIncoming = Readonly<
  Loose<DocumentFields> &
    Pick<DocumentFields, 'loaiVanBan' | 'trichYeu' | 'doKhan' | 'doMat'> & {
      registerId: number
      files: readonly FileRef[]
      intakeId?: number | null | undefined
      acceptDuplicate: boolean
    }
>

function completeFields(input: RegisterIncoming, ngayDen: string): DocumentFields {
  return {
    ngayDen,
    so: input.so ?? null,
    kyHieu: input.kyHieu ?? null,
    ngayBanHanh: input.ngayBanHanh ?? null,
    coQuanBanHanh: input.coQuanBanHanh ?? null,
    loaiVanBan: input.loaiVanBan,
    trichYeu: input.trichYeu,
    nguoiKy: input.nguoiKy ?? null,
    chucVuNguoiKy: input.chucVuNguoiKy ?? null,
    soTrang: input.soTrang ?? null,
    doKhan: input.doKhan,
    doMat: input.doMat,
    hanXuLy: input.hanXuLy ?? null,
    donViNhanId: input.donViNhanId ?? null,
    nguoiNhanId: input.nguoiNhanId ?? null,
    noiNhan: input.noiNhan ?? null,
    phuongThuc: input.phuongThuc ?? null,
    ghiChu: input.ghiChu ?? null,
  }
}

export type WriteOptions = Readonly<{
  audit: (entry: AuditRecord) => void
  externalId?: string | null
  body?: string | null
}>

/** Today in Vietnam: the date a clerk writes on the stamp. */
export const vietnamToday = vietnamDay

function checkFields(deps: CoreDeps, f: DocumentFields): void {
  const fields: Record<string, string> = {}
  if (f.ngayDen && f.ngayDen > vietnamToday(deps.clock())) {
    fields.ngayDen = 'Ngày đến không thể sau hôm nay'
  }
  if (f.ngayDen && f.ngayBanHanh && f.ngayBanHanh > f.ngayDen) {
    fields.ngayBanHanh = 'Ngày ban hành không thể sau ngày đến'
  }
  if (f.ngayDen && f.hanXuLy && f.hanXuLy < f.ngayDen) {
    fields.hanXuLy = 'Hạn xử lý không thể trước ngày đến'
  }
  const type = deps.db
    .prepare('SELECT 1 FROM document_types WHERE code = ? AND disabled_at IS NULL')
    .get(f.loaiVanBan)
  if (!type) {
    fields.loaiVanBan = 'Loại văn bản không có trong danh mục'
  }
  if (
    f.donViNhanId !== null &&
    !deps.db.prepare('SELECT 1 FROM units WHERE id = ? AND disabled_at IS NULL').get(f.donViNhanId)
  ) {
    fields.donViNhanId = 'Đơn vị nhận không tồn tại hoặc đã ngừng hoạt động'
  }
  if (
    f.nguoiNhanId !== null &&
    !deps.db.prepare('SELECT 1 FROM users WHERE id = ? AND disabled_at IS NULL').get(f.nguoiNhanId)
  ) {
    fields.nguoiNhanId = 'Người nhận không tồn tại hoặc đã bị khóa'
  }
  const first = Object.values(fields)[0]
  if (first) {
    throw new CoreError('VALIDATION', first, { fields })
  }
}

function checkFiles(deps: CoreDeps, files: readonly FileRef[]): void {
  for (const f of files) {
    if (!getFile(deps.db, f.sha256, f.name)) {
      throw new CoreError('VALIDATION', `Tệp "${f.name}" chưa được tải lên`, {
        fields: { files: 'Tệp đính kèm chưa được tải lên' },
      })
    }
  }
}

function derive(deps: CoreDeps, f: DocumentFields): DerivedColumns {
  const now = deps.clock().toISOString()
  return {
    soKyHieu: displaySoKyHieu(f.so, f.kyHieu),
    dupKey: duplicateKey(f.so, f.kyHieu, f.coQuanBanHanh, f.ngayBanHanh),
    issuerId: f.coQuanBanHanh ? upsertIssuer(deps.db, f.coQuanBanHanh, now) : null,
    coQuanFold: foldKey(f.coQuanBanHanh),
    coQuanSort: sortKey(f.coQuanBanHanh),
    trichYeuSort: sortKey(f.trichYeu) ?? '',
  }
}

/**
 * Registers an incoming document: checks, duplicate guard, the next số đến of the register
 * for the year of ngày đến, the row, its files, the intake item, the audit, all in one
 * IMMEDIATE transaction. A refusal changes nothing.
 */
export function registerIncoming(
  deps: CoreDeps,
  actor: Actor,
  input: RegisterIncoming,
  opts: WriteOptions,
): DocumentDetail {
  const register = getRegister(deps.db, input.registerId)
  if (!register || register.direction !== 'in') {
    throw new CoreError('VALIDATION', 'Chọn một sổ văn bản đến', {
      fields: { registerId: 'Chọn một sổ văn bản đến' },
    })
  }
  if (register.disabled) {
    throw new CoreError('VALIDATION', `Sổ "${register.name}" đã ngừng sử dụng`, {
      fields: { registerId: 'Sổ đã ngừng sử dụng' },
    })
  }
  const ngayDen = input.ngayDen ?? vietnamToday(deps.clock())
  const fields = completeFields(input, ngayDen)
  checkFields(deps, fields)
  checkFiles(deps, input.files)
  const id = deps.db
    .transaction((): number => {
      const matches = findDuplicates(
        deps.db,
        'in',
        duplicateKey(fields.so, fields.kyHieu, fields.coQuanBanHanh, fields.ngayBanHanh),
        input.files.map((f) => f.sha256),
      )
      if (matches.length > 0 && !input.acceptDuplicate) {
        throw new CoreError('DUPLICATE', 'Văn bản này có thể đã được vào sổ', {
          details: { matches },
        })
      }
      const now = deps.clock().toISOString()
      const year = Number(ngayDen.slice(0, 4))
      const docId = insertDocument(
        deps.db,
        {
          direction: 'in',
          registerId: register.id,
          year,
          number: takeNumber(deps.db, register.id, year),
          fields,
          derived: derive(deps, fields),
          body: opts.body ?? null,
          status: 'cho_xu_ly',
          externalId: opts.externalId ?? null,
          createdBy: actorUserId(actor),
        },
        now,
      )
      replaceFiles(deps.db, docId, input.files)
      if (input.intakeId !== null && input.intakeId !== undefined) {
        const taken = deps.db
          .prepare(
            "UPDATE intake SET status = 'registered', document_id = ? WHERE id = ? AND status = 'waiting'",
          )
          .run(docId, input.intakeId)
        if (taken.changes !== 1) {
          throw new CoreError('CONFLICT', 'Văn bản chờ vào sổ này đã được xử lý bởi người khác')
        }
      }
      opts.audit({
        recordType: 'document',
        recordId: docId,
        detail: { after: { ...fields, files: input.files } },
      })
      return docId
    })
    .immediate()
  const detail = getDetail(deps.db, id, actor)
  if (!detail) {
    throw notFound('văn bản vừa vào sổ')
  }
  return detail
}

export type UpdateIncoming = Readonly<
  Loose<DocumentFields> & { id: number; files?: readonly FileRef[] | undefined }
>

/** Edits an incoming document's fields (never its số đến); the history keeps before and after. */
export function updateIncoming(
  deps: CoreDeps,
  input: UpdateIncoming,
  opts: WriteOptions,
): DocumentDetail {
  const before = getDetail(deps.db, input.id)
  if (!before || before.direction !== 'in') {
    throw notFound('văn bản đến')
  }
  const { id, files, ...patch } = input
  const current: DocumentFields = {
    ngayDen: before.ngayDen,
    so: before.so,
    kyHieu: before.kyHieu,
    ngayBanHanh: before.ngayBanHanh,
    coQuanBanHanh: before.coQuanBanHanh,
    loaiVanBan: before.loaiVanBanCode,
    trichYeu: before.trichYeu,
    nguoiKy: before.nguoiKy,
    chucVuNguoiKy: before.chucVuNguoiKy,
    soTrang: before.soTrang,
    doKhan: before.doKhan,
    doMat: before.doMat,
    hanXuLy: before.hanXuLy,
    donViNhanId: before.donViNhanId,
    nguoiNhanId: before.nguoiNhanId,
    noiNhan: before.noiNhan,
    phuongThuc: before.phuongThuc,
    ghiChu: before.ghiChu,
  }
  const next: DocumentFields = {
    ...current,
    ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)),
  }
  if (next.ngayDen && next.ngayDen.slice(0, 4) !== String(before.year)) {
    throw new CoreError('VALIDATION', 'Ngày đến phải thuộc năm của số đến đã cấp', {
      fields: { ngayDen: `Ngày đến phải trong năm ${before.year}` },
    })
  }
  checkFields(deps, next)
  if (files) {
    checkFiles(deps, files)
  }
  deps.db
    .transaction(() => {
      updateDocument(deps.db, id, next, derive(deps, next), deps.clock().toISOString())
      if (files) {
        replaceFiles(deps.db, id, files)
      }
      const changes: Record<string, [unknown, unknown]> = {}
      for (const key of Object.keys(next) as (keyof DocumentFields)[]) {
        if (current[key] !== next[key]) {
          changes[key] = [current[key], next[key]]
        }
      }
      const names = (fs: readonly { sha256: string; name: string }[]): string =>
        fs.map((f) => `${f.sha256}:${f.name}`).join('|')
      if (files && names(files) !== names(before.files)) {
        changes.files = [before.files.map((f) => f.name), files.map((f) => f.name)]
      }
      opts.audit({ recordType: 'document', recordId: id, detail: { changes } })
    })
    .immediate()
  const after = getDetail(deps.db, id)
  if (!after) {
    throw notFound('văn bản')
  }
  return after
}
