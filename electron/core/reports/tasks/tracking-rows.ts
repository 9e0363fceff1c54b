import { formatSo } from '../../../../shared/text/doc-number'
import { inList, scopeOf } from '../../access/scope'
import type { Actor } from '../../context'
import type { Db } from '../../db/open'
import { visibility, type Clause } from '../../documents/access'
import { Parties } from '../../tasks/parties'
import { selectTasks, type JudgedTask } from '../../tasks/query'
import { judgeAt } from '../../tasks/rows'
import { taskSettings } from '../../tasks/settings'
import type { RegisterRow } from '../register-types'
import { ddmmyyyy } from './report-table'

type DocRow = {
  id: number
  number: number
  loai: string
  so_ky_hieu: string
  ngay_ban_hanh: string | null
  co_quan_ban_hanh: string | null
  don_vi: string | null
  nguoi: string | null
  han_xu_ly: string | null
  status: string
  ghi_chu: string | null
}

/** A document's standing in words while no task of it is in sight (DOMAIN §1.7). */
const statusWords: Readonly<Record<string, string>> = {
  cho_xu_ly: 'Chờ trình',
  cho_chi_dao: 'Chờ ý kiến chỉ đạo',
  da_chi_dao: 'Đã chỉ đạo để biết',
  dang_giai_quyet: 'Đang giải quyết',
  da_giai_quyet: 'Đã giải quyết',
}

/** "Công văn số 45/BC-STC ngày 27/02/2026 của Sở Tài chính". */
function documentText(d: DocRow): string {
  return [
    d.loai,
    `số ${d.so_ky_hieu}`,
    d.ngay_ban_hanh ? `ngày ${ddmmyyyy(d.ngay_ban_hanh)}` : '',
    d.co_quan_ban_hanh ? `của ${d.co_quan_ban_hanh}` : '',
  ]
    .filter((s) => s !== '')
    .join(' ')
}

/** "Đã hoàn thành ngày 06/03/2026 (đúng hạn)", "Đang giải quyết, 50% (quá hạn 3 ngày)". */
export function progressText(t: JudgedTask): string {
  const late = `quá hạn ${t.daysLate} ngày`
  switch (t.bucket) {
    case 'hoan_thanh_dung_han':
      return `Đã hoàn thành ngày ${ddmmyyyy(t.completed_on ?? '')} (đúng hạn)`
    case 'hoan_thanh_qua_han':
      return `Đã hoàn thành ngày ${ddmmyyyy(t.completed_on ?? '')} (${late})`
    case 'trong_han':
      return `Đang giải quyết, ${t.percent}% (trong hạn)`
    case 'qua_han':
      return `Đang giải quyết, ${t.percent}% (${late})`
  }
}

/** The supporting parties of each task, named, in the order they were given. */
function supportNames(db: Db, taskIds: readonly number[], parties: Parties): Map<number, string[]> {
  const names = new Map<number, string[]>()
  if (taskIds.length === 0) {
    return names
  }
  const rows = db
    .prepare<[string], { task_id: number; unit_id: number | null; user_id: number | null }>(
      `SELECT task_id, unit_id, user_id FROM task_members
       WHERE role = 'phoi_hop' AND ${inList('task_id')} ORDER BY rowid`,
    )
    .all(JSON.stringify(taskIds))
  for (const r of rows) {
    const name = parties.of({ unitId: r.unit_id, userId: r.user_id }).name
    names.set(r.task_id, [...(names.get(r.task_id) ?? []), name])
  }
  return names
}

/**
 * "12/UBND-TH ngày 25/11/2026; …": the outgoing documents the actor may see that answer each
 * document (document_links 'tra_loi', from the reply to the answered one), in number order.
 */
function replyTexts(db: Db, v: Clause, documentIds: readonly number[]): Map<number, string> {
  const texts = new Map<number, string[]>()
  const rows = db
    .prepare<unknown[], { to_id: number; so_ky_hieu: string; ngay_ban_hanh: string | null }>(
      `SELECT l.to_id, d.so_ky_hieu, d.ngay_ban_hanh
       FROM document_links l JOIN documents d ON d.id = l.from_id
       WHERE l.kind = 'tra_loi' AND ${inList('l.to_id')} AND ${v.sql}
       ORDER BY d.year, d.number`,
    )
    .all(JSON.stringify(documentIds), ...v.params)
  for (const r of rows) {
    const text = r.ngay_ban_hanh
      ? `${r.so_ky_hieu} ngày ${ddmmyyyy(r.ngay_ban_hanh)}`
      : r.so_ky_hieu
    texts.set(r.to_id, [...(texts.get(r.to_id) ?? []), text])
  }
  return new Map([...texts].map(([id, list]) => [id, list.join('; ')]))
}

/**
 * Rows of the Sổ theo dõi giải quyết văn bản đến (DOMAIN §1.8, 7 columns): every incoming
 * document of the register received in the period that the actor may see, in số đến order,
 * with the tasks on it the actor may see, judged today, and the replies issued to it.
 */
export function trackingRows(
  db: Db,
  actor: Actor,
  q: Readonly<{ registerId: number; from: string; to: string }>,
  today: string,
): RegisterRow<'theo_doi'>[] {
  const v = visibility(db, actor)
  const docs = db
    .prepare<unknown[], DocRow>(
      `SELECT d.id, d.number, t.name AS loai, d.so_ky_hieu, d.ngay_ban_hanh, d.co_quan_ban_hanh,
              un.name AS don_vi, us.full_name AS nguoi, d.han_xu_ly, d.status, d.ghi_chu
       FROM documents d JOIN document_types t ON t.code = d.loai_van_ban
       LEFT JOIN units un ON un.id = d.don_vi_nhan_id LEFT JOIN users us ON us.id = d.nguoi_nhan_id
       WHERE d.direction = 'in' AND d.register_id = ? AND d.ngay_den BETWEEN ? AND ? AND ${v.sql}
       ORDER BY d.year, d.number`,
    )
    .all(q.registerId, q.from, q.to, ...v.params)

  // Only documents with a task at all are asked for their tasks, one indexed query each.
  const tasked = new Set(
    db
      .prepare<[string], { document_id: number }>(
        `SELECT DISTINCT document_id FROM tasks WHERE ${inList('document_id')}`,
      )
      .all(JSON.stringify(docs.map((d) => d.id)))
      .map((r) => r.document_id),
  )
  const scope = scopeOf(db, actor)
  const judge = judgeAt(db, today, taskSettings(db).dueSoonDays)
  const tasksOf = new Map<number, JudgedTask[]>()
  for (const id of tasked) {
    tasksOf.set(
      id,
      selectTasks(db, scope, { documentId: id }, judge).sort((a, b) => a.id - b.id),
    )
  }
  const replies = replyTexts(
    db,
    v,
    docs.map((d) => d.id),
  )
  const parties = new Parties(db)
  const support = supportNames(
    db,
    [...tasksOf.values()].flat().map((t) => t.id),
    parties,
  )

  return docs.map((d) => {
    const tasks = tasksOf.get(d.id) ?? []
    const base = { soDen: formatSo(d.number), vanBan: documentText(d), ghiChu: d.ghi_chu ?? '' }
    if (tasks.length === 0) {
      return {
        ...base,
        donViNhan: [d.don_vi, d.nguoi].filter(Boolean).join('; '),
        thoiHan: d.han_xu_ly ? ddmmyyyy(d.han_xu_ly) : '',
        tienDo: statusWords[d.status] ?? '',
        soKyHieuTraLoi: replies.get(d.id) ?? '',
      }
    }
    const leadOf = (t: JudgedTask): string =>
      parties.of({ unitId: t.lead_unit_id, userId: t.lead_user_id }).name
    // Several tasks on one document: one line each, in the same order in every column.
    const several = tasks.length > 1
    return {
      ...base,
      donViNhan: tasks
        .map((t) => {
          const helpers = support.get(t.id) ?? []
          return `${leadOf(t)}${helpers.length > 0 ? ` (phối hợp: ${helpers.join(', ')})` : ''}`
        })
        .join('\n'),
      thoiHan: tasks.map((t) => ddmmyyyy(t.deadline)).join('\n'),
      tienDo: tasks
        .map((t) => (several ? `${leadOf(t)}: ${progressText(t)}` : progressText(t)))
        .join('\n'),
      soKyHieuTraLoi: replies.get(d.id) ?? '',
    }
  })
}
