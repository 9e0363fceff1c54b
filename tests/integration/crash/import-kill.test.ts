// Crash safety, proven (issue 7, item 5), in a bounded number of rounds; `npm run soak` runs
// many more (tests/soak/crash-soak.ts). The seed is printed: CRASH_SEED=<n> replays a failure.

import { rmSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { crashRounds, verify } from '../../crash/harness'

const ROUNDS = Number(process.env.CRASH_ROUNDS ?? 8)
const SEED = Number(process.env.CRASH_SEED ?? Date.now() % 2 ** 31)

describe('a bulk import killed at random moments', () => {
  it(`loses nothing it reported and leaves no orphan (${ROUNDS} rounds, seed ${SEED})`, async () => {
    const figures = await crashRounds({
      rounds: ROUNDS,
      seed: SEED,
      log: (line) => console.log(line),
    })
    console.log('crash figures', JSON.stringify(figures))
    expect(figures.rounds).toBe(ROUNDS)
    expect(figures.recordsLost).toBe(0)
    // Round 0 ran to its end; the kills cannot all have missed the import.
    expect(figures.killed).toBeGreaterThan(0)
    expect(figures.reportedDocs).toBeGreaterThan(0)
    expect(figures.reportedIntakes).toBeGreaterThan(0)
    expect(figures.documentsInStore).toBeGreaterThanOrEqual(figures.reportedDocs)
  }, 900_000)
})

describe('the crash checks themselves', () => {
  it('catch a reported document that is not there, and a row whose file is gone', async () => {
    const { tempCore, setUp } = await import('../helpers/temp-core')
    const t = tempCore()
    try {
      await setUp(t.core)
      t.core.db
        .prepare(
          `INSERT INTO files (sha256, size, mime, pages, text_status, created_at)
           VALUES (?, 1, 'application/pdf', 1, 'text', '2026-03-02T01:00:00Z')`,
        )
        .run('a'.repeat(64))
      await t.core.close()
      await expect(verify(t.dir, { docs: [], intakes: [] }, 'probe')).rejects.toThrow(
        /file is missing/,
      )
      await expect(
        verify(t.dir, { docs: [{ id: 424242, so: '1/QĐ-UBND' }], intakes: [] }, 'probe'),
      ).rejects.toThrow(/reported document 424242/)
    } finally {
      rmSync(t.dir, { recursive: true, force: true })
    }
  })
})
