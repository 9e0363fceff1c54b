import { spawnSync } from 'node:child_process'
import { rmSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openCore, type Core } from '../../../electron/core/core'
import { silentLogger } from '../../../electron/core/log/logger'
import type { TaskRow } from '../../../shared/api/task-types'
import { tempDir } from '../helpers/temp-core'
import { demoCore, idOf, MARCH, seedMonth, type Scenario } from '../reports/task-fixtures'

// `vanthu tasks` from source, in its own process and on today's real clock, against a month of
// tasks laid down by the core on a test clock (tests/integration/reports/task-fixtures.ts).

let dir: string
let scenario: Scenario
let core: Core
const SYSTEM = { system: 'test' } as const

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
  expect(r.status, r.stderr).toBe(0)
  return JSON.parse(r.stdout)
}
const sorted = (list: number[]): number[] => [...list].sort((a, b) => a - b)
const ids = (rows: unknown): number[] => sorted((rows as TaskRow[]).map((r) => r.id))

beforeAll(async () => {
  dir = tempDir()
  const t = await demoCore(dir)
  scenario = await seedMonth(t)
  await t.core.close()
  // The same data directory on the real clock, as the command sees it.
  core = openCore({ dataDir: dir, logger: silentLogger })
}, 120_000)
afterAll(async () => {
  await core.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('vanthu tasks', () => {
  it('list --json prints the TaskRows tasks.list gives, filtered by bucket, unit and period', async () => {
    const { A, B, C, D, E, F } = scenario.tasks
    const all = json('tasks', 'list')
    const page = await core.invoke('tasks.list', { view: 'all', limit: 1000 }, SYSTEM)
    expect(all).toEqual(page.rows)
    expect((all as TaskRow[])[0]).toMatchObject({
      title: expect.any(String),
      bucket: expect.any(String),
      dueOn: expect.any(String),
      lead: { kind: expect.any(String), name: expect.any(String) },
    })
    // Months later every open task is late.
    expect(ids(json('tasks', 'list', '--bucket', 'qua_han'))).toEqual(sorted([C, D, E, F]))
    expect(ids(json('tasks', 'list', '--unit', 'kt'))).toEqual(sorted([A, B, F]))
    expect(
      ids(json('tasks', 'list', '--unit', 'VP', '--from', MARCH.from, '--to', MARCH.to)),
    ).toEqual([A, B, C, D])
    const text = run('tasks', 'list', '--unit', String(idOf(core, 'units', 'TCD')))
    expect(text.status).toBe(0)
    expect(text.stdout).toContain('Giải quyết đơn thư tồn đọng')
    expect(text.stdout).toContain('Chưa hoàn thành - quá hạn')
    expect(text.stdout).toContain('Tổng số: 1 nhiệm vụ')
  }, 120_000)

  it('report --json gives the dashboard’s figures for the period, overall and per unit', async () => {
    const report = json('tasks', 'report', '--from', MARCH.from, '--to', MARCH.to)
    const d = await core.invoke('tasks.dashboard', MARCH, SYSTEM)
    expect(report).toEqual({
      from: MARCH.from,
      to: MARCH.to,
      asOf: MARCH.to,
      counts: d.counts,
      overduePercent: d.overduePercent,
      units: d.byUnit,
    })
    // Judged at 31/03: A on time, B late, C, D and E still open past their deadlines.
    expect(report).toMatchObject({
      counts: {
        total: 5,
        hoan_thanh_dung_han: 1,
        hoan_thanh_qua_han: 1,
        trong_han: 0,
        qua_han: 3,
        sap_den_han: 0,
      },
      overduePercent: 80,
    })
    const vp = json('tasks', 'report', '--from', MARCH.from, '--to', MARCH.to, '--unit', 'VP') as {
      counts: { total: number }
      units: { unitName: string }[]
    }
    expect(vp.counts.total).toBe(4)
    expect(vp.units.map((u) => u.unitName)).toEqual([
      'Phòng Khoa giáo - Văn xã',
      'Phòng Kinh tế',
      'Phòng Tổng hợp',
    ])
    const text = run('tasks', 'report', '--from', MARCH.from, '--to', MARCH.to)
    expect(text.status).toBe(0)
    expect(text.stdout).toContain('từ 01/03/2026 đến 31/03/2026')
    expect(text.stdout).toMatch(/Phòng Kinh tế\s+2\s+1\s+1\s+0\s+0\s+0\s+50,0%/)
    expect(text.stdout).toMatch(/Tổng cộng\s+5\s+1\s+1\s+0\s+3\s+0\s+80,0%/)
  }, 120_000)

  it('refuses bad input with exit code 2 and a Vietnamese message', () => {
    const badDate = run('tasks', 'report', '--from', '2026-02-30', '--to', '2026-03-31')
    expect(badDate.status).toBe(2)
    expect(badDate.stderr).toMatch(/--from "2026-02-30" không phải ngày hợp lệ/)
    const typed = run('tasks', 'list', '--to', '31/03/2026', '--json')
    expect(typed.status).toBe(2)
    expect(JSON.parse(typed.stdout)).toMatchObject({
      error: { code: 'VALIDATION', message: expect.stringMatching(/YYYY-MM-DD/) },
    })
    const reversed = run('tasks', 'report', '--from', MARCH.to, '--to', MARCH.from)
    expect(reversed.status).toBe(2)
    expect(reversed.stderr).toMatch(/phải trước ngày kết thúc/)
    expect(run('tasks', 'list', '--bucket', 'tre_han').status).toBe(2)
    const noUnit = run('tasks', 'report', '--from', MARCH.from, '--to', MARCH.to, '--unit', 'XYZ')
    expect(noUnit.status).toBe(2)
    expect(noUnit.stderr).toMatch(/Không có đơn vị "XYZ"/)
  }, 120_000)
})
