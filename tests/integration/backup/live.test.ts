import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createBackup } from '../../../electron/core/backup/create'
import { restoreBackup } from '../../../electron/core/backup/restore'
import { GENESIS } from '../../../electron/core/audit/repo'
import { openCore } from '../../../electron/core/core'
import { silentLogger } from '../../../electron/core/log/logger'
import { tempCore, tempDir, type TempCore } from '../helpers/temp-core'
import { populate } from './helpers'

// The app keeps working while a backup is made: documents are registered in a loop on the main
// connection while the worker takes its snapshot on another. The archive must be one consistent
// moment: a prefix of what was written, whole audit chain, numbers without a gap.

let t: TempCore
let out: string
beforeAll(async () => {
  t = tempCore()
  await populate(t, { lines: 300, attachedPdfs: 2 })
  out = tempDir('vanthu-live-')
}, 180_000)
afterAll(async () => {
  await t.cleanup()
  rmSync(out, { recursive: true, force: true })
})

type AuditRow = {
  id: number
  at: string
  actor_user_id: number | null
  actor: string
  method: string
  record_type: string | null
  record_id: number | null
  detail: string
  prev_hash: string
  hash: string
}

describe('a backup while the app keeps writing', () => {
  it('is consistent: a prefix of the writes, whole chain, no gap, counts as its manifest says', async () => {
    let done = false
    let written = 0
    const startCount =
      t.core.db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM documents').get()?.n ?? 0
    const writer = (async (): Promise<void> => {
      while (!done) {
        await t.core.invoke(
          'documents.registerIncoming',
          {
            registerId: 1,
            ngayDen: '2026-11-21',
            so: String(20_000 + written),
            kyHieu: 'CV-UBND',
            coQuanBanHanh: 'Ủy ban nhân dân huyện Đông Triều',
            loaiVanBan: 'cong_van',
            trichYeu: `Văn bản ghi trong lúc sao lưu ${written}`,
          },
          { system: 'test-writer' },
        )
        written++
        // Yield so the worker's reply can be heard; the writes stay back to back otherwise.
        await new Promise((r) => setImmediate(r))
      }
    })()
    const before = written
    const loop = monitorEventLoopDelay({ resolution: 5 })
    loop.enable()
    const backup = await createBackup(t.core.deps, join(out, 'live.tar.gz'))
    loop.disable()
    const during = written - before
    done = true
    await writer
    // A figure for the report (not a timed assertion): the main thread's worst stall meanwhile.
    console.log('writes during backup', { during, total: written, maxLoopDelayMs: loop.max / 1e6 })
    expect(during).toBeGreaterThan(0)

    const target = join(out, 'restored')
    await restoreBackup(backup.file, target)
    const r = openCore({ dataDir: target, logger: silentLogger })
    try {
      expect(r.db.pragma('integrity_check', { simple: true })).toBe('ok')
      expect(r.db.pragma('foreign_key_check')).toEqual([])
      const ids = r.db.prepare<[], { id: number }>('SELECT id FROM documents ORDER BY id').all()
      const source = t.core.db
        .prepare<[number], { id: number; trich_yeu: string }>(
          'SELECT id, trich_yeu FROM documents WHERE id <= ? ORDER BY id',
        )
        .all(ids.at(-1)?.id ?? 0)
      expect(ids.map((x) => x.id)).toEqual(source.map((x) => x.id))
      expect(ids.length).toBe(backup.manifest.counts.documents)
      // Số đến without a gap in the restored register.
      const numbers = r.db
        .prepare<[], { number: number }>(
          "SELECT number FROM documents WHERE direction = 'in' AND year = 2026 ORDER BY number",
        )
        .all()
        .map((x) => x.number)
      expect(numbers).toEqual(numbers.map((_, i) => i + 1))
      // The audit trail is the source's first N rows, chained all the way.
      const audit = r.db.prepare<[], AuditRow>('SELECT * FROM audit_log ORDER BY id').all()
      expect(audit.length).toBe(backup.manifest.counts.auditRows)
      const src = t.core.db
        .prepare<[number], AuditRow>('SELECT * FROM audit_log ORDER BY id LIMIT ?')
        .all(audit.length)
      expect(audit).toEqual(src)
      let prev = GENESIS
      for (const row of audit) {
        expect(row.prev_hash).toBe(prev)
        prev = row.hash
      }
      expect(prev).toBe(backup.manifest.counts.lastAuditHash)
      // Taken somewhere between the start of the loop and the end of the backup.
      const total =
        t.core.db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM documents').get()?.n ?? 0
      expect(ids.length).toBeGreaterThanOrEqual(startCount)
      expect(ids.length).toBeLessThanOrEqual(total)
    } finally {
      await r.close()
    }
  }, 180_000)
})
