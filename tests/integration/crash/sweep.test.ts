// The orphan sweep (electron/core/files/sweep.ts): both directions, and the grace period that
// keeps it off an upload still in flight.

import { mkdirSync, existsSync, utimesSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { sweepOrphans } from '../../../electron/core/files/sweep'
import { promote, sha256Of, storedPath, writeTemp } from '../../../electron/core/files/store'
import { tempCore, type TempCore } from '../helpers/temp-core'

let t: TempCore
beforeEach(() => {
  t = tempCore()
})
afterEach(async () => {
  await t.cleanup()
})

const HOUR = 60 * 60 * 1000
const old = (path: string): void => {
  const then = new Date(Date.now() - 2 * HOUR)
  utimesSync(path, then, then)
}
const put = (rel: string, text = 'x'): string => {
  const path = join(t.core.paths.files, rel)
  mkdirSync(dirname(path), { recursive: true })
  writeFileSync(path, text)
  return path
}
const row = (sha256: string): void => {
  t.core.db
    .prepare(
      `INSERT INTO files (sha256, size, mime, pages, text_status, created_at)
       VALUES (?, 1, 'text/plain', NULL, 'none', '2026-03-02T01:00:00Z')`,
    )
    .run(sha256)
}

describe('the orphan sweep', () => {
  it('removes old files no row names, keeps named and young ones, reports missing files', async () => {
    const named = sha256Of(new TextEncoder().encode('named'))
    row(named)
    const keep = put(join(named.slice(0, 2), named.slice(2, 4), named), 'named')
    old(keep)
    const orphanSha = sha256Of(new TextEncoder().encode('orphan'))
    const orphan = put(join(orphanSha.slice(0, 2), orphanSha.slice(2, 4), orphanSha), 'orphan')
    old(orphan)
    const stray = put('zz/odd-name.bin')
    old(stray)
    const part = await writeTemp(t.core.paths.files, new Uint8Array([1, 2, 3]))
    old(part)
    const young = await writeTemp(t.core.paths.files, new Uint8Array([4]))
    const gone = 'f'.repeat(64)
    row(gone)

    const dry = sweepOrphans(t.core.db, t.core.paths.files, { dryRun: true })
    expect(dry.removed).toHaveLength(3)
    expect(existsSync(orphan)).toBe(true)

    const r = sweepOrphans(t.core.db, t.core.paths.files)
    expect(r.kept).toBe(1)
    expect(r.removed.sort()).toEqual(
      [
        `${orphanSha.slice(0, 2)}/${orphanSha.slice(2, 4)}/${orphanSha}`,
        'zz/odd-name.bin',
        `tmp/${part.split(/[\\/]/).pop() ?? ''}`,
      ].sort(),
    )
    expect(r.young).toEqual([`tmp/${young.split(/[\\/]/).pop() ?? ''}`])
    expect(r.missing).toEqual([gone])
    expect(existsSync(keep)).toBe(true)
    expect(existsSync(orphan)).toBe(false)
    expect(existsSync(dirname(orphan))).toBe(false)
    expect(existsSync(young)).toBe(true)
  })

  it('never takes a file an upload is about to name again (promote refreshes its time)', async () => {
    const bytes = new TextEncoder().encode('same content')
    const sha = sha256Of(bytes)
    const first = await writeTemp(t.core.paths.files, bytes)
    const target = await promote(t.core.paths.files, first, sha)
    old(target)
    // A second upload of the same content, its row not yet committed: promote reuses the file.
    const second = await writeTemp(t.core.paths.files, bytes)
    expect(await promote(t.core.paths.files, second, sha)).toBe(storedPath(t.core.paths.files, sha))
    const r = sweepOrphans(t.core.db, t.core.paths.files)
    expect(r.removed).toEqual([])
    expect(existsSync(target)).toBe(true)
  })
})
