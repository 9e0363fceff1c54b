import type { Recipient, SendWay } from '../../../shared/api/outgoing-types'
import { upsertIssuer } from '../catalog/issuers'
import type { Db } from '../db/open'
import { CoreError } from '../errors'

// Nơi nhận of an issued document: units of the agency (they find it in their incoming queue
// once sent) and bodies outside it (kept in the issuers directory, so the next form offers
// them). Each is marked sent with a date and a way (điện tử, giấy, bưu điện).

export type RecipientInput =
  Readonly<{ kind: 'unit'; unitId: number }> | Readonly<{ kind: 'outside'; name: string }>

type Row = {
  id: number
  kind: 'unit' | 'outside'
  unit_id: number | null
  name: string
  sent_on: string | null
  way: SendWay | null
  sent_by: string | null
  received_at: string | null
  received_by: string | null
  recalled_at: string | null
}

export function recipientsOf(db: Db, documentId: number): Recipient[] {
  return db
    .prepare<[number], Row>(
      `SELECT r.id, r.kind, r.unit_id, COALESCE(u.name, r.name) AS name, r.sent_on, r.way,
              s.full_name AS sent_by, r.received_at, v.full_name AS received_by, r.recalled_at
       FROM outgoing_recipients r LEFT JOIN units u ON u.id = r.unit_id
       LEFT JOIN users s ON s.id = r.sent_by LEFT JOIN users v ON v.id = r.received_by
       WHERE r.document_id = ? ORDER BY r.position`,
    )
    .all(documentId)
    .map((r) => ({
      id: r.id,
      kind: r.kind,
      unitId: r.unit_id,
      name: r.name,
      sentOn: r.sent_on,
      way: r.way,
      sentBy: r.sent_by,
      receivedAt: r.received_at,
      receivedBy: r.received_by,
      recalledAt: r.recalled_at,
    }))
}

/** Adds recipients after the ones already there; a unit listed twice is refused. */
export function addRecipients(
  db: Db,
  documentId: number,
  list: readonly RecipientInput[],
  now: string,
): void {
  const last =
    db
      .prepare<[number], { p: number | null }>(
        'SELECT MAX(position) AS p FROM outgoing_recipients WHERE document_id = ?',
      )
      .get(documentId)?.p ?? -1
  const insert = db.prepare(
    `INSERT INTO outgoing_recipients (document_id, kind, unit_id, issuer_id, name, position)
     VALUES (?, ?, ?, ?, ?, ?)`,
  )
  const seenUnits = new Set<number>()
  const seenNames = new Set(
    recipientsOf(db, documentId)
      .filter((r) => r.kind === 'outside')
      .map((r) => r.name.toLocaleLowerCase('vi')),
  )
  list.forEach((r, i) => {
    if (r.kind === 'unit') {
      const unit = db
        .prepare<[number], { name: string }>(
          'SELECT name FROM units WHERE id = ? AND disabled_at IS NULL',
        )
        .get(r.unitId)
      if (!unit) {
        throw new CoreError('VALIDATION', 'Đơn vị nhận không tồn tại hoặc đã ngừng hoạt động', {
          fields: { recipients: 'Đơn vị nhận không hợp lệ' },
        })
      }
      const already = db
        .prepare('SELECT 1 FROM outgoing_recipients WHERE document_id = ? AND unit_id = ?')
        .get(documentId, r.unitId)
      if (already || seenUnits.has(r.unitId)) {
        throw new CoreError('CONFLICT', `${unit.name} đã có trong nơi nhận`, {
          fields: { recipients: `${unit.name} đã có trong nơi nhận` },
        })
      }
      seenUnits.add(r.unitId)
      insert.run(documentId, 'unit', r.unitId, null, unit.name, last + 1 + i)
      return
    }
    const key = r.name.toLocaleLowerCase('vi')
    if (seenNames.has(key)) {
      throw new CoreError('CONFLICT', `${r.name} đã có trong nơi nhận`, {
        fields: { recipients: `${r.name} đã có trong nơi nhận` },
      })
    }
    seenNames.add(key)
    insert.run(documentId, 'outside', null, upsertIssuer(db, r.name, now), r.name, last + 1 + i)
  })
}

/** "Nơi nhận" as one line for the register and the list: names in order. */
export function recipientsText(db: Db, documentId: number): string | null {
  const names = recipientsOf(db, documentId).map((r) => r.name)
  return names.length ? names.join('; ').slice(0, 1000) : null
}

/** The leaders of the given units: told when a document is sent to their unit. */
export function unitLeaders(db: Db, unitIds: readonly number[]): number[] {
  if (unitIds.length === 0) {
    return []
  }
  return db
    .prepare<[string], { id: number }>(
      `SELECT u.id FROM users u JOIN user_roles r ON r.user_id = u.id AND r.role = 'lanh_dao'
       WHERE u.disabled_at IS NULL AND u.unit_id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(unitIds))
    .map((r) => r.id)
}
