import type { Role } from '../../../shared/api/roles'
import { namedOnTask, unitsOnTask } from '../tasks/visibility'
import { inList, type Clause, type Scope } from './scope'

// The pieces of the document visibility rule (issue 7 §1), each a SQL condition on alias `d`.
// documents/access.ts ORs them into the one clause every query applies; access/explain.ts
// evaluates them one by one for "why can X not see Y"; access/matrix.ts reads their sentences.
// One list, three readers: the explanation cannot drift from the rule.

/** The sentence shown for secret documents, in the explanation and in the role matrix. */
export const SECRET_RULE =
  'Văn bản mật: chỉ người được giao, văn thư, lãnh đạo và người được cấp quyền xem'

/**
 * - all: every document (văn thư, the agency's leaders, the system);
 * - named: the person's name is on the document or one of its tasks;
 * - grant: access granted to them one by one (access.grant);
 * - unit: through their unit, for ordinary documents only.
 */
export type RuleGroup = 'all' | 'named' | 'grant' | 'unit'

export type DocumentRule = Readonly<{
  key: string
  group: RuleGroup
  /** Applies to ordinary documents only (d.do_mat = 'thuong'). */
  ordinaryOnly: boolean
  clause: Clause
  /** Why it lets the person see the document, in Vietnamese. */
  reason: string
}>

/** What it means when no rule of a group holds, in Vietnamese. */
export const missingReason: Readonly<Record<RuleGroup, string>> = {
  all: 'Không phải văn thư hay lãnh đạo cơ quan (những người xem được mọi văn bản)',
  named:
    'Không có tên trên văn bản: không vào sổ, không nhận, không được trình, không ký, không soạn thảo, không xử lý, không nhận để biết và không có tên trên nhiệm vụ của văn bản',
  grant: 'Chưa được cấp quyền xem văn bản này',
  unit: 'Không thuộc đơn vị nhận: văn bản không gửi, không giao cho đơn vị của người này',
}

const ALL: Clause = { sql: '1 = 1', params: [] }

const rule = (
  key: string,
  group: RuleGroup,
  ordinaryOnly: boolean,
  reason: string,
  sql: string,
  params: unknown[],
): DocumentRule => ({ key, group, ordinaryOnly, reason, clause: { sql, params } })

function namedRules(me: number): DocumentRule[] {
  const onTask = namedOnTask('t', me)
  const named = (key: string, reason: string, sql: string, n = 1): DocumentRule =>
    rule(key, 'named', false, reason, sql, Array<number>(n).fill(me))
  return [
    named('vao_so', 'Là người vào sổ văn bản', 'd.created_by = ?'),
    named('nguoi_nhan', 'Là người nhận văn bản', 'd.nguoi_nhan_id = ?'),
    named('duoc_trinh', 'Văn bản được trình cho người này', 'd.presented_to = ?'),
    named('nguoi_ky', 'Là người ký văn bản', 'd.signer_id = ?'),
    named(
      'soan_thao',
      'Là người soạn thảo văn bản',
      'EXISTS (SELECT 1 FROM drafts dr WHERE dr.id = d.draft_id AND dr.drafter_id = ?)',
    ),
    named(
      'xu_ly',
      'Có tên trong quá trình xử lý văn bản (trình, chỉ đạo)',
      'EXISTS (SELECT 1 FROM document_steps s WHERE s.document_id = d.id AND (s.actor_id = ? OR s.recorded_by = ?))',
      2,
    ),
    named(
      'de_biet',
      'Được gửi văn bản để biết',
      'EXISTS (SELECT 1 FROM document_informs i WHERE i.document_id = d.id AND i.user_id = ?)',
    ),
    rule(
      'nhiem_vu',
      'named',
      false,
      'Có tên trên nhiệm vụ của văn bản (giao, chủ trì, xử lý, phối hợp, để biết)',
      `EXISTS (SELECT 1 FROM tasks t WHERE t.document_id = d.id AND ${onTask.sql})`,
      onTask.params,
    ),
  ]
}

const grantRule = (me: number): DocumentRule =>
  rule(
    'cap_quyen',
    'grant',
    false,
    'Được cấp quyền xem văn bản',
    `EXISTS (SELECT 1 FROM document_grants g WHERE g.document_id = d.id AND g.user_id = ?
      AND g.revoked_at IS NULL)`,
    [me],
  )

function unitLeaderRules(units: readonly number[]): DocumentRule[] {
  const json = JSON.stringify(units)
  const tasked = unitsOnTask('t', units)
  return [
    rule(
      'don_vi_nhan',
      'unit',
      true,
      'Văn bản gửi đơn vị người này phụ trách',
      inList('d.don_vi_nhan_id'),
      [json],
    ),
    rule(
      'don_vi_soan',
      'unit',
      true,
      'Đơn vị người này phụ trách soạn thảo văn bản',
      inList('d.drafting_unit_id'),
      [json],
    ),
    rule(
      'don_vi_duoc_gui',
      'unit',
      true,
      'Văn bản đi đã gửi tới đơn vị người này phụ trách',
      `EXISTS (SELECT 1 FROM outgoing_recipients r WHERE r.document_id = d.id
        AND r.sent_at IS NOT NULL AND ${inList('r.unit_id')})`,
      [json],
    ),
    rule(
      'don_vi_duoc_giao',
      'unit',
      true,
      'Nhiệm vụ của văn bản giao cho đơn vị người này phụ trách',
      `EXISTS (SELECT 1 FROM tasks t WHERE t.document_id = d.id AND ${tasked.sql})`,
      tasked.params,
    ),
  ]
}

function specialistRules(unitId: number): DocumentRule[] {
  return [
    rule('don_vi_nhan', 'unit', true, 'Văn bản gửi đơn vị của người này', 'd.don_vi_nhan_id = ?', [
      unitId,
    ]),
    rule(
      'don_vi_soan',
      'unit',
      true,
      'Đơn vị của người này soạn thảo văn bản',
      'd.drafting_unit_id = ?',
      [unitId],
    ),
    rule(
      'don_vi_duoc_gui',
      'unit',
      true,
      'Văn bản đi đã gửi tới đơn vị của người này',
      `EXISTS (SELECT 1 FROM outgoing_recipients r WHERE r.document_id = d.id
        AND r.sent_at IS NOT NULL AND r.unit_id = ?)`,
      [unitId],
    ),
  ]
}

/**
 * The rules by which someone with this scope and these roles sees documents. Văn thư and the
 * agency's own leaders see every document, secret ones included (the issue names them); a unit
 * leader sees the ordinary documents their units are on, a specialist those of their own unit;
 * everyone sees what they are named on, and what they were granted one by one.
 */
export function documentRules(scope: Scope, roles: readonly Role[]): DocumentRule[] {
  if (scope.kind === 'system') {
    return [{ key: 'he_thong', group: 'all', ordinaryOnly: false, clause: ALL, reason: 'Hệ thống' }]
  }
  if (scope.kind === 'none') {
    return []
  }
  const rules: DocumentRule[] = []
  if (scope.wide) {
    const who = roles.includes('van_thu') ? 'Là văn thư' : 'Là lãnh đạo cơ quan'
    rules.push({
      key: 'toan_bo',
      group: 'all',
      ordinaryOnly: false,
      clause: ALL,
      reason: `${who}: xem mọi văn bản, kể cả văn bản mật`,
    })
  } else if (scope.units.length > 0) {
    rules.push(...unitLeaderRules(scope.units))
  } else if (roles.includes('chuyen_vien')) {
    rules.push(...specialistRules(scope.unitId))
  }
  rules.push(...namedRules(scope.userId), grantRule(scope.userId))
  return rules
}

/** The rules ORed into one condition: ordinary-only ones share one secrecy guard. */
export function rulesClause(rules: readonly DocumentRule[]): Clause {
  if (rules.some((r) => !r.ordinaryOnly && r.clause.sql === ALL.sql)) {
    return ALL
  }
  const ordinary = rules.filter((r) => r.ordinaryOnly)
  const any = rules.filter((r) => !r.ordinaryOnly)
  const parts: string[] = []
  const params: unknown[] = []
  if (ordinary.length > 0) {
    parts.push(`(d.do_mat = 'thuong' AND (${ordinary.map((r) => r.clause.sql).join(' OR ')}))`)
    params.push(...ordinary.flatMap((r) => r.clause.params))
  }
  for (const r of any) {
    parts.push(r.clause.sql)
    params.push(...r.clause.params)
  }
  return parts.length > 0
    ? { sql: `(${parts.join(' OR ')})`, params }
    : { sql: '0 = 1', params: [] }
}
