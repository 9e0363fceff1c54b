import { formatVietnamese } from '../../../shared/calendar/iso-date'
import { THAM_QUYEN_KY, type ThamQuyenKy } from '../../../shared/domain/levels'
import type { Db } from '../db/open'
import type { Clause } from '../documents/access'
import type { RegisterRow } from './register-types'

type Row = {
  so_ky_hieu: string
  ngay_ban_hanh: string | null
  loai: string
  trich_yeu: string
  nguoi_ky: string | null
  tham_quyen: ThamQuyenKy | null
  tham_quyen_chuc_vu: string | null
  chuc_vu_nguoi_ky: string | null
  recipients: string | null
  noi_nhan: string | null
  don_vi_luu: string | null
  so_luong_ban: number | null
  first_sent_on: string | null
  ghi_chu: string | null
  recalled: number
  replaced_by: string | null
  cap_lai: number
}

const prefixOf = new Map(THAM_QUYEN_KY.map((t) => [t.code, t.prefix]))

/**
 * "KT. Chủ tịch – Trần Thị Thu Hà": the authority and the title it is exercised for, then the
 * signer. Without an authority the signer signs in their own title ("Chánh Văn phòng – …").
 */
function signerText(r: Row): string {
  const title =
    r.tham_quyen !== null
      ? [prefixOf.get(r.tham_quyen), r.tham_quyen_chuc_vu].filter(Boolean).join(' ')
      : (r.chuc_vu_nguoi_ky ?? '')
  return [title, r.nguoi_ky ?? ''].filter((s) => s !== '').join(' – ')
}

/** The clerk's note, then what happened to the document since: recalled, replaced, re-issued number. */
function noteText(r: Row): string {
  return [
    r.ghi_chu ?? '',
    r.recalled === 1 ? 'Đã thu hồi' : '',
    r.replaced_by !== null ? `Bị thay thế bởi ${r.replaced_by}` : '',
    r.cap_lai === 1 ? 'Số cấp lại' : '',
  ]
    .filter((s) => s !== '')
    .join('; ')
}

/**
 * Rows of the outgoing register (DOMAIN §1.8, 10 columns) for a range of ngày ban hành, in the
 * register's number order. "Nơi nhận" lists the recipients in the order the document names them
 * (the free text of the document when none were recorded); "Ngày chuyển" is the first day it was
 * sent anywhere; "Ký nhận" stays blank for the handwritten signature.
 */
export function outgoingRegisterRows(
  db: Db,
  v: Clause,
  registerId: number,
  from: string,
  to: string,
): RegisterRow<'di'>[] {
  return db
    .prepare<unknown[], Row>(
      `SELECT d.so_ky_hieu, d.ngay_ban_hanh, t.name AS loai, d.trich_yeu,
              COALESCE(d.nguoi_ky, us.full_name) AS nguoi_ky, d.tham_quyen, d.tham_quyen_chuc_vu,
              COALESCE(d.chuc_vu_nguoi_ky, us.position) AS chuc_vu_nguoi_ky, d.noi_nhan,
              (SELECT group_concat(r.name, '; ' ORDER BY r.position, r.id)
                 FROM outgoing_recipients r WHERE r.document_id = d.id) AS recipients,
              (SELECT min(r.sent_on) FROM outgoing_recipients r WHERE r.document_id = d.id) AS first_sent_on,
              un.name AS don_vi_luu, d.so_luong_ban, d.ghi_chu,
              (d.status = 'thu_hoi' OR d.recalled_at IS NOT NULL) AS recalled,
              (SELECT group_concat(n.so_ky_hieu, ', ' ORDER BY n.year, n.number)
                 FROM document_links l JOIN documents n ON n.id = l.from_id
                 WHERE l.to_id = d.id AND l.kind = 'thay_the') AS replaced_by,
              EXISTS (SELECT 1 FROM number_reservations nr
                      WHERE nr.document_id = d.id AND nr.status = 'cap_lai') AS cap_lai
       FROM documents d JOIN document_types t ON t.code = d.loai_van_ban
       LEFT JOIN units un ON un.id = d.drafting_unit_id LEFT JOIN users us ON us.id = d.signer_id
       WHERE d.direction = 'out' AND d.register_id = ? AND d.ngay_ban_hanh BETWEEN ? AND ?
         AND ${v.sql}
       ORDER BY d.year, d.number`,
    )
    .all(registerId, from, to, ...v.params)
    .map((r) => ({
      soKyHieu: r.so_ky_hieu,
      ngayVanBan: r.ngay_ban_hanh ? formatVietnamese(r.ngay_ban_hanh) : '',
      trichYeu: r.trich_yeu.toLowerCase().startsWith(r.loai.toLowerCase())
        ? r.trich_yeu
        : `${r.loai} ${r.trich_yeu}`,
      nguoiKy: signerText(r),
      noiNhan: r.recipients ?? r.noi_nhan ?? '',
      donViLuu: r.don_vi_luu ?? '',
      soLuongBan: r.so_luong_ban !== null ? String(r.so_luong_ban) : '',
      ngayChuyen: r.first_sent_on ? formatVietnamese(r.first_sent_on) : '',
      kyNhan: '',
      ghiChu: noteText(r),
    }))
}
