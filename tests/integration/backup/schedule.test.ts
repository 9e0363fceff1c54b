import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import {
  archiveName,
  backupRunning,
  listBackups,
  pruneBackups,
  runBackupNow,
} from '../../../electron/core/backup/folder'
import { nextDue, defaultSchedule } from '../../../electron/core/backup/schedule'
import { startBackupScheduler } from '../../../electron/core/backup/scheduler'
import { DEMO_PASSWORD } from '../../../electron/core/demo/people'
import type { BackupSettings } from '../../../shared/api/methods/backup'
import { callAs, login, tempCore, tempDir, type TempCore } from '../helpers/temp-core'
import { populate } from './helpers'

let t: TempCore
let admin: string
let folder: string
beforeAll(async () => {
  t = tempCore()
  ;({ admin } = await populate(t, { lines: 10, attachedPdfs: 1 }))
  folder = tempDir('vanthu-sched-')
}, 120_000)
afterAll(async () => {
  await t.cleanup()
  rmSync(folder, { recursive: true, force: true })
})

const save = async (over: Partial<BackupSettings> = {}): Promise<BackupSettings> => {
  const r = await callAs(t.core, admin, 'backup.saveSettings', {
    enabled: true,
    mode: 'daily',
    at: '23:00',
    everyHours: 24,
    folder,
    keep: 3,
    ...over,
  })
  if (!r.ok) {
    throw new Error(JSON.stringify(r.error))
  }
  return r.value as BackupSettings
}

const archives = (): string[] =>
  readdirSync(folder)
    .filter((n) => n.endsWith('.tar.gz'))
    .sort()

describe('due times (office time, UTC+7)', () => {
  const daily = { ...defaultSchedule, at: '23:00' }
  it('daily: the latest 23:00 not yet covered, else tomorrow', () => {
    // 22:00 VN on 21/11 = 15:00Z; last good 20/11 23:30 VN.
    const now = new Date('2026-11-21T15:00:00Z')
    expect(nextDue(daily, '2026-11-20T16:30:00Z', now)?.toISOString()).toBe(
      '2026-11-21T16:00:00.000Z',
    )
    // Missed last night's (last good two days ago): due at the slot already past, i.e. now.
    expect(nextDue(daily, '2026-11-19T16:30:00Z', now)?.toISOString()).toBe(
      '2026-11-20T16:00:00.000Z',
    )
  })
  it('every N hours counts from the last good one; switched off means never', () => {
    const hours = { ...defaultSchedule, mode: 'hours' as const, everyHours: 6 }
    expect(nextDue(hours, '2026-11-21T00:00:00Z', new Date())?.toISOString()).toBe(
      '2026-11-21T06:00:00.000Z',
    )
    expect(nextDue({ ...daily, enabled: false }, '2026-11-21T00:00:00Z', new Date())).toBeNull()
  })
})

describe('Sao lưu through the API', () => {
  it('is for admins only, and checks the folder', async () => {
    const clerk = await login(t.core, 'vanthu', DEMO_PASSWORD)
    expect(await callAs(t.core, clerk, 'backup.list')).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    })
    const rel = await callAs(t.core, admin, 'backup.saveSettings', {
      ...defaultSchedule,
      folder: 'sao-luu',
    })
    expect(rel).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { folder: expect.stringMatching(/đường dẫn đầy đủ/) } },
    })
    const inFiles = await callAs(t.core, admin, 'backup.saveSettings', {
      ...defaultSchedule,
      folder: join(t.dir, 'files', 'x'),
    })
    expect(inFiles).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    // A folder that is not there is not made (a drive that is not plugged in, a typo).
    const absent = await callAs(t.core, admin, 'backup.saveSettings', {
      ...defaultSchedule,
      folder: join(folder, 'chua-co'),
    })
    expect(absent).toMatchObject({
      ok: false,
      error: { fields: { folder: expect.stringMatching(/^Không thấy thư mục/) } },
    })
    expect(existsSync(join(folder, 'chua-co'))).toBe(false)
    const badTime = await callAs(t.core, admin, 'backup.saveSettings', {
      ...defaultSchedule,
      at: '25:00',
    })
    expect(badTime).toMatchObject({
      ok: false,
      error: { fields: { at: expect.stringMatching(/HH:mm/) } },
    })
  })

  it('saves the schedule, runs one now, lists it with its counts, and keeps the newest N', async () => {
    const saved = await save({ keep: 2 })
    expect(saved).toMatchObject({ enabled: true, folder, keep: 2, running: false })
    // Files that are not ours stay, whatever retention does.
    writeFileSync(join(folder, 'pre-migrate-v50-x.db'), 'x')
    writeFileSync(join(folder, 'ghi-chu.txt'), 'x')
    const names: string[] = []
    for (let i = 0; i < 4; i++) {
      t.clock.advance(60 * 60 * 1000)
      const r = await callAs(t.core, admin, 'backup.run')
      names.push(r.ok ? (r.value as { name: string }).name : JSON.stringify(r.error))
    }
    expect(archives()).toEqual(names.slice(2).sort())
    expect(existsSync(join(folder, 'pre-migrate-v50-x.db'))).toBe(true)
    expect(existsSync(join(folder, 'ghi-chu.txt'))).toBe(true)
    const list = await callAs(t.core, admin, 'backup.list')
    const docs = t.core.db
      .prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM documents')
      .get()?.n
    expect(list).toMatchObject({
      ok: true,
      value: [
        { name: names[3], counts: { documents: docs, files: 1 } },
        { name: names[2], counts: { documents: docs, files: 1 } },
      ],
    })
    const reply = await callAs(t.core, admin, 'backup.settings')
    const settings = (reply.ok ? reply.value : null) as BackupSettings | null
    expect(settings?.last).toMatchObject({ ok: true, name: names[3] })
    // Each run and the settings change are in the audit trail.
    const audited = t.core.db
      .prepare<[], { method: string }>("SELECT method FROM audit_log WHERE method LIKE 'backup.%'")
      .all()
      .map((r) => r.method)
    expect(audited.filter((m) => m === 'backup.run')).toHaveLength(4)
    expect(audited).toContain('backup.saveSettings')
  }, 120_000)

  it('pruning also clears work files a killed backup left, once they are old', async () => {
    const left = join(folder, '.vanthu-backup-x.tar.gz.abc.part')
    writeFileSync(left, 'half')
    await pruneBackups(folder, 2, new Date())
    expect(existsSync(left)).toBe(true)
    await pruneBackups(folder, 2, new Date(Date.now() + 2 * 60 * 60 * 1000))
    expect(existsSync(left)).toBe(false)
  })
})

describe('the scheduler', () => {
  it('runs nothing before the time, the due one after it, and a missed one right at start', async () => {
    await save({ keep: 10, at: '23:00', mode: 'daily' })
    for (const n of archives()) {
      rmSync(join(folder, n))
    }
    // 21:00 VN on 22/11. The last good backup was made above (13:00 VN that day): nothing due.
    t.clock.set('2026-11-22T14:00:00.000Z')
    const s = startBackupScheduler(t.core.deps, { everyMs: 3_600_000 })
    try {
      await new Promise((r) => setTimeout(r, 20))
      expect(await s.tick()).toBeNull()
      // 23:05 VN: due.
      t.clock.set('2026-11-22T16:05:00.000Z')
      const made = await s.tick()
      expect(made?.name).toBe(archiveName(new Date('2026-11-22T16:05:00.000Z')))
      expect(await s.tick()).toBeNull()
    } finally {
      s.stop()
    }
    expect(archives()).toHaveLength(1)

    // The app was closed for three days: at the next start the missed backup runs by itself.
    t.clock.set('2026-11-25T01:30:00.000Z')
    const again = startBackupScheduler(t.core.deps, { everyMs: 3_600_000 })
    try {
      await vi.waitFor(() => expect(archives()).toHaveLength(2), { timeout: 60_000, interval: 100 })
      // The archive has its name before the run has recorded itself: wait for the whole run.
      await vi.waitFor(() => expect(backupRunning(t.core.deps)).toBe(false), { timeout: 10_000 })
    } finally {
      again.stop()
    }
    const listed = await listBackups(t.core.deps)
    expect(listed[0]?.createdAt).toBe('2026-11-25T01:30:00.000Z')
  }, 120_000)

  it('a second backup while one runs is refused with a clear message', async () => {
    const first = runBackupNow(t.core.deps)
    expect(() => runBackupNow(t.core.deps)).toThrow(/Đang sao lưu/)
    await first
  }, 60_000)
})
