import { existsSync, readFileSync } from 'node:fs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { anchorPath, readAnchor } from '../../../electron/core/audit/anchor'
import { verifyAudit } from '../../../electron/core/audit/verify'
import { seedDemo } from '../../../electron/core/demo/seed'
import type { AuditVerifyResult } from '../../../shared/audit/types'
import { tempCore, type TempCore } from '../helpers/temp-core'
import { idOf, person, type Caller } from '../tasks/helpers'

// Issue 7 §2: `audit verify` finds any edited or missing row, including the last ones.

let t: TempCore
let admin: Caller

const verify = (): AuditVerifyResult => verifyAudit(t.core.db, readAnchor(t.core.deps.paths))
const kinds = (r: AuditVerifyResult): [number, string][] => r.problems.map((p) => [p.id, p.kind])
/** What someone with the database file and `sqlite3` could do: lift the guard, then edit. */
const tamper = (sql: string, ...params: unknown[]): void => {
  t.core.db.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete')
  t.core.db.prepare(sql).run(...params)
}

beforeEach(async () => {
  t = tempCore()
  await seedDemo(t.core.deps)
  admin = await person(t.core, 'admin')
  const unitId = idOf(t.core, 'units', 'TH')
  for (let i = 1; i <= 6; i += 1) {
    await admin.ok('units.update', { id: unitId, sortOrder: i })
  }
})
afterEach(async () => {
  await t.cleanup()
})

describe('audit verify', () => {
  it('a clean store verifies, anchored outside the database at its last row', async () => {
    const r = verify()
    const lastId = (
      t.core.db.prepare('SELECT MAX(id) AS id FROM audit_log').get() as { id: number }
    ).id
    expect(r).toMatchObject({ ok: true, rows: lastId, problems: [] })
    expect(r.anchor?.id).toBe(lastId)
    expect(existsSync(anchorPath(t.core.deps.paths))).toBe(true)
    expect(JSON.parse(readFileSync(anchorPath(t.core.deps.paths), 'utf8'))).toMatchObject({
      id: lastId,
    })
    const viaApi = await admin.ok('audit.verify', {})
    expect(viaApi.ok).toBe(true)
  })

  it('finds a row whose content was edited', () => {
    tamper("UPDATE audit_log SET actor = 'someone_else' WHERE id = 3")
    const r = verify()
    expect(r.ok).toBe(false)
    expect(kinds(r)).toEqual([[3, 'edited']])
    expect(r.problems[0]!.message).toMatch(/Dòng 3 đã bị sửa/)
  })

  it('finds an edit whose hash was recomputed: the next row no longer points at it', () => {
    const row = t.core.db.prepare('SELECT hash FROM audit_log WHERE id = 4').get() as {
      hash: string
    }
    tamper(
      'UPDATE audit_log SET hash = ? WHERE id = 4',
      row.hash.replace(/^./, (c) => (c === 'a' ? 'b' : 'a')),
    )
    expect(kinds(verify())).toEqual([
      [4, 'edited'],
      [5, 'broken_chain'],
    ])
  })

  it('finds a row deleted from the middle', () => {
    tamper('DELETE FROM audit_log WHERE id = 3')
    const r = verify()
    expect(kinds(r)).toEqual([[4, 'missing']])
    expect(r.problems[0]!.message).toBe('Thiếu dòng 3 (trước dòng 4)')
  })

  it('finds the first rows deleted', () => {
    tamper('DELETE FROM audit_log WHERE id <= 2')
    expect(kinds(verify())).toEqual([[3, 'missing']])
  })

  it('finds the last rows deleted, which leaves a perfect shorter chain', () => {
    const lastId = (
      t.core.db.prepare('SELECT MAX(id) AS id FROM audit_log').get() as { id: number }
    ).id
    tamper('DELETE FROM audit_log WHERE id > ?', lastId - 2)
    // Without the anchor the chain alone cannot tell.
    expect(verifyAudit(t.core.db, null).ok).toBe(true)
    const r = verify()
    expect(kinds(r)).toEqual([[lastId, 'truncated']])
    expect(r.problems[0]!.message).toMatch(/bị cắt/)
  })

  it('finds the last rows deleted even after new rows took their ids', async () => {
    const lastId = (
      t.core.db.prepare('SELECT MAX(id) AS id FROM audit_log').get() as { id: number }
    ).id
    tamper('DELETE FROM audit_log WHERE id > ?', lastId - 2)
    // The guard is back, the app writes on: ids lastId-1 and lastId are reused.
    t.core.db.exec(`
      CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
      CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;`)
    await admin.ok('units.update', { id: idOf(t.core, 'units', 'TH'), sortOrder: 99 })
    await admin.ok('units.update', { id: idOf(t.core, 'units', 'TH'), sortOrder: 98 })
    expect(kinds(verify())).toContainEqual([lastId, 'truncated'])
  })

  it('a store that never wrote verifies ok with no anchor', async () => {
    const fresh = tempCore()
    try {
      expect(verifyAudit(fresh.core.db, readAnchor(fresh.core.deps.paths))).toEqual({
        ok: true,
        rows: 0,
        anchor: null,
        problems: [],
      })
    } finally {
      await fresh.cleanup()
    }
  })
})
