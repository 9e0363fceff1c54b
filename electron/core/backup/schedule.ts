import type { BackupLastRun, BackupSchedule } from '../../../shared/api/methods/backup'
import type { Db } from '../db/open'

// The schedule lives in the settings table (no migration): one JSON value for what the admin
// chose, one for the last run. Times of day are the office's: Asia/Ho_Chi_Minh, UTC+7 all year.

const SCHEDULE = 'backup.schedule'
const LAST = 'backup.last'
const OFFICE_OFFSET_MS = 7 * 60 * 60 * 1000
const HOUR = 60 * 60 * 1000
const DAY = 24 * HOUR

export const defaultSchedule: BackupSchedule = {
  enabled: true,
  mode: 'daily',
  at: '23:00',
  everyHours: 24,
  folder: null,
  keep: 14,
}

function readJson(db: Db, key: string): unknown {
  const row = db
    .prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?')
    .get(key)
  if (!row) {
    return null
  }
  try {
    return JSON.parse(row.value) as unknown
  } catch {
    return null
  }
}

function writeJson(db: Db, key: string, value: unknown): void {
  db.prepare(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  ).run(key, JSON.stringify(value))
}

export function readSchedule(db: Db): BackupSchedule {
  const stored = readJson(db, SCHEDULE)
  return stored && typeof stored === 'object'
    ? { ...defaultSchedule, ...(stored as Partial<BackupSchedule>) }
    : defaultSchedule
}

export function saveSchedule(db: Db, schedule: BackupSchedule): void {
  writeJson(db, SCHEDULE, schedule)
}

export function readLastRun(db: Db): BackupLastRun | null {
  const stored = readJson(db, LAST)
  return stored && typeof stored === 'object' ? (stored as BackupLastRun) : null
}

export function saveLastRun(db: Db, last: BackupLastRun): void {
  writeJson(db, LAST, last)
}

/**
 * When the next backup is due, counting from `since` (scheduleAnchor). Every N hours: N hours
 * after it. Daily at HH:mm: the latest such moment not after now, if nothing good was made since;
 * otherwise the same time tomorrow. A due time in the past means "run at once", which is how a
 * machine that was off at 23:00 still gets its backup when it starts.
 */
export function nextDue(schedule: BackupSchedule, since: string, now: Date): Date | null {
  if (!schedule.enabled) {
    return null
  }
  const last = Date.parse(since)
  if (schedule.mode === 'hours') {
    return new Date(last + schedule.everyHours * HOUR)
  }
  const [h, m] = schedule.at.split(':').map(Number)
  const local = now.getTime() + OFFICE_OFFSET_MS
  const todayAt = Math.floor(local / DAY) * DAY + ((h ?? 0) * 60 + (m ?? 0)) * 60_000
  const latestSlot = (todayAt <= local ? todayAt : todayAt - DAY) - OFFICE_OFFSET_MS
  if (last < latestSlot) {
    return new Date(latestSlot)
  }
  return new Date(latestSlot + DAY)
}

/** The time of the last successful backup, kept apart from failures so a failure retries. */
export function lastGoodAt(db: Db): string | null {
  const stored = readJson(db, `${LAST}.good`)
  return typeof stored === 'string' ? stored : null
}

export function saveLastGood(db: Db, at: string): void {
  writeJson(db, `${LAST}.good`, at)
}

/**
 * What the schedule counts from: the last good backup, or else the moment the scheduler first
 * ran on this store (recorded then). Without that anchor an office that never has the app open
 * at 23:00 would never get a first backup; with it, the first missed slot runs at the next start.
 */
export function scheduleAnchor(db: Db, now: Date): string {
  const good = lastGoodAt(db)
  if (good !== null) {
    return good
  }
  const stored = readJson(db, `${SCHEDULE}.since`)
  if (typeof stored === 'string') {
    return stored
  }
  writeJson(db, `${SCHEDULE}.since`, now.toISOString())
  return now.toISOString()
}
