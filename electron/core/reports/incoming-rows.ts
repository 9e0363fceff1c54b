import { formatSo } from '../../../shared/text/doc-number'
import type { Db } from '../db/open'
import type { Clause } from '../documents/access'
import type { RegisterRow } from './register-types'

const ddmmyyyy = (iso: string | null): string =>
  iso ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : ''

/**
 * Rows of the incoming register (DOMAIN §1.8, 10 columns) for a date range, in số đến order.
 * "Ngày chuyển" and "Ký nhận" stay blank until documents are passed on (the direction issue
 * fills Ngày chuyển); on paper the receiver signs in "Ký nhận".
 */
export function incomingRegisterRows(
  db: Db,
  v: Clause,
  registerId: number,
  from: string,
  to: string,
): RegisterRow<'den'>[] {
  return db
    .prepare<
      unknown[],
      {
        ngay_den: string | null
        number: number
        co_quan_ban_hanh: string | null
        so_ky_hieu: string
        ngay_ban_hanh: string | null
        loai: string
        trich_yeu: string
        don_vi: string | null
        nguoi: string | null
        noi_nhan: string | null
        ghi_chu: string | null
      }
    >(
      `SELECT d.ngay_den, d.number, d.co_quan_ban_hanh, d.so_ky_hieu, d.ngay_ban_hanh, t.name AS loai,
              d.trich_yeu, un.name AS don_vi, us.full_name AS nguoi, d.noi_nhan, d.ghi_chu
       FROM documents d JOIN document_types t ON t.code = d.loai_van_ban
       LEFT JOIN units un ON un.id = d.don_vi_nhan_id LEFT JOIN users us ON us.id = d.nguoi_nhan_id
       WHERE d.direction = 'in' AND d.register_id = ? AND d.ngay_den BETWEEN ? AND ? AND ${v.sql}
       ORDER BY d.year, d.number`,
    )
    .all(registerId, from, to, ...v.params)
    .map((r) => ({
      ngayDen: ddmmyyyy(r.ngay_den),
      soDen: formatSo(r.number),
      tacGia: r.co_quan_ban_hanh ?? '',
      soKyHieu: r.so_ky_hieu,
      ngayVanBan: ddmmyyyy(r.ngay_ban_hanh),
      trichYeu: r.trich_yeu.toLowerCase().startsWith(r.loai.toLowerCase())
        ? r.trich_yeu
        : `${r.loai} ${r.trich_yeu}`,
      donViNhan: [r.don_vi, r.nguoi, r.noi_nhan].filter(Boolean).join('; '),
      ngayChuyen: '',
      kyNhan: '',
      ghiChu: r.ghi_chu ?? '',
    }))
}
