import type {
  Direction,
  DocumentRow,
  DuplicateMatch,
  StoredFile,
} from '../../../shared/api/document-types'
import type { DoKhan, DoMat, PhuongThucNhan } from '../../../shared/domain/levels'
import type { Db } from '../db/open'

/** The columns a clerk fills (DOMAIN §1.9), as stored. */
export type DocumentFields = {
  ngayDen: string | null
  so: string | null
  kyHieu: string | null
  ngayBanHanh: string | null
  coQuanBanHanh: string | null
  loaiVanBan: string
  trichYeu: string
  nguoiKy: string | null
  chucVuNguoiKy: string | null
  soTrang: number | null
  doKhan: DoKhan
  doMat: DoMat
  hanXuLy: string | null
  donViNhanId: number | null
  nguoiNhanId: number | null
  noiNhan: string | null
  phuongThuc: PhuongThucNhan | null
  ghiChu: string | null
}

/** Columns computed from the fields: kept in step by the service on every write. */
export type DerivedColumns = {
  soKyHieu: string
  dupKey: string | null
  issuerId: number | null
  coQuanFold: string | null
  coQuanSort: string | null
  trichYeuSort: string
}

const ROW_SELECT = `
  SELECT d.id, d.direction, d.register_id, d.year, d.number, d.ngay_den, d.so_ky_hieu, d.so, d.ky_hieu,
         d.ngay_ban_hanh, d.co_quan_ban_hanh, t.name AS loai_name, d.loai_van_ban, d.trich_yeu,
         d.do_khan, d.do_mat, d.han_xu_ly, un.name AS don_vi_nhan, us.full_name AS nguoi_nhan, d.status,
         (SELECT COUNT(*) FROM document_files f WHERE f.document_id = d.id) AS file_count,
         d.nguoi_ky AS row_nguoi_ky, d.noi_nhan AS row_noi_nhan
  FROM documents d
  JOIN document_types t ON t.code = d.loai_van_ban
  LEFT JOIN units un ON un.id = d.don_vi_nhan_id
  LEFT JOIN users us ON us.id = d.nguoi_nhan_id`

export type RawRow = {
  id: number
  direction: Direction
  register_id: number
  year: number
  number: number
  ngay_den: string | null
  so_ky_hieu: string
  so: string | null
  ky_hieu: string | null
  ngay_ban_hanh: string | null
  co_quan_ban_hanh: string | null
  loai_name: string
  loai_van_ban: string
  trich_yeu: string
  do_khan: DoKhan
  do_mat: DoMat
  han_xu_ly: string | null
  don_vi_nhan: string | null
  nguoi_nhan: string | null
  status: string
  file_count: number
  row_nguoi_ky: string | null
  row_noi_nhan: string | null
}

export const toRow = (r: RawRow): DocumentRow => ({
  id: r.id,
  direction: r.direction,
  registerId: r.register_id,
  year: r.year,
  soDen: r.direction === 'in' ? r.number : null,
  ngayDen: r.ngay_den,
  soKyHieu: r.so_ky_hieu,
  so: r.so,
  kyHieu: r.ky_hieu,
  ngayBanHanh: r.ngay_ban_hanh,
  coQuanBanHanh: r.co_quan_ban_hanh,
  loaiVanBan: r.loai_name,
  loaiVanBanCode: r.loai_van_ban,
  trichYeu: r.trich_yeu,
  doKhan: r.do_khan,
  doMat: r.do_mat,
  hanXuLy: r.han_xu_ly,
  donViNhan: r.don_vi_nhan,
  nguoiNhan: r.nguoi_nhan,
  nguoiKy: r.row_nguoi_ky,
  noiNhan: r.row_noi_nhan,
  status: r.status,
  fileCount: r.file_count,
})

export { ROW_SELECT }

const columnValues = (f: DocumentFields, k: DerivedColumns): Record<string, unknown> => ({
  ngay_den: f.ngayDen,
  so: f.so,
  ky_hieu: f.kyHieu,
  so_ky_hieu: k.soKyHieu,
  dup_key: k.dupKey,
  ngay_ban_hanh: f.ngayBanHanh,
  issuer_id: k.issuerId,
  co_quan_ban_hanh: f.coQuanBanHanh,
  co_quan_fold: k.coQuanFold,
  co_quan_sort: k.coQuanSort,
  loai_van_ban: f.loaiVanBan,
  trich_yeu: f.trichYeu,
  trich_yeu_sort: k.trichYeuSort,
  nguoi_ky: f.nguoiKy,
  chuc_vu_nguoi_ky: f.chucVuNguoiKy,
  so_trang: f.soTrang,
  do_khan: f.doKhan,
  do_mat: f.doMat,
  han_xu_ly: f.hanXuLy,
  don_vi_nhan_id: f.donViNhanId,
  nguoi_nhan_id: f.nguoiNhanId,
  noi_nhan: f.noiNhan,
  phuong_thuc: f.phuongThuc,
  ghi_chu: f.ghiChu,
})

export type NewDocument = Readonly<{
  direction: Direction
  registerId: number
  year: number
  number: number
  fields: DocumentFields
  derived: DerivedColumns
  body: string | null
  status: string
  externalId: string | null
  createdBy: number | null
}>

export function insertDocument(db: Db, d: NewDocument, now: string): number {
  const values = {
    direction: d.direction,
    register_id: d.registerId,
    year: d.year,
    number: d.number,
    ...columnValues(d.fields, d.derived),
    body: d.body,
    status: d.status,
    external_id: d.externalId,
    created_by: d.createdBy,
    created_at: now,
    updated_at: now,
  }
  const cols = Object.keys(values)
  return Number(
    db
      .prepare(
        `INSERT INTO documents (${cols.join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`,
      )
      .run(values).lastInsertRowid,
  )
}

export function updateDocument(
  db: Db,
  id: number,
  f: DocumentFields,
  k: DerivedColumns,
  now: string,
): void {
  const values = columnValues(f, k)
  const sets = Object.keys(values).map((c) => `${c} = @${c}`)
  db.prepare(
    `UPDATE documents SET ${sets.join(', ')}, updated_at = @updated_at WHERE id = @id`,
  ).run({
    ...values,
    updated_at: now,
    id,
  })
}

export function replaceFiles(
  db: Db,
  documentId: number,
  files: readonly { sha256: string; name: string }[],
): void {
  db.prepare('DELETE FROM document_files WHERE document_id = ?').run(documentId)
  const add = db.prepare(
    'INSERT INTO document_files (document_id, sha256, name, position) VALUES (?, ?, ?, ?)',
  )
  files.forEach((f, i) => add.run(documentId, f.sha256, f.name, i))
}

export function filesOf(db: Db, documentId: number): StoredFile[] {
  return db
    .prepare<
      [number],
      {
        sha256: string
        name: string
        size: number
        mime: string
        pages: number | null
        text_status: StoredFile['textStatus']
      }
    >(
      `SELECT f.sha256, df.name, f.size, f.mime, f.pages, f.text_status
       FROM document_files df JOIN files f ON f.sha256 = df.sha256 WHERE df.document_id = ? ORDER BY df.position`,
    )
    .all(documentId)
    .map((r) => ({
      sha256: r.sha256,
      name: r.name,
      size: r.size,
      mime: r.mime,
      pages: r.pages,
      textStatus: r.text_status,
    }))
}

type DupRow = {
  id: number
  direction: Direction
  number: number
  so_ky_hieu: string
  ngay_ban_hanh: string | null
  co_quan_ban_hanh: string | null
  trich_yeu: string
}

const toMatch = (r: DupRow, reason: DuplicateMatch['reason']): DuplicateMatch => ({
  documentId: r.id,
  direction: r.direction,
  soDen: r.direction === 'in' ? r.number : null,
  soKyHieu: r.so_ky_hieu,
  ngayBanHanh: r.ngay_ban_hanh,
  coQuanBanHanh: r.co_quan_ban_hanh,
  trichYeu: r.trich_yeu,
  reason,
})

/** Documents already registered in a direction with the same key or holding one of the files. */
export function findDuplicates(
  db: Db,
  direction: Direction,
  dupKey: string | null,
  sha256s: readonly string[],
  exceptId: number | null = null,
): DuplicateMatch[] {
  const cols =
    'd.id, d.direction, d.number, d.so_ky_hieu, d.ngay_ban_hanh, d.co_quan_ban_hanh, d.trich_yeu'
  const byKey = dupKey
    ? db
        .prepare<[string, Direction, number], DupRow>(
          `SELECT ${cols} FROM documents d WHERE d.dup_key = ? AND d.direction = ? AND d.id IS NOT ? LIMIT 10`,
        )
        .all(dupKey, direction, exceptId ?? -1)
        .map((r) => toMatch(r, 'same-number'))
    : []
  const byFile = sha256s.length
    ? db
        .prepare<unknown[], DupRow>(
          `SELECT DISTINCT ${cols} FROM documents d JOIN document_files f ON f.document_id = d.id
           WHERE f.sha256 IN (${sha256s.map(() => '?').join(', ')}) AND d.direction = ? AND d.id IS NOT ? LIMIT 10`,
        )
        .all(...sha256s, direction, exceptId ?? -1)
        .map((r) => toMatch(r, 'same-file'))
    : []
  const seen = new Set(byKey.map((m) => m.documentId))
  return [...byKey, ...byFile.filter((m) => !seen.has(m.documentId))]
}
