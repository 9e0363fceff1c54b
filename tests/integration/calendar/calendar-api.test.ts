import { spawnSync } from 'node:child_process'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { callAs, setUp, tempCore, type TempCore } from '../helpers/temp-core'

let t: TempCore
let admin: string
beforeEach(async () => {
  t = tempCore()
  admin = await setUp(t.core)
})
afterEach(async () => {
  await t.cleanup()
})

const add = async (from: string, days: number): Promise<string> => {
  const r = await callAs(t.core, admin, 'calendar.addWorkingDays', { from, days })
  if (!r.ok) {
    throw new Error(JSON.stringify(r.error))
  }
  return (r.value as { date: string }).date
}

describe('the working-day calendar in the core', () => {
  it('counts N working days across Tết, 30/4–1/5 and 2/9, the start day not counted', async () => {
    expect(await add('2026-02-13', 5)).toBe('2026-02-27')
    expect(await add('2026-04-29', 1)).toBe('2026-05-04')
    expect(await add('2026-08-31', 1)).toBe('2026-09-03')
    expect(await add('2026-03-02', 0)).toBe('2026-03-02')
  })

  it('lets an admin move the days the Government announces, and put them back', async () => {
    // Suppose 2026 swaps: Friday 20/02 worked, Monday 23/02 off, Saturday 28/02 made up.
    await callAs(t.core, admin, 'calendar.setDay', {
      date: '2026-02-20',
      kind: 'khong_nghi',
      name: 'Đi làm (hoán đổi)',
    })
    await callAs(t.core, admin, 'calendar.setDay', {
      date: '2026-02-23',
      kind: 'nghi_bu',
      name: 'Nghỉ hoán đổi',
    })
    const days = await callAs(t.core, admin, 'calendar.setDay', {
      date: '2026-02-28',
      kind: 'lam_bu',
      name: 'Làm bù',
    })
    expect(days).toMatchObject({ ok: true })
    expect(await add('2026-02-19', 1)).toBe('2026-02-20')
    expect(await add('2026-02-20', 1)).toBe('2026-02-24')
    expect(await add('2026-02-27', 1)).toBe('2026-02-28')
    const listed = await callAs(t.core, admin, 'calendar.holidays', { year: 2026 })
    expect(listed).toMatchObject({ ok: true })
    const feb = (
      listed.ok ? (listed.value as { date: string; kind: string; source: string }[]) : []
    ).filter((d) => d.date.startsWith('2026-02'))
    expect(feb.map((d) => `${d.date}:${d.kind}:${d.source}`)).toEqual([
      '2026-02-16:nghi_le:default',
      '2026-02-17:nghi_le:default',
      '2026-02-18:nghi_le:default',
      '2026-02-19:nghi_le:default',
      '2026-02-20:khong_nghi:admin',
      '2026-02-23:nghi_bu:admin',
      '2026-02-28:lam_bu:admin',
    ])
    await callAs(t.core, admin, 'calendar.resetDay', { date: '2026-02-20' })
    expect(await add('2026-02-19', 1)).toBe('2026-02-24')
  })

  it('refuses a make-up working day on a weekday, naming the field', async () => {
    const r = await callAs(t.core, admin, 'calendar.setDay', {
      date: '2026-03-04',
      kind: 'lam_bu',
      name: 'Làm bù',
    })
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { date: expect.any(String) } },
    })
  })

  it('refuses edits from anyone but an admin', async () => {
    const r = await callAs(t.core, null, 'calendar.setDay', {
      date: '2026-02-20',
      kind: 'nghi_le',
      name: 'x',
    })
    expect(r).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
  })
})

describe('vanthu calendar add-working-days', () => {
  it('prints the date, as JSON with --json, on any data directory', () => {
    const r = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        'electron/cli/index.ts',
        'calendar',
        'add-working-days',
        '--from',
        '2026-02-13',
        '--days',
        '5',
        '--data-dir',
        t.dir,
        '--json',
      ],
      { encoding: 'utf8', timeout: 60_000 },
    )
    expect(r.status).toBe(0)
    expect(JSON.parse(r.stdout)).toEqual({ date: '2026-02-27' })
  })
})
