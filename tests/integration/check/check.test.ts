import { createHash } from 'node:crypto'
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCheck, type CheckReport } from '../../../electron/core/check/run'
import { storedPath } from '../../../electron/core/files/store'
import { tempCore, type TempCore } from '../helpers/temp-core'
import { populate } from '../backup/helpers'

// `vanthu check` finds each kind of damage, and --repair fixes only what loses nothing.

let t: TempCore
let shas: string[]
beforeAll(async () => {
  t = tempCore()
  await populate(t, { lines: 5, attachedPdfs: 3 })
  shas = t.core.db
    .prepare<[], { sha256: string }>('SELECT sha256 FROM files ORDER BY sha256')
    .all()
    .map((r) => r.sha256)
  // The orphan rule is "older than an hour" by the store's clock: use the machine's time.
  t.clock.set(new Date().toISOString())
}, 120_000)
afterAll(async () => {
  await t.cleanup()
})

const problemsOf = (r: CheckReport, name: string): readonly string[] =>
  r.checks.find((c) => c.name === name)?.problems ?? ['(no such check)']

function orphan(text: string, ageMs: number): string {
  const sha = createHash('sha256').update(text).digest('hex')
  const path = storedPath(t.core.paths.files, sha)
  mkdirSync(join(path, '..'), { recursive: true })
  writeFileSync(path, text)
  const when = new Date(Date.now() - ageMs)
  utimesSync(path, when, when)
  return sha
}

const count = (sql: string): number => t.core.db.prepare<[], { n: number }>(sql).get()?.n ?? -1

describe('vanthu check', () => {
  it('passes a healthy store', async () => {
    const r = await runCheck(t.core.deps)
    expect(r).toEqual({
      ok: true,
      checks: [
        'integrity',
        'foreign_keys',
        'attachments',
        'missing_files',
        'orphan_files',
        'search_index',
      ].map((name) => ({ name, ok: true, problems: [] })),
      repaired: [],
    })
  }, 60_000)

  it('finds a corrupted attachment, a missing one, orphans, an FK violation and a stale index', async () => {
    const [corrupt, missing, kept] = shas as [string, string, string]
    const bytes = readFileSync(storedPath(t.core.paths.files, corrupt))
    bytes[1000] = (bytes[1000] ?? 0) ^ 0xff
    writeFileSync(storedPath(t.core.paths.files, corrupt), bytes)
    rmSync(storedPath(t.core.paths.files, missing))
    const old = orphan('tệp mồ côi cũ', 2 * 60 * 60 * 1000)
    const young = orphan('tệp vừa tải lên', 0)
    t.core.db.pragma('foreign_keys = OFF')
    t.core.db
      .prepare(
        'INSERT INTO document_files (document_id, sha256, name, position) VALUES (?, ?, ?, ?)',
      )
      .run(999_999, kept, 'ma.pdf', 9)
    t.core.db.pragma('foreign_keys = ON')
    t.core.db.prepare('UPDATE search_state SET format = 0 WHERE id = 1').run()

    const r = await runCheck(t.core.deps)
    expect(r.ok).toBe(false)
    expect(problemsOf(r, 'integrity')).toEqual([])
    expect(problemsOf(r, 'foreign_keys')).toEqual([
      expect.stringMatching(/^Bảng document_files, dòng .*tham chiếu tới bảng documents/),
    ])
    expect(problemsOf(r, 'attachments')).toEqual([
      expect.stringMatching(new RegExp(`^Tệp ${corrupt} bị hỏng`)),
    ])
    expect(problemsOf(r, 'missing_files')).toEqual([
      expect.stringMatching(new RegExp(`^Thiếu tệp ${missing}`)),
    ])
    const orphans = problemsOf(r, 'orphan_files')
    expect(orphans).toHaveLength(2)
    expect(orphans.find((p) => p.includes(old))).toMatch(
      /--repair sẽ chuyển vào thư mục quarantine/,
    )
    expect(orphans.find((p) => p.includes(young))).toMatch(/dưới 1 giờ, để lại/)
    expect(problemsOf(r, 'search_index')).toEqual([expect.stringMatching(/phiên bản khác/)])
    expect(r.repaired).toEqual([])
  }, 60_000)

  it('--repair quarantines the old orphan, rebuilds the index, and deletes no row', async () => {
    const rows = {
      files: count('SELECT COUNT(*) AS n FROM files'),
      documentFiles: count('SELECT COUNT(*) AS n FROM document_files'),
      documents: count('SELECT COUNT(*) AS n FROM documents'),
    }
    const r = await runCheck(t.core.deps, { repair: true })
    expect(r.repaired).toEqual([
      expect.stringMatching(/^Đã chuyển 1 tệp mồ côi vào .*quarantine.* \(không xoá\)\.$/),
      expect.stringMatching(/^Đã dựng lại chỉ mục tìm kiếm/),
    ])
    expect(problemsOf(r, 'search_index')).toEqual([])
    expect(problemsOf(r, 'orphan_files')).toEqual([expect.stringMatching(/dưới 1 giờ/)])
    // What needs a person is still reported, and no row went.
    expect(problemsOf(r, 'attachments')).toHaveLength(1)
    expect(problemsOf(r, 'missing_files')).toHaveLength(1)
    expect(problemsOf(r, 'foreign_keys')).toHaveLength(1)
    expect(r.ok).toBe(false)
    expect({
      files: count('SELECT COUNT(*) AS n FROM files'),
      documentFiles: count('SELECT COUNT(*) AS n FROM document_files'),
      documents: count('SELECT COUNT(*) AS n FROM documents'),
    }).toEqual(rows)
    // The orphan is kept in quarantine, not deleted.
    const q = join(t.core.paths.root, 'quarantine')
    const [stamp] = readdirSync(q)
    const moved = readdirSync(join(q, stamp ?? '', 'files'), { recursive: true }).map(String)
    expect(
      moved.some((p) => p.endsWith(createHash('sha256').update('tệp mồ côi cũ').digest('hex'))),
    ).toBe(true)
    expect(
      existsSync(
        storedPath(
          t.core.paths.files,
          createHash('sha256').update('tệp vừa tải lên').digest('hex'),
        ),
      ),
    ).toBe(true)
  }, 60_000)
})
