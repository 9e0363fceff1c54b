import type { IntakeItem } from '../../../shared/api/document-types'
import type { Db } from '../db/open'
import { findDuplicates } from '../documents/repo'
import { firstPageLinesOf, getFile } from '../files/repo'
import { suggestionFor } from '../files/suggestion'
import { CoreError } from '../errors'

type Row = {
  id: number
  sha256: string
  name: string
  source: IntakeItem['source']
  received_at: string
  received_by_name: string | null
}

/** Puts a stored file in the queue once: the same file waiting twice is one item. */
export function addIntake(
  db: Db,
  item: Readonly<{
    sha256: string
    name: string
    source: IntakeItem['source']
    userId: number | null
  }>,
  now: string,
): { id: number; added: boolean } {
  const waiting = db
    .prepare<[string], { id: number }>(
      "SELECT id FROM intake WHERE sha256 = ? AND status = 'waiting'",
    )
    .get(item.sha256)
  if (waiting) {
    return { id: waiting.id, added: false }
  }
  const id = Number(
    db
      .prepare(
        `INSERT INTO intake (sha256, name, source, received_at, received_by, status) VALUES (?, ?, ?, ?, ?, 'waiting')`,
      )
      .run(item.sha256, item.name, item.source, now, item.userId).lastInsertRowid,
  )
  return { id, added: true }
}

const SELECT = `SELECT i.id, i.sha256, i.name, i.source, i.received_at, u.full_name AS received_by_name
  FROM intake i LEFT JOIN users u ON u.id = i.received_by`

function toItem(db: Db, r: Row): IntakeItem {
  const file = getFile(db, r.sha256, r.name)
  if (!file) {
    throw new CoreError('INTERNAL', `Tệp của mục chờ vào sổ ${r.id} không còn`)
  }
  const lines = firstPageLinesOf(db, r.sha256)
  return {
    id: r.id,
    file,
    source: r.source,
    receivedAt: r.received_at,
    receivedBy: r.received_by_name,
    suggestion: lines ? suggestionFor(lines) : null,
    duplicates: findDuplicates(db, 'in', null, [r.sha256]),
  }
}

export function listWaiting(db: Db): IntakeItem[] {
  return db
    .prepare<[], Row>(`${SELECT} WHERE i.status = 'waiting' ORDER BY i.received_at, i.id`)
    .all()
    .map((r) => toItem(db, r))
}

export function getIntake(db: Db, id: number): IntakeItem | null {
  const r = db.prepare<[number], Row>(`${SELECT} WHERE i.id = ?`).get(id)
  return r ? toItem(db, r) : null
}

export function dismissIntake(db: Db, id: number, reason: string): boolean {
  return (
    db
      .prepare(
        "UPDATE intake SET status = 'dismissed', reason = ? WHERE id = ? AND status = 'waiting'",
      )
      .run(reason, id).changes === 1
  )
}
