import type { BackupInfo } from '../../../shared/api/methods/backup'
import type { CoreDeps } from '../context'
import { isSetUp } from '../setup/state'
import { backupRunning, runBackupNow } from './folder'
import { nextDue, readLastRun, readSchedule, scheduleAnchor } from './schedule'

// Scheduled backups for the long-lived doors (the desktop window, `vanthu serve`). A timer looks
// once a minute whether a backup is due; one that was missed while the app was closed is due at
// once, so it runs right after start. The work itself happens in a worker (backup/create.ts).

export type BackupScheduler = Readonly<{
  /** Looks now; resolves with the backup it made, or null when none was due. For tests too. */
  tick: () => Promise<BackupInfo | null>
  stop: () => void
}>

const MINUTE = 60 * 1000
const RETRY_AFTER = 15 * MINUTE

export function startBackupScheduler(
  deps: CoreDeps,
  options: Readonly<{ everyMs?: number }> = {},
): BackupScheduler {
  let stopped = false

  const tick = async (): Promise<BackupInfo | null> => {
    if (stopped || deps.db.readonly || !deps.db.open || backupRunning(deps)) {
      return null
    }
    // A store with no agency yet has nothing worth keeping.
    if (!isSetUp(deps.db)) {
      return null
    }
    const now = deps.clock()
    const due = nextDue(readSchedule(deps.db), scheduleAnchor(deps.db, now), now)
    if (due === null || due.getTime() > now.getTime()) {
      return null
    }
    // A failing backup (disk full, folder gone) is retried every quarter hour, not every minute.
    const last = readLastRun(deps.db)
    if (last && !last.ok && now.getTime() - Date.parse(last.at) < RETRY_AFTER) {
      return null
    }
    deps.log.info('backup.scheduled.start', { due: due.toISOString() })
    try {
      return await runBackupNow(deps)
    } catch {
      // runBackupNow logged it and recorded it as the last run; the next tick tries again.
      return null
    }
  }

  const timer = setInterval(() => {
    void tick()
  }, options.everyMs ?? MINUTE)
  // The schedule must never keep a process alive on its own.
  timer.unref()
  // Right after start: the missed one, if any.
  const first = setTimeout(() => {
    void tick()
  }, 0)
  first.unref()

  return {
    tick,
    stop() {
      stopped = true
      clearInterval(timer)
      clearTimeout(first)
    },
  }
}
