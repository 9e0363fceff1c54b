import type { DraftPeople, PersonRef } from '../../../shared/api/outgoing-types'
import { compareVi } from '../../../shared/text'
import { actorUserId, type Actor } from '../context'
import type { Db } from '../db/open'
import { notFound } from '../errors'

/** A unit and the units above it, nearest first; the agency (root) is last. */
function lineOf(db: Db, unitId: number): number[] {
  return db
    .prepare<[number], { id: number }>(
      `WITH RECURSIVE up(id, parent_id, depth) AS (
         SELECT id, parent_id, 0 FROM units WHERE id = ?
         UNION ALL SELECT u.id, u.parent_id, up.depth + 1 FROM units u JOIN up ON u.id = up.parent_id)
       SELECT id FROM up ORDER BY depth`,
    )
    .all(unitId)
    .map((r) => r.id)
}

type Leader = PersonRef & { unitId: number }

function leadersOf(db: Db, units: readonly number[]): Leader[] {
  return db
    .prepare<[string], { id: number; full_name: string; position: string; unit_id: number }>(
      `SELECT u.id, u.full_name, u.position, u.unit_id FROM users u
       JOIN user_roles r ON r.user_id = u.id AND r.role = 'lanh_dao'
       WHERE u.disabled_at IS NULL AND u.unit_id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(units))
    .map((u) => ({ id: u.id, name: u.full_name, position: u.position, unitId: u.unit_id }))
}

const givenName = (fullName: string): string => fullName.trim().split(/\s+/).pop() ?? ''

/** Vietnamese lists of people sort by the given name (the last word), then the whole name. */
const byName = (a: PersonRef, b: PersonRef): number =>
  compareVi(givenName(a.name), givenName(b.name)) || compareVi(a.name, b.name)

/** Leaders grouped by unit in the order of `units`, each group by name. */
function ordered(leaders: readonly Leader[], units: readonly number[]): PersonRef[] {
  return [...leaders]
    .sort((a, b) => units.indexOf(a.unitId) - units.indexOf(b.unitId) || byName(a, b))
    .map(({ id, name, position }) => ({ id, name, position }))
}

/**
 * Who may review a unit's drafts: the leaders of the unit and of the units above it, below the
 * agency, nearest first (the unit's own leader is the usual reviewer; the caller is left out).
 * Who may sign: the agency's leaders first, then the leaders of that same line, top down (a
 * Chánh Văn phòng signs TL., a head of unit TUQ.).
 */
export function draftPeople(db: Db, actor: Actor, unitId: number): DraftPeople {
  const line = lineOf(db, unitId)
  if (line.length === 0) {
    throw notFound('đơn vị')
  }
  const root = line[line.length - 1] as number
  const below = line.slice(0, -1)
  const me = actorUserId(actor)
  const reviewers = ordered(
    leadersOf(db, below).filter((l) => l.id !== me),
    below,
  )
  const topDown = [root, ...below.slice().reverse()]
  return { reviewers, signers: ordered(leadersOf(db, topDown), topDown) }
}
