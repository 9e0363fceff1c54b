import type { DocumentGrant } from '../../../shared/api/access-types'
import { actorUserId, type Actor, type HandlerContext } from '../context'
import type { Db } from '../db/open'
import { canSeeDocument } from '../documents/access'
import { conflict, CoreError, forbidden, notFound } from '../errors'
import { getUser } from '../users/repo'

// The per-document access list (migration 0070). Văn thư and admins keep it for every
// document; a leader for the documents they can see. A grant is revoked, never deleted.

type GrantRow = {
  id: number
  document_id: number
  user_id: number
  user_name: string
  user_position: string
  unit_name: string
  granted_by: string | null
  granted_at: string
  reason: string | null
  revoked_at: string | null
  revoked_by: string | null
  revoke_reason: string | null
}

const SELECT = `
  SELECT g.id, g.document_id, g.user_id, u.full_name AS user_name, u.position AS user_position,
         un.name AS unit_name, gb.full_name AS granted_by, g.granted_at, g.reason, g.revoked_at,
         rb.full_name AS revoked_by, g.revoke_reason
  FROM document_grants g
  JOIN users u ON u.id = g.user_id
  JOIN units un ON un.id = u.unit_id
  LEFT JOIN users gb ON gb.id = g.granted_by
  LEFT JOIN users rb ON rb.id = g.revoked_by`

const toGrant = (r: GrantRow): DocumentGrant => ({
  id: r.id,
  documentId: r.document_id,
  userId: r.user_id,
  userName: r.user_name,
  userPosition: r.user_position,
  unitName: r.unit_name,
  grantedBy: r.granted_by,
  grantedAt: r.granted_at,
  reason: r.reason,
  revokedAt: r.revoked_at,
  revokedBy: r.revoked_by,
  revokeReason: r.revoke_reason,
})

/** Live grants first (newest first), then the revoked ones: the whole history. */
export function grantsOf(db: Db, documentId: number): DocumentGrant[] {
  return db
    .prepare<[number], GrantRow>(
      `${SELECT} WHERE g.document_id = ?
       ORDER BY g.revoked_at IS NOT NULL, COALESCE(g.revoked_at, g.granted_at) DESC, g.id DESC`,
    )
    .all(documentId)
    .map(toGrant)
}

export function getGrant(db: Db, id: number): DocumentGrant | null {
  const r = db.prepare<[number], GrantRow>(`${SELECT} WHERE g.id = ?`).get(id)
  return r ? toGrant(r) : null
}

/** The live grant of one person on one document, if any. */
export function liveGrant(db: Db, documentId: number, userId: number): DocumentGrant | null {
  const r = db
    .prepare<[number, number], GrantRow>(
      `${SELECT} WHERE g.document_id = ? AND g.user_id = ? AND g.revoked_at IS NULL`,
    )
    .get(documentId, userId)
  return r ? toGrant(r) : null
}

/**
 * Refuses unless the actor may keep this document's access list. A leader who cannot see the
 * document learns nothing of it: not found, as documents.get answers.
 */
export function assertManager(db: Db, actor: Actor, documentId: number): void {
  const exists = db.prepare('SELECT 1 FROM documents WHERE id = ?').get(documentId) !== undefined
  if (!exists) {
    throw notFound('văn bản')
  }
  if (actor.kind === 'system') {
    return
  }
  if (actor.kind !== 'user') {
    throw forbidden()
  }
  const { roles } = actor.user
  if (roles.includes('van_thu') || roles.includes('quan_tri')) {
    return
  }
  if (roles.includes('lanh_dao')) {
    if (canSeeDocument(db, actor, documentId)) {
      return
    }
    throw notFound('văn bản')
  }
  throw forbidden('Chỉ văn thư, lãnh đạo và quản trị được cấp quyền xem văn bản')
}

export function grantAccess(
  ctx: HandlerContext,
  input: Readonly<{ documentId: number; userId: number; reason: string | null }>,
): DocumentGrant {
  const { db } = ctx
  return db.transaction(() => {
    assertManager(db, ctx.actor, input.documentId)
    const user = getUser(db, input.userId)
    if (!user) {
      throw new CoreError('VALIDATION', 'Không tìm thấy người được cấp quyền', {
        fields: { userId: 'Không tìm thấy người này' },
      })
    }
    if (user.disabled) {
      throw new CoreError('VALIDATION', `Tài khoản ${user.fullName} đang bị khóa`, {
        fields: { userId: 'Tài khoản đang bị khóa' },
      })
    }
    if (liveGrant(db, input.documentId, input.userId)) {
      throw conflict(`${user.fullName} đã được cấp quyền xem văn bản này`, {
        userId: 'Đã được cấp quyền',
      })
    }
    const id = Number(
      db
        .prepare(
          `INSERT INTO document_grants (document_id, user_id, granted_by, granted_at, reason)
           VALUES (?, ?, ?, ?, ?)`,
        )
        .run(
          input.documentId,
          input.userId,
          actorUserId(ctx.actor),
          ctx.clock().toISOString(),
          input.reason,
        ).lastInsertRowid,
    )
    const after = getGrant(db, id) as DocumentGrant
    ctx.audit({
      recordType: 'document',
      recordId: input.documentId,
      detail: { action: 'access.grant', grantId: id, before: null, after },
    })
    return after
  })()
}

export function revokeAccess(
  ctx: HandlerContext,
  input: Readonly<{ grantId: number; reason: string }>,
): DocumentGrant {
  const { db } = ctx
  return db.transaction(() => {
    const before = getGrant(db, input.grantId)
    if (!before) {
      throw notFound('quyền xem')
    }
    assertManager(db, ctx.actor, before.documentId)
    if (before.revokedAt !== null) {
      throw conflict('Quyền xem này đã được thu hồi')
    }
    db.prepare(
      `UPDATE document_grants SET revoked_at = ?, revoked_by = ?, revoke_reason = ?
       WHERE id = ? AND revoked_at IS NULL`,
    ).run(ctx.clock().toISOString(), actorUserId(ctx.actor), input.reason, input.grantId)
    const after = getGrant(db, input.grantId) as DocumentGrant
    ctx.audit({
      recordType: 'document',
      recordId: before.documentId,
      detail: { action: 'access.revoke', grantId: before.id, before, after },
    })
    return after
  })()
}
