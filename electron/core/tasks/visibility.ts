import { inList, type Clause, type Scope } from '../access/scope'

/** The tasks a person is named on: gave it, leads it, handles it, supports or is informed. */
export function namedOnTask(alias: string, userId: number): Clause {
  return {
    sql: `(${alias}.assigner_id = ? OR ${alias}.lead_user_id = ? OR ${alias}.handler_id = ?
      OR EXISTS (SELECT 1 FROM task_members m WHERE m.task_id = ${alias}.id AND m.user_id = ?))`,
    params: [userId, userId, userId, userId],
  }
}

/** Tasks a set of units is on: as lead, through its people, or as a supporting unit. */
export function unitsOnTask(alias: string, units: readonly number[]): Clause {
  const json = JSON.stringify(units)
  return {
    sql: `(${inList(`${alias}.lead_unit_id`)}
      OR EXISTS (SELECT 1 FROM users p WHERE p.id IN (${alias}.lead_user_id, ${alias}.handler_id) AND ${inList('p.unit_id')})
      OR EXISTS (SELECT 1 FROM task_members m LEFT JOIN users mu ON mu.id = m.user_id
                 WHERE m.task_id = ${alias}.id AND m.role = 'phoi_hop'
                   AND (${inList('m.unit_id')} OR ${inList('mu.unit_id')})))`,
    params: [json, json, json, json],
  }
}

/** Which tasks a scope sees, as a condition on `alias`; used by every task query. */
export function taskVisibility(scope: Scope, alias = 't'): Clause {
  if (scope.kind === 'system') {
    return { sql: '1 = 1', params: [] }
  }
  if (scope.kind === 'none') {
    return { sql: '0 = 1', params: [] }
  }
  const named = namedOnTask(alias, scope.userId)
  // Văn thư and the agency's leaders see every document, secret ones included (issue 7,
  // access/document-rules.ts); the work on a document is no more secret than the document.
  if (scope.wide) {
    return { sql: '1 = 1', params: [] }
  }
  if (scope.units.length > 0) {
    const units = unitsOnTask(alias, scope.units)
    return {
      sql: `((${alias}.secret = 0 AND ${units.sql}) OR ${named.sql})`,
      params: [...units.params, ...named.params],
    }
  }
  return named
}
