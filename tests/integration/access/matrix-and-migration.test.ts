import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { contract } from '../../../shared/api/contract'
import { methodNames } from '../../../shared/api/method-names'
import type { AccessMatrix } from '../../../shared/api/access-types'
import { seedDemo } from '../../../electron/core/demo/seed'
import { incoming, SYSTEM } from '../documents/helpers'
import { tempCore, type TempCore } from '../helpers/temp-core'
import { person } from '../tasks/helpers'

let t: TempCore
beforeAll(async () => {
  t = tempCore()
  await seedDemo(t.core.deps)
})
afterAll(async () => {
  await t.cleanup()
})

describe('access.matrix', () => {
  it('is the contract’s access lists, every method once, and the visibility rules in words', async () => {
    const admin = await person(t.core, 'admin')
    const m: AccessMatrix = await admin.ok('access.matrix', {})
    const rows = m.groups.flatMap((g) => g.capabilities)
    expect(rows.map((r) => r.method).sort()).toEqual([...methodNames].sort())
    for (const r of rows) {
      const access = contract[r.method as keyof typeof contract].access
      if (typeof access === 'string') {
        expect(r.access).toBe(access)
        expect(r.allowed).toHaveLength(4)
      } else {
        expect(r.allowed.sort()).toEqual([...access].sort())
      }
    }
    expect(rows.find((r) => r.method === 'documents.registerIncoming')?.allowed).toEqual([
      'van_thu',
    ])
    expect(m.groups.find((g) => g.key === 'documents')?.label).toBe('Văn bản')
    const audience = (a: string): string[] =>
      m.visibility.find((v) => v.audience === a)?.rules ?? []
    expect(audience('Mọi người')).toContain('Được cấp quyền xem văn bản')
    expect(audience('Văn thư')).toEqual(['Là văn thư: xem mọi văn bản, kể cả văn bản mật'])
    expect(audience('Chuyên viên')).toContain(
      'Văn bản gửi đơn vị của người này (chỉ văn bản thường, không mật)',
    )
    expect(m.secretRule).toMatch(/^Văn bản mật/)
  })
})

describe('migration 0070-document-grants', () => {
  it('creates a STRICT table that keeps one live grant per person and queues search', async () => {
    const db = t.core.db
    const sql = (
      db.prepare("SELECT sql FROM sqlite_master WHERE name = 'document_grants'").get() as {
        sql: string
      }
    ).sql
    expect(sql).toMatch(/STRICT$/)
    const id = (
      await t.core.invoke(
        'documents.registerIncoming',
        incoming({ so: '9001', doMat: 'mat' }),
        SYSTEM,
      )
    ).id
    const seq = (): number =>
      (db.prepare('SELECT COALESCE(MAX(seq), 0) AS s FROM search_dirty').get() as { s: number }).s
    const insert = db.prepare(
      "INSERT INTO document_grants (document_id, user_id, granted_at) VALUES (?, 1, 'now')",
    )
    const before = seq()
    insert.run(id)
    expect(seq()).toBeGreaterThan(before)
    expect(() => insert.run(id)).toThrow(/UNIQUE/)
    // Revoking needs its reason, and frees the place for a new grant.
    expect(() => db.prepare("UPDATE document_grants SET revoked_at = 'later'").run()).toThrow(
      /CHECK/,
    )
    const mid = seq()
    db.prepare("UPDATE document_grants SET revoked_at = 'later', revoke_reason = 'r'").run()
    expect(seq()).toBeGreaterThan(mid)
    insert.run(id)
    expect(() =>
      db.prepare("UPDATE document_grants SET granted_at = x'00' WHERE document_id = ?").run(id),
    ).toThrow(/cannot store BLOB/)
  })
})
