import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { storedPath } from '../../../electron/core/files/store'
import { tempDir } from '../helpers/temp-core'
import { corpusPdfs } from './helpers'

// `vanthu backup`, `vanthu restore` and `vanthu check` from source, in their own process, as an
// operator or a cron job runs them.

let root: string
let data: string
const run = (...args: string[]): { status: number | null; stdout: string; stderr: string } => {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli/index.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, VANTHU_DATA_DIR: data },
    timeout: 120_000,
  })
  return { status: r.status, stdout: r.stdout, stderr: r.stderr }
}
const json = (r: { stdout: string }): Record<string, unknown> =>
  JSON.parse(r.stdout) as Record<string, unknown>

beforeAll(() => {
  root = tempDir('vanthu-cli-backup-')
  data = join(root, 'data')
  expect(run('seed-demo', '--json').status).toBe(0)
  expect(run('import-pdf', ...corpusPdfs(2), '--json').status).toBe(0)
}, 180_000)
afterAll(() => {
  rmSync(root, { recursive: true, force: true })
})

describe('vanthu backup / restore / check', () => {
  it('backs up, restores into a new folder, refuses a used one, and the copy checks clean', () => {
    const out = join(root, 'sao-luu.tar.gz')
    const b = run('backup', '--out', out, '--json')
    expect(b.status).toBe(0)
    const made = json(b)
    expect(made).toMatchObject({
      file: out,
      counts: { files: 2 },
      missingFiles: [],
      corruptFiles: [],
    })

    const target = join(root, 'khoi-phuc')
    const r = run('restore', out, '--data-dir', target, '--json')
    expect(r.status).toBe(0)
    expect(json(r)).toMatchObject({ dataDir: target, counts: made.counts })

    const again = run('restore', out, '--data-dir', target)
    expect(again.status).toBe(1)
    expect(again.stderr).toMatch(/CONFLICT.*đã có dữ liệu/)

    const c = run('check', '--data-dir', target, '--json')
    expect(c.status).toBe(0)
    expect(json(c)).toMatchObject({ ok: true, repaired: [] })
  }, 180_000)

  it('restore of something that is not a backup exits 2 with the reason', () => {
    const junk = join(root, 'junk.tar.gz')
    writeFileSync(junk, 'không phải')
    const r = run('restore', junk, '--data-dir', join(root, 'khong'))
    expect(r.status).toBe(2)
    expect(r.stderr).toMatch(/không phải bản sao lưu Văn Thư/)
  }, 60_000)

  it('check exits non-zero on damage; --repair says what it did', () => {
    const sha = createHash('sha256').update('mồ côi').digest('hex')
    const path = storedPath(join(data, 'files'), sha)
    mkdirSync(join(path, '..'), { recursive: true })
    writeFileSync(path, 'mồ côi')
    const old = new Date(Date.now() - 3 * 60 * 60 * 1000)
    utimesSync(path, old, old)
    const c = run('check', '--json')
    expect(c.status).toBe(1)
    expect(json(c)).toMatchObject({
      ok: false,
      checks: expect.arrayContaining([
        { name: 'orphan_files', ok: false, problems: [expect.stringContaining(sha)] },
      ]),
    })
    const text = run('check')
    expect(text.stdout).toMatch(/✗ Tệp trên đĩa có bản ghi/)

    const fixed = run('check', '--repair', '--json')
    expect(fixed.status).toBe(0)
    expect(json(fixed)).toMatchObject({
      ok: true,
      repaired: [expect.stringMatching(/Đã chuyển 1 tệp mồ côi/)],
    })
  }, 120_000)
})
