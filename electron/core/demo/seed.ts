import { appendAudit } from '../audit/repo'
import { hashPassword } from '../auth/password'
import type { CoreDeps } from '../context'
import { findUnitByShortName, getAgency, insertUnit } from '../units/repo'
import { getCredentials, insertUser } from '../users/repo'
import { DEMO_PASSWORD, demoAgency, demoUnits, demoUsers } from './people'

export type SeedResult = Readonly<{
  unitsAdded: number
  usersAdded: number
  usersSkipped: string[]
}>

/**
 * Fills a data directory with the demo UBND tỉnh. Idempotent: what exists (by short name or
 * username) is left as it is, so it can run on a directory set up by `vanthu init` too. Demo
 * users keep the documented password and are not asked to change it.
 */
export async function seedDemo(deps: CoreDeps): Promise<SeedResult> {
  // One hash for every demo account: they share a documented password anyway.
  const passwordHash = await hashPassword(DEMO_PASSWORD)
  const { db } = deps
  return db.transaction(() => {
    const now = deps.clock().toISOString()
    const agencyId = getAgency(db)?.id ?? insertUnit(db, { parentId: null, ...demoAgency }, now)
    const agencyShort = getAgency(db)?.shortName ?? demoAgency.shortName
    let unitsAdded = 0
    for (const u of demoUnits) {
      if (findUnitByShortName(db, u.shortName)) {
        continue
      }
      const parentId = u.parent ? (findUnitByShortName(db, u.parent)?.id ?? agencyId) : agencyId
      insertUnit(db, { parentId, name: u.name, shortName: u.shortName, code: null }, now)
      unitsAdded++
    }
    let usersAdded = 0
    const usersSkipped: string[] = []
    for (const u of demoUsers) {
      if (getCredentials(db, u.username)) {
        usersSkipped.push(u.username)
        continue
      }
      const unitId =
        u.unit === demoAgency.shortName || u.unit === agencyShort
          ? agencyId
          : (findUnitByShortName(db, u.unit)?.id ?? agencyId)
      insertUser(
        db,
        { ...u, unitId, passwordHash, email: null, phone: null, mustChangePassword: false },
        now,
      )
      usersAdded++
    }
    appendAudit(db, {
      at: now,
      actorUserId: null,
      actor: 'system:seed-demo',
      method: 'demo.seed',
      recordType: null,
      recordId: null,
      detail: { unitsAdded, usersAdded, usersSkipped },
    })
    return { unitsAdded, usersAdded, usersSkipped }
  })()
}
