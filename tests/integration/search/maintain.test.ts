import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { seedDemo } from '../../../electron/core/demo/seed'
import { importJsonl } from '../../../electron/core/import/import-jsonl'
import { indexFormatCurrent } from '../../../electron/core/search/rebuild'
import { keepIndexFresh, REBUILD_BACKLOG } from '../../../electron/core/search/maintain'
import { indexState, pendingChanges, syncIndex } from '../../../electron/core/search/sync'
import { register } from '../documents/helpers'
import { tempCore, type TempCore } from '../helpers/temp-core'
import { numbers, search, SYSTEM } from './helpers'

// The index over time: an import leaves nothing queued; on opening, the app rebuilds in the
// background an index that is of an older format, half-rebuilt, or far behind, and leaves a
// current one alone.

let t: TempCore
beforeEach(async () => {
  t = tempCore()
  await seedDemo(t.core.deps)
  await register(t.core, { so: '77', kyHieu: 'TB-VPCP', trichYeu: 'Thông báo kết luận họp' })
  syncIndex(t.core.db)
})
afterEach(async () => {
  await t.cleanup()
})

describe('index maintenance', () => {
  it('indexes what an import added before the import returns', async () => {
    t.clock.set('2026-11-22T02:00:00.000Z')
    const file = join(t.dir, 'two.jsonl')
    const line = (so: string, trichYeu: string): string =>
      JSON.stringify({
        so_ky_hieu: so,
        loai_van_ban: 'Công văn',
        co_quan_ban_hanh: 'Bộ Tài chính',
        ngay_ban_hanh: '2026-10-01',
        trich_yeu: trichYeu,
        noi_dung: `${trichYeu}. Nội dung chi tiết.`,
      })
    writeFileSync(
      file,
      `${line('501/BTC-NSNN', 'Về quyết toán ngân sách')}\n${line('502/BTC-NSNN', 'Về giải ngân vốn')}\n`,
    )
    const summary = await importJsonl(t.core.deps, file)
    expect(summary.added).toBe(2)
    expect(pendingChanges(t.core.db)).toBe(0)
    expect(numbers(search(t.core, SYSTEM, 'quyet toan ngan sach'))).toEqual(['501/BTC-NSNN'])
  })

  it('leaves a current index alone', () => {
    expect(keepIndexFresh(t.core.deps)).toBeNull()
  })

  it('rebuilds an index of an older format in the background, and search answers meanwhile', async () => {
    t.core.db.prepare('UPDATE search_state SET format = 0 WHERE id = 1').run()
    const job = keepIndexFresh(t.core.deps)
    expect(job).not.toBeNull()
    expect(numbers(search(t.core, SYSTEM, '77/TB-VPCP'))).toEqual(['77/TB-VPCP'])
    const after = await job
    expect(after?.ok).toBe(true)
    expect(indexFormatCurrent(t.core.db)).toBe(true)
  })

  it('runs again a rebuild the app was closed in the middle of', async () => {
    t.core.db.prepare('UPDATE search_state SET rebuild_seq = 0 WHERE id = 1').run()
    const job = keepIndexFresh(t.core.deps)
    expect(job).not.toBeNull()
    await job
    expect(indexState(t.core.db).rebuild_seq).toBeNull()
  })

  it('rebuilds when the queue holds more than a rebuild costs, and empties it', async () => {
    const id = (
      t.core.db.prepare("SELECT id FROM documents WHERE so = '77'").get() as { id: number }
    ).id
    const queue = t.core.db.prepare("INSERT INTO search_dirty (kind, id) VALUES ('d', ?)")
    t.core.db.transaction(() => {
      for (let i = 0; i <= REBUILD_BACKLOG; i++) {
        queue.run(id)
      }
    })()
    expect(pendingChanges(t.core.db)).toBeGreaterThan(REBUILD_BACKLOG)
    const job = keepIndexFresh(t.core.deps)
    expect(job).not.toBeNull()
    const after = await job
    expect(after?.pending).toBe(0)
    expect(numbers(search(t.core, SYSTEM, 'thong bao ket luan hop'))).toEqual(['77/TB-VPCP'])
  })

  it('refuses a second rebuild while one runs', async () => {
    t.core.db.prepare('UPDATE search_state SET format = 0 WHERE id = 1').run()
    const job = keepIndexFresh(t.core.deps)
    await expect(t.core.invoke('search.reindex', {}, { system: 'test' })).rejects.toMatchObject({
      code: 'CONFLICT',
    })
    await job
  })
})
