import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { importJsonl } from '../../../electron/core/import/import-jsonl'
import { seedDemo } from '../../../electron/core/demo/seed'
import { tempCore, type TempCore } from '../helpers/temp-core'

const CORPUS = join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'corpus', 'docs.jsonl')
const lines = readFileSync(CORPUS, 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '').length

let t: TempCore
beforeAll(async () => {
  t = tempCore()
  await seedDemo(t.core.deps)
})
afterAll(async () => {
  await t.cleanup()
})

describe('importing the real corpus (docs.jsonl)', () => {
  it('registers every line, reports true duplicates, and numbers them 1…N without a gap', async () => {
    // Received today (the corpus runs to mid-2026): ngày đến can be neither before issue nor after today.
    t.clock.set('2026-11-22T02:00:00.000Z')
    const summary = await importJsonl(t.core.deps, CORPUS)
    console.log('import summary', { lines, ...summary, failed: summary.failed.length })
    expect(summary.failed).toEqual([])
    expect(summary.added + summary.duplicates).toBe(lines)
    expect(summary.added).toBeGreaterThan(1100)
    const numbers = t.core.db
      .prepare<[], { number: number }>(
        "SELECT number FROM documents WHERE direction = 'in' AND year = 2026 ORDER BY number",
      )
      .all()
    expect(numbers.map((r) => r.number)).toEqual(
      Array.from({ length: summary.added }, (_, i) => i + 1),
    )
    const nfd = t.core.db
      .prepare<[], { n: number }>(
        'SELECT COUNT(*) AS n FROM documents WHERE trich_yeu <> trich_yeu',
      )
      .get()
    expect(nfd?.n).toBe(0)
  }, 180_000)

  it('adds nothing the second time and reports every line as a duplicate', async () => {
    const before = t.core.db.prepare('SELECT COUNT(*) AS n FROM documents').get()
    const again = await importJsonl(t.core.deps, CORPUS, { receivedOn: '2026-11-21' })
    expect(again).toMatchObject({ added: 0, duplicates: lines, failed: [] })
    expect(t.core.db.prepare('SELECT COUNT(*) AS n FROM documents').get()).toEqual(before)
  }, 180_000)

  it('reports a bad line by number and goes on with the rest', async () => {
    const file = join(t.dir, 'mixed.jsonl')
    writeFileSync(
      file,
      [
        '{"id":"x1","so_ky_hieu":"01/TB-UBND","co_quan_ban_hanh":"UBND huyện A","loai_van_ban":"Thông báo","trich_yeu":"Lịch tiếp công dân tháng 3","ngay_ban_hanh":"2026-02-20"}',
        '{not json',
        '{"id":"x2","so_ky_hieu":"02/TB-UBND","co_quan_ban_hanh":"UBND huyện A"}',
        '["an array"]',
        '{"id":"x3","so_ky_hieu":"03/TB-UBND","co_quan_ban_hanh":"UBND huyện A","trich_yeu":"Kết luận họp giao ban","ngay_ban_hanh":"2026-02-21"}',
      ].join('\n'),
    )
    const summary = await importJsonl(t.core.deps, file, { receivedOn: '2026-11-20' })
    expect(summary.added).toBe(2)
    expect(summary.failed.map((f) => f.line)).toEqual([2, 3, 4])
    expect(summary.failed[0]?.error).toMatch(/JSON không hợp lệ/)
    expect(summary.failed[1]?.error).toMatch(/Thiếu trích yếu/)
  })
})
