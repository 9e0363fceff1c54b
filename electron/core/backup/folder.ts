import { existsSync } from 'node:fs'
import { readdir, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import type { BackupInfo } from '../../../shared/api/methods/backup'
import type { CoreDeps } from '../context'
import { CoreError } from '../errors'
import { createBackup, infoOf } from './create'
import { readManifest } from './read-archive'
import { readSchedule, saveLastGood, saveLastRun } from './schedule'

// The backup folder: archives named by the office's date and time, so they sort by name and an
// operator browsing the folder reads them at a glance; retention keeps the newest N of those and
// never touches any other file (the pre-migration copies share the default folder).

const NAME = /^vanthu-backup-(\d{8}-\d{6})(?:-(\d+))?\.tar\.gz$/
const LEFTOVER = /^\.vanthu-backup-.*\.(work|part)$/
const HOUR = 60 * 60 * 1000

export const backupFolder = (deps: Pick<CoreDeps, 'db' | 'paths'>): string =>
  readSchedule(deps.db).folder ?? deps.paths.backups

export function archiveName(at: Date): string {
  const t = new Date(at.getTime() + 7 * HOUR).toISOString()
  return `vanthu-backup-${t.slice(0, 10).replace(/-/g, '')}-${t.slice(11, 19).replace(/:/g, '')}.tar.gz`
}

async function archivesIn(folder: string): Promise<string[]> {
  if (!existsSync(folder)) {
    return []
  }
  // Same second twice gets "-2": order by the time, then by that counter, newest first.
  const keyed = (await readdir(folder)).flatMap((n) => {
    const m = NAME.exec(n)
    return m ? [{ n, key: `${m[1]}.${(m[2] ?? '1').padStart(4, '0')}` }] : []
  })
  return keyed.sort((a, b) => (a.key < b.key ? 1 : a.key > b.key ? -1 : 0)).map((k) => k.n)
}

/** Every archive in the folder, newest first, described by its manifest; unreadable ones skipped. */
export async function listBackups(
  deps: Pick<CoreDeps, 'db' | 'paths' | 'log'>,
): Promise<BackupInfo[]> {
  const folder = backupFolder(deps)
  const out: BackupInfo[] = []
  for (const name of await archivesIn(folder)) {
    const file = join(folder, name)
    try {
      const [m, s] = await Promise.all([readManifest(file), stat(file)])
      out.push(infoOf(name, s.size, m))
    } catch (err) {
      deps.log.warn('backup.list.unreadable', { file, err: String(err) })
    }
  }
  return out
}

/** Keeps the newest `keep` archives; also clears work files a killed backup left behind. */
export async function pruneBackups(folder: string, keep: number, now: Date): Promise<string[]> {
  const removed: string[] = []
  for (const name of (await archivesIn(folder)).slice(keep)) {
    await rm(join(folder, name), { force: true })
    removed.push(name)
  }
  for (const name of existsSync(folder) ? await readdir(folder) : []) {
    if (LEFTOVER.test(name)) {
      const path = join(folder, name)
      if (now.getTime() - (await stat(path)).mtimeMs > HOUR) {
        await rm(path, { recursive: true, force: true })
      }
    }
  }
  return removed
}

const running = new WeakMap<object, Promise<BackupInfo>>()

export const backupRunning = (deps: Pick<CoreDeps, 'db'>): boolean => running.has(deps.db)

/** One backup into the configured folder, then retention; one at a time per store. */
export function runBackupNow(deps: CoreDeps): Promise<BackupInfo> {
  if (running.has(deps.db)) {
    throw new CoreError('CONFLICT', 'Đang sao lưu; hãy chờ lần này xong')
  }
  const job = Promise.resolve().then(async (): Promise<BackupInfo> => {
    const schedule = readSchedule(deps.db)
    const folder = backupFolder(deps)
    const now = deps.clock()
    let name = archiveName(now)
    for (let i = 2; existsSync(join(folder, name)); i++) {
      name = archiveName(now).replace(/\.tar\.gz$/, `-${i}.tar.gz`)
    }
    try {
      if (schedule.folder !== null && !existsSync(folder)) {
        throw new CoreError(
          'CONFLICT',
          `Không thấy thư mục sao lưu ${folder} (ổ ngoài chưa cắm?): chưa sao lưu được.`,
        )
      }
      const result = await createBackup(deps, join(folder, name))
      const at = deps.clock().toISOString()
      saveLastRun(deps.db, { at, ok: true, name, error: null })
      saveLastGood(deps.db, result.manifest.createdAt)
      const removed = await pruneBackups(folder, schedule.keep, deps.clock())
      if (removed.length > 0) {
        deps.log.info('backup.pruned', { folder, removed })
      }
      return infoOf(name, result.size, result.manifest)
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err)
      if (deps.db.open) {
        saveLastRun(deps.db, {
          at: deps.clock().toISOString(),
          ok: false,
          name: null,
          error: message,
        })
      }
      deps.log.error('backup.failed', { folder, err: message })
      throw err instanceof CoreError
        ? err
        : new CoreError('INTERNAL', `Sao lưu không thành công: ${message}`)
    } finally {
      running.delete(deps.db)
    }
  })
  running.set(deps.db, job)
  return job
}
