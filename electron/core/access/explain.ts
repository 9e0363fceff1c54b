import type { AccessExplanation } from '../../../shared/api/access-types'
import { doMatLabels, type DoMat } from '../../../shared/domain/levels'
import type { Actor } from '../context'
import type { Db } from '../db/open'
import { CoreError, notFound } from '../errors'
import { getUser } from '../users/repo'
import { formatDate } from './dates'
import {
  documentRules,
  missingReason,
  SECRET_RULE,
  type DocumentRule,
  type RuleGroup,
} from './document-rules'
import { liveGrant } from './grants'
import { scopeOf } from './scope'

// "Why can user X not see document Y": the visibility rule's own pieces, evaluated one by one
// on that document. canSee is true exactly when one piece holds, which is the OR that
// visibility() applies in every query, so the answer cannot disagree with what X is shown.

type Doc = { id: number; direction: 'in' | 'out'; so_ky_hieu: string; do_mat: DoMat }

export type DocumentRef = Readonly<{
  documentId?: number | undefined
  soKyHieu?: string | undefined
}>

function findDocument(db: Db, ref: DocumentRef): Doc {
  if (ref.documentId !== undefined) {
    const d = db
      .prepare<[number], Doc>(
        'SELECT id, direction, so_ky_hieu, do_mat FROM documents WHERE id = ?',
      )
      .get(ref.documentId)
    if (!d) {
      throw notFound('văn bản')
    }
    return d
  }
  const found = db
    .prepare<[string], Doc>(
      'SELECT id, direction, so_ky_hieu, do_mat FROM documents WHERE so_ky_hieu = ? ORDER BY id LIMIT 6',
    )
    .all((ref.soKyHieu ?? '').normalize('NFC'))
  const [only] = found
  if (!only) {
    throw notFound(`văn bản số ${ref.soKyHieu ?? ''}`)
  }
  if (found.length > 1) {
    throw new CoreError(
      'VALIDATION',
      `Có nhiều văn bản số ${only.so_ky_hieu} (mã ${found.map((d) => d.id).join(', ')}); hãy nhập mã văn bản`,
      { fields: { soKyHieu: 'Nhiều văn bản cùng số' } },
    )
  }
  return only
}

const holds = (db: Db, documentId: number, r: DocumentRule): boolean =>
  db
    .prepare<unknown[], { one: number }>(
      `SELECT 1 AS one FROM documents d WHERE d.id = ? AND (${r.clause.sql})`,
    )
    .get(documentId, ...r.clause.params) !== undefined

/** The grant's particulars, for the reason that names it. */
function grantReason(db: Db, documentId: number, userId: number, base: string): string {
  const g = liveGrant(db, documentId, userId)
  if (!g) {
    return base
  }
  const by = g.grantedBy ? ` bởi ${g.grantedBy}` : ''
  const why = g.reason ? `: ${g.reason}` : ''
  return `${base}${by} ngày ${formatDate(g.grantedAt)}${why}`
}

/** The visibility of one document to one actor, rule by rule. */
export function explainFor(
  db: Db,
  actor: Actor,
  documentId: number,
): Readonly<{
  canSee: boolean
  reasons: string[]
}> {
  const secret =
    db
      .prepare<[number], { do_mat: string }>('SELECT do_mat FROM documents WHERE id = ?')
      .get(documentId)?.do_mat !== 'thuong'
  const rules = documentRules(scopeOf(db, actor), actor.kind === 'user' ? actor.user.roles : [])
  const yes: string[] = []
  const blocked: string[] = []
  const groupsHeld = new Set<RuleGroup>()
  for (const r of rules) {
    if (!holds(db, documentId, r)) {
      continue
    }
    groupsHeld.add(r.group)
    if (r.ordinaryOnly && secret) {
      blocked.push(`${r.reason}, nhưng văn bản mật không xem được theo đơn vị`)
    } else if (r.group === 'grant' && actor.kind === 'user') {
      yes.push(grantReason(db, documentId, actor.user.id, r.reason))
    } else {
      yes.push(r.reason)
    }
  }
  if (yes.length > 0) {
    return { canSee: true, reasons: yes }
  }
  const reasons: string[] = []
  if (secret) {
    reasons.push(SECRET_RULE)
  }
  reasons.push(...blocked)
  const groups = new Set(rules.map((r) => r.group))
  if (!groups.has('unit')) {
    reasons.push(
      'Vai trò của người này không cho xem văn bản theo đơn vị: chỉ xem văn bản có tên mình hoặc được cấp quyền',
    )
  }
  for (const g of ['unit', 'named', 'grant'] as const) {
    if (groups.has(g) && !groupsHeld.has(g)) {
      reasons.push(missingReason[g])
    }
  }
  reasons.push(missingReason.all)
  return { canSee: false, reasons }
}

/** access.explain: one person (by id) and one document (by id or số/ký hiệu). */
export function explainAccess(
  db: Db,
  input: Readonly<{ userId: number } & DocumentRef>,
): AccessExplanation {
  const user = getUser(db, input.userId)
  if (!user) {
    throw notFound('người dùng')
  }
  const doc = findDocument(db, input)
  const actor: Actor = { kind: 'user', user, tokenHash: '' }
  const { canSee, reasons } = explainFor(db, actor, doc.id)
  const unitName =
    db.prepare<[number], { name: string }>('SELECT name FROM units WHERE id = ?').get(user.unitId)
      ?.name ?? ''
  return {
    canSee,
    reasons: user.disabled
      ? [...reasons, 'Tài khoản đang bị khóa: người này không đăng nhập được']
      : reasons,
    user: {
      id: user.id,
      username: user.username,
      fullName: user.fullName,
      roles: user.roles,
      unitName,
    },
    document: {
      id: doc.id,
      direction: doc.direction,
      soKyHieu: doc.so_ky_hieu,
      secret: doc.do_mat !== 'thuong',
      doMat: doMatLabels[doc.do_mat],
    },
  }
}
