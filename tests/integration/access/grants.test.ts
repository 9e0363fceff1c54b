import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DocumentGrant } from '../../../shared/api/access-types'
import { search } from '../search/helpers'
import { idOf, person } from '../tasks/helpers'
import { accessWorld, type World } from './fixture'

// Access granted one by one (access.grant / access.revoke): the grantee sees the document at
// every door and in search, until it is revoked; the history and the audit trail keep both.
// One world for the file: each test works on its own document or person.

let w: World
beforeAll(async () => {
  w = await accessWorld()
})
afterAll(async () => {
  await w.t.cleanup()
})

const user = (s: string): number => idOf(w.t.core, 'users', s)
const grantCount = (): number =>
  (w.t.core.db.prepare('SELECT COUNT(*) AS n FROM document_grants').get() as { n: number }).n

describe('grants and revocation', () => {
  it('lets the grantee open, list and find the document, then takes it back on revoke', async () => {
    const cv = await person(w.t.core, 'cv.kinhte1')
    const id = w.docs.secretToUnit
    expect(await cv.fail('documents.get', { id })).toMatchObject({ code: 'NOT_FOUND' })
    expect(search(w.t.core, 'cv.kinhte1', 'bi mat nha nuoc').total).toBe(0)

    const g = await w.clerk.ok('access.grant', { documentId: id, userId: user('cv.kinhte1') })
    expect(g).toMatchObject({ userName: 'Phan Thị Yến', grantedBy: 'Đỗ Văn Nam', revokedAt: null })
    expect((await cv.ok('documents.get', { id })).id).toBe(id)
    const listed = await cv.ok('documents.list', { direction: 'in' })
    expect(listed.rows.map((r) => r.id)).toContain(id)
    // The grant reaches the search index (migration 0070's trigger, sources.ts documentReach).
    expect(search(w.t.core, 'cv.kinhte1', 'bi mat nha nuoc').total).toBe(1)

    const revoked = await w.clerk.ok('access.revoke', { grantId: g.id, reason: 'Đã xong việc' })
    expect(revoked).toMatchObject({ revokeReason: 'Đã xong việc', revokedBy: 'Đỗ Văn Nam' })
    expect(await cv.fail('documents.get', { id })).toMatchObject({ code: 'NOT_FOUND' })
    expect(search(w.t.core, 'cv.kinhte1', 'bi mat nha nuoc').total).toBe(0)

    // History kept: the revoked grant stays in the list, and a new grant may follow.
    const again = await w.clerk.ok('access.grant', { documentId: id, userId: user('cv.kinhte1') })
    const list: DocumentGrant[] = await w.clerk.ok('access.grants', { documentId: id })
    expect(list.map((x) => [x.id, x.revokedAt === null])).toEqual([
      [again.id, true],
      [g.id, false],
    ])
  })

  it('audits grant and revoke with before and after, on the document', async () => {
    const g = await w.clerk.ok('access.grant', {
      documentId: w.docs.secretNamed,
      userId: user('cv.kinhte2'),
      reason: 'Phối hợp',
    })
    await w.clerk.ok('access.revoke', { grantId: g.id, reason: 'Nhầm người' })
    const rows = w.t.core.db
      .prepare<[number], { method: string; record_type: string; detail: string }>(
        `SELECT method, record_type, detail FROM audit_log WHERE record_id = ?
         AND method LIKE 'access.%' ORDER BY id`,
      )
      .all(w.docs.secretNamed)
    expect(rows.map((r) => [r.method, r.record_type])).toEqual([
      ['access.grant', 'document'],
      ['access.revoke', 'document'],
    ])
    const revoke = JSON.parse(rows[1]?.detail ?? '{}') as {
      before: DocumentGrant
      after: DocumentGrant
    }
    expect(revoke.before.revokedAt).toBeNull()
    expect(revoke.after.revokeReason).toBe('Nhầm người')
  })

  it('lets văn thư, admins and leaders who see the document keep the list, and nobody else', async () => {
    const id = w.docs.secretToUnit
    const admin = await person(w.t.core, 'admin')
    const leader = await person(w.t.core, 'pct.kinhte')
    const unitLeader = await person(w.t.core, 'tp.kinhte')
    const cv = await person(w.t.core, 'cv.tonghop1')
    const before = (await admin.ok('access.grants', { documentId: id })).length
    await leader.ok('access.grant', { documentId: id, userId: user('cv.kinhte2') })
    expect(await admin.ok('access.grants', { documentId: id })).toHaveLength(before + 1)
    // A leader who cannot see the document learns nothing of it.
    expect(
      await unitLeader.fail('access.grant', { documentId: id, userId: user('tp.kinhte') }),
    ).toMatchObject({ code: 'NOT_FOUND' })
    expect(await unitLeader.fail('access.grants', { documentId: id })).toMatchObject({
      code: 'NOT_FOUND',
    })
    expect(
      await cv.fail('access.grant', { documentId: id, userId: user('cv.tonghop1') }),
    ).toMatchObject({ code: 'FORBIDDEN' })
    // A grantee cannot pass it on.
    expect(await cv.fail('access.grants', { documentId: w.docs.secretGranted })).toMatchObject({
      code: 'FORBIDDEN',
    })
    expect(await cv.fail('access.matrix', {})).toMatchObject({ code: 'FORBIDDEN' })
  })

  it('refuses bad requests and changes nothing', async () => {
    const before = grantCount()
    const id = w.docs.secretGranted
    const granted = user('cv.tonghop1')
    expect(await w.clerk.fail('access.grant', { documentId: id, userId: granted })).toMatchObject({
      code: 'CONFLICT',
    })
    expect(
      await w.clerk.fail('access.grant', { documentId: 999_999, userId: granted }),
    ).toMatchObject({ code: 'NOT_FOUND' })
    expect(await w.clerk.fail('access.grant', { documentId: id, userId: 999_999 })).toMatchObject({
      code: 'VALIDATION',
    })
    expect(
      await w.clerk.fail('access.grant', {
        documentId: id,
        userId: user('cv.kinhte1'),
        reason: 'x'.repeat(501),
      }),
    ).toMatchObject({ code: 'VALIDATION' })
    const [live] = await w.clerk.ok('access.grants', { documentId: id })
    expect(
      await w.clerk.fail('access.revoke', { grantId: live?.id ?? -1, reason: '  ' }),
    ).toMatchObject({
      code: 'VALIDATION',
    })
    expect(grantCount()).toBe(before)
    await w.clerk.ok('access.revoke', { grantId: live?.id ?? -1, reason: 'Hết việc' })
    expect(
      await w.clerk.fail('access.revoke', { grantId: live?.id ?? -1, reason: 'Lần nữa' }),
    ).toMatchObject({ code: 'CONFLICT' })
  })
})
