import { spawnSync } from 'node:child_process'
import { rmSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { tempDir } from '../helpers/temp-core'

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
      schemaVersion: 10,
      setupDone: true,
    })
    expect(report.betterSqlite3).toMatchObject({ ok: true, fts5: true })
    expect(typeof report.electron.binaryPresent).toBe('boolean')
  })
})
