import type { InboxBox, InboxItem } from '../../../shared/api/task-types'
import type { Clause } from '../access/scope'
import type { Actor } from '../context'
import type { Db } from '../db/open'
import { draftVisibility } from './access'
import { DRAFT_FROM } from './rows'

// The draft boxes of "Văn bản chờ xử lý". A box is a condition over the drafts the actor may
// see; its badge counts the rows it opens, with the same condition.

/** The condition of a draft box, or null when the box is not a draft box or not the actor's. */
function boxWhere(actor: Actor, box: InboxBox): Clause | null {
  if (actor.kind !== 'user') {
    return null
  }
  const me = actor.user.id
  const clerk = actor.user.roles.includes('van_thu')
  switch (box) {
    case 'du_thao_cho_toi':
      return { sql: "dr.assignee_id = ? AND dr.status IN ('cho_duyet', 'cho_ky')", params: [me] }
    case 'du_thao_tra_lai':
      return { sql: "dr.drafter_id = ? AND dr.status = 'tra_lai'", params: [me] }
    case 'cho_the_thuc':
      return clerk ? { sql: "dr.status = 'cho_the_thuc'", params: [] } : null
    case 'cho_ban_hanh':
      return clerk ? { sql: "dr.status = 'da_ky'", params: [] } : null
    default:
      return null
  }
}

function condition(db: Db, actor: Actor, box: InboxBox): Clause | null {
  const where = boxWhere(actor, box)
  if (!where) {
    return null
  }
  const v = draftVisibility(db, actor)
  return { sql: `${where.sql} AND ${v.sql}`, params: [...where.params, ...v.params] }
}

export function draftBoxCount(db: Db, actor: Actor, box: InboxBox): number {
  const c = condition(db, actor, box)
  return c
    ? (db
        .prepare<unknown[], { n: number }>(`SELECT COUNT(*) AS n FROM drafts dr WHERE ${c.sql}`)
        .get(...c.params)?.n ?? 0)
    : 0
}

export function draftBoxItems(db: Db, actor: Actor, box: InboxBox, limit: number): InboxItem[] {
  const c = condition(db, actor, box)
  if (!c) {
    return []
  }
  return db
    .prepare<
      unknown[],
      {
        id: number
        trich_yeu: string
        loai_name: string
        unit_name: string
        version: number
        updated_at: string
        do_khan: string
      }
    >(
      `SELECT dr.id, dr.trich_yeu, t.name AS loai_name, un.name AS unit_name, dr.version,
              dr.updated_at, dr.do_khan
       ${DRAFT_FROM} WHERE ${c.sql} ORDER BY dr.updated_at DESC, dr.id DESC LIMIT ?`,
    )
    .all(...c.params, limit)
    .map((d) => ({
      box,
      documentId: null,
      taskId: null,
      draftId: d.id,
      title: d.trich_yeu,
      subtitle: `${d.loai_name} · ${d.unit_name} · phiên bản ${d.version}`,
      at: d.updated_at,
      deadline: null,
      bucket: null,
      doKhan: d.do_khan,
    }))
}
