import type { DocumentPage } from '../../../shared/api/document-types'
import type { ParsedInput } from '../../../shared/api/contract'
import { cleanSpaces, fold } from '../../../shared/text/normalize'
import type { Actor } from '../context'
import type { Db } from '../db/open'
import { visibility } from './access'
import { ROW_SELECT, toRow, type RawRow } from './repo'

type ListInput = ParsedInput<'documents.list'>

// Sort columns: Vietnamese order comes from the stored collation keys, numbers stay numbers.
const ORDER: Readonly<Record<ListInput['sort']['field'], string>> = {
  soDen: 'd.year %s, d.number %s',
  ngayDen: 'd.ngay_den %s, d.number %s',
  ngayBanHanh: 'd.ngay_ban_hanh %s, d.id %s',
  coQuanBanHanh: 'd.co_quan_sort %s, d.id %s',
  trichYeu: 'd.trich_yeu_sort %s, d.id %s',
  soKyHieu: 'd.dup_key %s, d.id %s',
  hanXuLy: 'd.han_xu_ly %s, d.id %s',
}

/**
 * A page of the register, filtered and sorted in SQL (indexes, never a scan in JavaScript),
 * with the total of what the actor may see: the counter never counts what is hidden.
 */
export function listDocuments(db: Db, actor: Actor, q: ListInput): DocumentPage {
  const v = visibility(db, actor)
  const where = ['d.direction = ?', v.sql]
  const params: unknown[] = [q.direction, ...v.params]
  const add = (sql: string, value: unknown): void => {
    where.push(sql)
    params.push(value)
  }
  if (q.year !== undefined) {
    add('d.year = ?', q.year)
  }
  if (q.registerId !== undefined) {
    add('d.register_id = ?', q.registerId)
  }
  if (q.loaiVanBan) {
    add('d.loai_van_ban = ?', q.loaiVanBan)
  }
  if (q.coQuanBanHanh) {
    // Through the small issuers directory, then the issuer index: no scan of the documents.
    const pattern = `%${cleanSpaces(fold(q.coQuanBanHanh)).replace(/[\\%_]/g, (c) => `\\${c}`)}%`
    add("d.issuer_id IN (SELECT id FROM issuers WHERE name_key LIKE ? ESCAPE '\\')", pattern)
  }
  if (q.doKhan) {
    add('d.do_khan = ?', q.doKhan)
  }
  const dateColumn = q.direction === 'in' ? 'd.ngay_den' : 'd.ngay_ban_hanh'
  if (q.from) {
    add(`${dateColumn} >= ?`, q.from)
  }
  if (q.to) {
    add(`${dateColumn} <= ?`, q.to)
  }
  if (q.status) {
    add('d.status = ?', q.status)
  }
  const whereSql = where.join(' AND ')
  const total =
    db
      .prepare<unknown[], { n: number }>(`SELECT COUNT(*) AS n FROM documents d WHERE ${whereSql}`)
      .get(...params)?.n ?? 0
  const dir = q.sort.order === 'asc' ? 'ASC' : 'DESC'
  const order = ORDER[q.sort.field].replaceAll('%s', dir)
  const rows = db
    .prepare<unknown[], RawRow>(
      `${ROW_SELECT} WHERE ${whereSql} ORDER BY ${order} LIMIT ? OFFSET ?`,
    )
    .all(...params, q.limit, q.offset)
  return { total, offset: q.offset, rows: rows.map(toRow) }
}
