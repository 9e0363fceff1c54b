import type { TaskSettings } from '../../../shared/api/task-types'
import type { Db } from '../db/open'

const KEY = 'tasks.dueSoonDays'
/** VOffice warns a few days ahead; three calendar days covers a weekend. */
const DEFAULT_DUE_SOON_DAYS = 3

export function taskSettings(db: Db): TaskSettings {
  const row = db
    .prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?')
    .get(KEY)
  const days = row ? Number(row.value) : DEFAULT_DUE_SOON_DAYS
  return { dueSoonDays: Number.isInteger(days) && days > 0 ? days : DEFAULT_DUE_SOON_DAYS }
}

export function saveTaskSettings(db: Db, settings: TaskSettings): TaskSettings {
  db.prepare(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  ).run(KEY, String(settings.dueSoonDays))
  return taskSettings(db)
}
