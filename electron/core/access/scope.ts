import type { Actor } from '../context'
import type { Db } from '../db/open'

export type Clause = { sql: string; params: unknown[] }

/**
 * How far an actor sees (issue 4 §8): văn thư and the agency's own leaders see everything that
 * is not secret; a leader of a unit sees what their unit and its sub-units are on; everyone sees
 * what they are named on. Secret tasks are only ever seen by name; secret documents also by văn
 * thư, the agency's leaders and those granted access (issue 7, access/document-rules.ts).
 */
export type Scope =
  | Readonly<{ kind: 'system' }>
  | Readonly<{ kind: 'none' }>
  | Readonly<{
      kind: 'user'
      userId: number
      unitId: number
      /** Every non-secret record (and every document, secret ones included). */
      wide: boolean
      /** The units a unit leader answers for (their unit and below); empty otherwise. */
      units: readonly number[]
    }>

export function agencyId(db: Db): number | null {
  return (
    db.prepare<[], { id: number }>('SELECT id FROM units WHERE parent_id IS NULL').get()?.id ?? null
  )
}

/** A unit and every unit below it. */
export function subtree(db: Db, unitId: number): number[] {
  return db
    .prepare<[number], { id: number }>(
      `WITH RECURSIVE t(id) AS (SELECT ? UNION SELECT u.id FROM units u JOIN t ON u.parent_id = t.id)
       SELECT id FROM t`,
    )
    .all(unitId)
    .map((r) => r.id)
}

/** An agency leader: a lãnh đạo who sits in the agency itself rather than in one of its units. */
export function isAgencyLeader(db: Db, actor: Actor): boolean {
  return (
    actor.kind === 'user' &&
    actor.user.roles.includes('lanh_dao') &&
    actor.user.unitId === agencyId(db)
  )
}

export function scopeOf(db: Db, actor: Actor): Scope {
  if (actor.kind === 'system') {
    return { kind: 'system' }
  }
  if (actor.kind !== 'user') {
    return { kind: 'none' }
  }
  const { id, unitId, roles } = actor.user
  const agencyLeader = isAgencyLeader(db, actor)
  const wide = agencyLeader || roles.includes('van_thu')
  const unitLeader = roles.includes('lanh_dao') && !agencyLeader
  return { kind: 'user', userId: id, unitId, wide, units: unitLeader ? subtree(db, unitId) : [] }
}

/** A unit leader may act for the units in their scope. */
export const answersFor = (scope: Scope, unitId: number | null): boolean =>
  scope.kind === 'system' ||
  (scope.kind === 'user' && unitId !== null && scope.units.includes(unitId))

/** `IN (…)` over a list as one bound parameter. */
export const inList = (column: string): string => `${column} IN (SELECT value FROM json_each(?))`
