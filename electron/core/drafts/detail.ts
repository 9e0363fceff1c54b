import type { StoredFile } from '../../../shared/api/document-types'
import type {
  DraftAction,
  DraftDetail,
  DraftStatus,
  DraftStep,
  DraftVersion,
  PersonRef,
  PlannedRecipient,
} from '../../../shared/api/outgoing-types'
import type { Actor } from '../context'
import type { Db } from '../db/open'
import { notFound } from '../errors'
import { visibleDraft } from './access'
import { parseRecipients } from './repo'
import { DRAFT_SELECT, toDraftRow, type JoinedDraft } from './rows'
import { actionsFor } from './rules'

// A draft as its screen shows it: the row, planned recipients, every version with its files,
// the history, and the buttons the caller may press (from the same rules the writes check).

export function getDraftDetail(db: Db, actor: Actor, id: number): DraftDetail {
  const raw = visibleDraft(db, actor, id)
  const joined = db.prepare<[number], JoinedDraft>(`${DRAFT_SELECT} WHERE dr.id = ?`).get(id)
  if (!joined) {
    throw notFound('dự thảo')
  }
  const versions = versionsOf(db, id)
  return {
    ...toDraftRow(joined),
    recipients: recipientsOf(db, raw.recipients_json),
    soLuongBan: raw.so_luong_ban,
    ghiChu: raw.ghi_chu,
    files: versions.find((v) => v.version === raw.version)?.files ?? [],
    versions,
    steps: stepsOf(db, id),
    actions: actionsFor(actor, raw),
  }
}

function recipientsOf(db: Db, json: string): PlannedRecipient[] {
  const unit = db.prepare<[number], { name: string }>('SELECT name FROM units WHERE id = ?')
  return parseRecipients(json).map((r) =>
    r.kind === 'unit'
      ? { kind: 'unit', unitId: r.unitId, name: unit.get(r.unitId)?.name ?? `#${r.unitId}` }
      : { kind: 'outside', name: r.name },
  )
}

type FileJoin = {
  version: number
  sha256: string
  name: string
  size: number
  mime: string
  pages: number | null
  text_status: StoredFile['textStatus']
}

function versionsOf(db: Db, id: number): DraftVersion[] {
  const files = db
    .prepare<[number], FileJoin>(
      `SELECT df.version, f.sha256, df.name, f.size, f.mime, f.pages, f.text_status
       FROM draft_files df JOIN files f ON f.sha256 = df.sha256
       WHERE df.draft_id = ? ORDER BY df.version, df.position`,
    )
    .all(id)
  return db
    .prepare<
      [number],
      {
        version: number
        created_at: string
        created_by: number
        full_name: string
        position: string
      }
    >(
      `SELECT v.version, v.created_at, v.created_by, u.full_name, u.position
       FROM draft_versions v JOIN users u ON u.id = v.created_by
       WHERE v.draft_id = ? ORDER BY v.version`,
    )
    .all(id)
    .map((v) => ({
      version: v.version,
      at: v.created_at,
      by: { id: v.created_by, name: v.full_name, position: v.position },
      files: files
        .filter((f) => f.version === v.version)
        .map((f) => ({
          sha256: f.sha256,
          name: f.name,
          size: f.size,
          mime: f.mime,
          pages: f.pages,
          textStatus: f.text_status,
        })),
    }))
}

function stepsOf(db: Db, id: number): DraftStep[] {
  const people = new Map<number, PersonRef>()
  const personOf = db.prepare<[number], { full_name: string; position: string }>(
    'SELECT full_name, position FROM users WHERE id = ?',
  )
  const ref = (userId: number): PersonRef => {
    let p = people.get(userId)
    if (!p) {
      const u = personOf.get(userId)
      p = { id: userId, name: u?.full_name ?? `#${userId}`, position: u?.position ?? '' }
      people.set(userId, p)
    }
    return p
  }
  return db
    .prepare<
      [number],
      {
        id: number
        action: DraftAction
        actor_id: number
        at: string
        comment: string | null
        version: number
        from_status: DraftStatus | null
        to_status: DraftStatus
        to_user_id: number | null
      }
    >('SELECT * FROM draft_steps WHERE draft_id = ? ORDER BY id')
    .all(id)
    .map((s) => ({
      id: s.id,
      action: s.action,
      actor: ref(s.actor_id),
      at: s.at,
      comment: s.comment,
      version: s.version,
      fromStatus: s.from_status,
      toStatus: s.to_status,
      to: s.to_user_id === null ? null : ref(s.to_user_id),
    }))
}
