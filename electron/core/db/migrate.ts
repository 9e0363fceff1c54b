import { CoreError } from '../errors'
import type { Migration } from './migration'
import type { Db } from './open'

export type MigrateResult = Readonly<{ from: number; to: number; backupFile: string | null }>

export const schemaVersionOf = (db: Db): number =>
  db.pragma('user_version', { simple: true }) as number

export const latestVersion = (migrations: readonly Migration[]): number =>
  migrations.reduce((max, m) => Math.max(max, m.version), 0)

export function checkMigrations(migrations: readonly Migration[]): void {
  let previous = 0
  for (const m of migrations) {
    if (m.version <= previous) {
      throw new Error(`Migrations out of order: ${m.version} (${m.name}) after ${previous}`)
    }
    previous = m.version
  }
}

/**
 * Brings the database up to the newest schema. All pending migrations run in one transaction,
 * after a backup copy of a non-empty database, so a failed step leaves the old file untouched
 * and a good copy beside it. A database written by a newer app is refused, never downgraded.
 */
export function migrate(
  db: Db,
  migrations: readonly Migration[],
  backupFileFor: (fromVersion: number) => string,
): MigrateResult {
  checkMigrations(migrations)
  const from = schemaVersionOf(db)
  const to = latestVersion(migrations)
  if (from > to) {
    throw new CoreError(
      'DB_TOO_NEW',
      `Dữ liệu được tạo bởi phiên bản Văn Thư mới hơn (lược đồ ${from}, phiên bản này hiểu đến ${to}). ` +
        'Hãy cập nhật ứng dụng; dữ liệu không bị thay đổi.',
    )
  }
  const pending = migrations.filter((m) => m.version > from)
  if (pending.length === 0) {
    return { from, to: from, backupFile: null }
  }
  let backupFile: string | null = null
  if (from > 0) {
    backupFile = backupFileFor(from)
    // VACUUM INTO writes a consistent, compact copy synchronously, WAL content included.
    db.prepare('VACUUM INTO ?').run(backupFile)
  }
  db.transaction(() => {
    for (const m of pending) {
      m.up(db)
    }
    db.pragma(`user_version = ${to}`)
  }).immediate()
  return { from, to, backupFile }
}
