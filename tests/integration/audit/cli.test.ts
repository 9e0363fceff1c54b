import { spawnSync } from 'node:child_process'
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { tempDir } from '../helpers/temp-core'

// `vanthu audit verify --data-dir D --json`, in its own process as a script runs it.
let dir: string
const run = (...args: string[]): { status: number | null; stdout: string; stderr: string } => {
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'electron/cli/index.ts', ...args, '--data-dir', dir],
    { encoding: 'utf8', timeout: 120_000 },
  )
  return { status: r.status, stdout: r.stdout, stderr: r.stderr }
}

beforeAll(() => {
  dir = tempDir()
})
afterAll(() => {
  rmSync(dir, { recursive: true, force: true })
})

describe('vanthu audit verify', () => {
  it('exits 0 on a clean store and non-zero, naming the row, on a tampered one', () => {
    const init = run(
      'init',
      '--agency',
      'Ủy ban nhân dân tỉnh Quảng Ninh',
      '--agency-short',
      'UBND',
      '--admin-user',
      'admin',
      '--admin-password',
      'Quantri@2026',
    )
    expect(init.stderr).toBe('')
    expect(init.status).toBe(0)
    expect(run('seed-demo').status).toBe(0)

    const clean = run('audit', 'verify', '--json')
    expect(clean.status).toBe(0)
    const ok = JSON.parse(clean.stdout) as { ok: boolean; rows: number }
    expect(ok).toMatchObject({ ok: true, problems: [] })
    expect(ok.rows).toBeGreaterThan(0)

    const db = new Database(join(dir, 'vanthu.db'))
    db.exec('DROP TRIGGER audit_log_no_update')
    db.prepare("UPDATE audit_log SET detail = '{}' WHERE id = 1").run()
    db.close()

    const bad = run('audit', 'verify', '--json')
    expect(bad.status).toBe(1)
    expect(JSON.parse(bad.stdout)).toMatchObject({
      ok: false,
      problems: [{ id: 1, kind: 'edited' }],
    })
    const human = run('audit', 'verify')
    expect(human.status).toBe(1)
    expect(human.stdout).toMatch(/KHÔNG toàn vẹn/)
  }, 300_000)
})
