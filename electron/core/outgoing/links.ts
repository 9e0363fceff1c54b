import { formatVietnamese } from '../../../shared/calendar/iso-date'
import type { DocumentLink, LinkKind } from '../../../shared/api/outgoing-types'
import type { Actor } from '../context'
import type { Db } from '../db/open'
import { visibility } from '../documents/access'

// Links between documents, stored once (from → to) and read from both ends: a reply and the
// document it answers, a replacement and what it replaces, a correction, a recall.

export function addLink(
  db: Db,
  fromId: number,
  toId: number,
  kind: LinkKind,
  now: string,
  by: number | null,
): void {
  db.prepare(
    `INSERT OR IGNORE INTO document_links (from_id, to_id, kind, created_at, created_by) VALUES (?, ?, ?, ?, ?)`,
  ).run(fromId, toId, kind, now, by)
}

const WORDS: Readonly<Record<LinkKind, readonly [outbound: string, inbound: string]>> = {
  tra_loi: ['Trả lời văn bản', 'Đã được trả lời bằng văn bản'],
  thay_the: ['Thay thế văn bản', 'Đã bị thay thế bởi văn bản'],
  dinh_chinh: ['Đính chính văn bản', 'Đã được đính chính bởi văn bản'],
  thu_hoi: ['Thu hồi văn bản', 'Đã bị thu hồi bởi văn bản'],
}

type Row = {
  kind: LinkKind
  outbound: number
  id: number
  direction: 'in' | 'out'
  so_ky_hieu: string
  ngay_ban_hanh: string | null
  trich_yeu: string
}

/** The document's links, both ways, to documents the actor may see (nothing hidden leaks). */
export function linksOf(db: Db, actor: Actor, documentId: number): DocumentLink[] {
  const v = visibility(db, actor)
  return db
    .prepare<unknown[], Row>(
      `SELECT l.kind, l.outbound, d.id, d.direction, d.so_ky_hieu, d.ngay_ban_hanh, d.trich_yeu
       FROM (SELECT kind, 1 AS outbound, to_id AS other, created_at FROM document_links WHERE from_id = ?
             UNION ALL
             SELECT kind, 0 AS outbound, from_id AS other, created_at FROM document_links WHERE to_id = ?) l
       JOIN documents d ON d.id = l.other
       WHERE ${v.sql} ORDER BY l.created_at, d.id`,
    )
    .all(documentId, documentId, ...v.params)
    .map((r) => {
      const words = WORDS[r.kind][r.outbound ? 0 : 1]
      const date = r.ngay_ban_hanh ? ` ngày ${formatVietnamese(r.ngay_ban_hanh)}` : ''
      return {
        kind: r.kind,
        outbound: r.outbound === 1,
        label: `${words} số ${r.so_ky_hieu}${date}`,
        documentId: r.id,
        direction: r.direction,
        soKyHieu: r.so_ky_hieu,
        ngayBanHanh: r.ngay_ban_hanh,
        trichYeu: r.trich_yeu,
      }
    })
}
