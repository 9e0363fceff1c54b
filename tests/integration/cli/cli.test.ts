import { spawnSync } from 'node:child_process'
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { latestVersion } from '../../../electron/core/db/migrate'
import { migrations } from '../../../electron/core/db/migrations'
import { tempDir } from '../helpers/temp-core'

const LATEST = latestVersion(migrations)

// The real `vanthu` command from source, in its own process, as a person or a script runs it.
let dir: string
const run = (...args: string[]): { status: number | null; stdout: string; stderr: string } => {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli/index.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, VANTHU_DATA_DIR: dir },
    timeout: 60_000,
  })
  return { status: r.status, stdout: r.stdout, stderr: r.stderr }
}
const json = (...args: string[]): unknown => {
  const r = run(...args, '--json')
  return JSON.parse(r.stdout)
}

beforeAll(() => {
  dir = tempDir()
})
afterAll(() => {
  rmSync(dir, { recursive: true, force: true })
})

describe('vanthu CLI', () => {
  it('init sets the agency up once, with a precise refusal the second time', () => {
    const args = [
      'init',
      '--agency',
      'Ủy ban nhân dân tỉnh Quảng Ninh',
      '--agency-short',
      'UBND',
      '--agency-code',
      '000.00.00.H49',
      '--admin-user',
      'admin',
      '--admin-password',
      'Quantri@2026',
    ]
    const first = run(...args, '--json')
    expect(first.status).toBe(0)
    expect(JSON.parse(first.stdout)).toMatchObject({
      agency: { shortName: 'UBND', code: '000.00.00.H49' },
    })
    const second = run(...args)
    expect(second.status).toBe(1)
    expect(second.stderr).toMatch(/ALREADY_SET_UP/)
  })

  it('seed-demo adds a whole UBND tỉnh and is idempotent', () => {
    expect(json('seed-demo')).toEqual({ unitsAdded: 8, usersAdded: 25, usersSkipped: ['admin'] })
    expect(json('seed-demo')).toMatchObject({ unitsAdded: 0, usersAdded: 0 })
    const users = json('users', 'list') as { username: string; roles: string[] }[]
    expect(users).toHaveLength(26)
    for (const role of ['van_thu', 'lanh_dao', 'chuyen_vien', 'quan_tri']) {
      expect(users.some((u) => u.roles.includes(role))).toBe(true)
    }
  })

  it('users add validates and refers to units by short name', () => {
    const ok = json(
      'users',
      'add',
      '--username',
      'cv.moi',
      '--full-name',
      'Nguyễn Thị Mới',
      '--position',
      'Chuyên viên',
      '--unit',
      'kt',
      '--roles',
      'chuyen_vien',
      '--password',
      'Batdau@123',
    )
    expect(ok).toMatchObject({
      username: 'cv.moi',
      roles: ['chuyen_vien'],
      mustChangePassword: true,
    })
    const bad = run(
      'users',
      'add',
      '--username',
      'x',
      '--full-name',
      'X',
      '--position',
      'Y',
      '--unit',
      'KT',
      '--roles',
      'chuyen_vien',
      '--password',
      'short',
    )
    expect(bad.status).toBe(2)
    expect(bad.stderr).toMatch(/Mật khẩu cần ít nhất 8 ký tự/)
    const noUnit = run(
      'users',
      'add',
      '--username',
      'abc',
      '--full-name',
      'X',
      '--position',
      'Y',
      '--unit',
      'NOPE',
      '--roles',
      'chuyen_vien',
      '--password',
      'Batdau@123',
      '--json',
    )
    expect(JSON.parse(noUnit.stdout)).toMatchObject({
      error: { code: 'VALIDATION', message: expect.stringMatching(/Không có đơn vị "NOPE"/) },
    })
  })

  it('doctor --json tells the truth about the data directory and this machine', () => {
    const report = json('doctor') as {
      dataDir: {
        path: string
        database: { status: string; schemaVersion: number; setupDone: boolean }
      }
      betterSqlite3: { ok: boolean; fts5: boolean }
      electron: { binaryPresent: boolean }
    }
    expect(report.dataDir.path).toBe(dir)
    expect(report.dataDir.database).toMatchObject({
      status: 'ok',
      schemaVersion: LATEST,
      setupDone: true,
    })
    expect(report.betterSqlite3).toMatchObject({ ok: true, fts5: true })
    expect(typeof report.electron.binaryPresent).toBe('boolean')
  })

  it('import reads the corpus format, is idempotent, and docs list/show read it back', () => {
    const corpus = join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'corpus')
    const sample = join(dir, 'sample.jsonl')
    writeFileSync(
      sample,
      readFileSync(join(corpus, 'docs.jsonl'), 'utf8').split('\n').slice(0, 30).join('\n'),
    )
    const first = json('import', sample)
    expect(first).toMatchObject({ added: 30, duplicates: 0, failed: [] })
    expect(json('import', sample)).toMatchObject({ added: 0, duplicates: 30, failed: [] })
    const rows = json('docs', 'list', '--direction', 'in') as Record<string, unknown>[]
    expect(rows).toHaveLength(30)
    for (const key of [
      'id',
      'direction',
      'soDen',
      'soKyHieu',
      'ngayBanHanh',
      'coQuanBanHanh',
      'loaiVanBan',
      'trichYeu',
    ]) {
      expect(rows[0]).toHaveProperty(key)
    }
    expect(rows.map((r) => r.soDen)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1))
    expect(rows[0]).toMatchObject({
      direction: 'in',
      soKyHieu: '249/2025/NĐ-CP',
      loaiVanBan: 'Nghị định',
    })
    expect(json('docs', 'list', '--direction', 'in', '--limit', '5')).toHaveLength(5)
    expect(json('docs', 'show', String(rows[0]?.id))).toMatchObject({
      id: rows[0]?.id,
      registerName: 'Sổ văn bản đến',
    })
    const missing = run('docs', 'show', '999999', '--json')
    expect(missing.status).toBe(1)
    expect(JSON.parse(missing.stdout)).toMatchObject({ error: { code: 'NOT_FOUND' } })

    const pdfs = ['07_text_TB-480-TB-VPCP.pdf', '06_scanned_1page_table_with_seal.pdf'].map((f) =>
      join(corpus, 'pdf', f),
    )
    expect(json('import-pdf', ...pdfs, join(dir, 'none.pdf'))).toMatchObject({
      added: 2,
      duplicates: 0,
      failed: [{ file: join(dir, 'none.pdf'), error: 'Không tìm thấy tệp' }],
    })
    expect(json('import-pdf', ...pdfs)).toMatchObject({ added: 0, duplicates: 2, failed: [] })
  }, 120_000)
})
