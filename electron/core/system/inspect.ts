import { accessSync, constants, existsSync, statSync } from 'node:fs'
import { latestVersion, schemaVersionOf } from '../db/migrate'
import { migrations } from '../db/migrations'
import { openDatabase } from '../db/open'
import { dataPaths } from '../paths'
import { isSetUp } from '../setup/state'
import { checkIndex, type IndexCheck } from '../search/doctor'

export type DatabaseStatus = 'missing' | 'ok' | 'needs-migration' | 'too-new' | 'unreadable'

export type DataDirReport = {
  path: string
  exists: boolean
  writable: boolean
  database: {
    file: string
    status: DatabaseStatus
    sizeBytes: number | null
    schemaVersion: number | null
    latestSchemaVersion: number
    setupDone: boolean | null
    /** The search index against the database (issue 6); null until the schema is current. */
    searchIndex: IndexCheck | null
    error: string | null
  }
}

/** Looks at a data directory without changing it: read-only open, no migration. */
export function inspectDataDir(dir: string): DataDirReport {
  const paths = dataPaths(dir)
  const exists = existsSync(paths.root)
  const latest = latestVersion(migrations)
  const report: DataDirReport = {
    path: paths.root,
    exists,
    writable: exists && canWrite(paths.root),
    database: {
      file: paths.database,
      status: 'missing',
      sizeBytes: null,
      schemaVersion: null,
      latestSchemaVersion: latest,
      setupDone: null,
      searchIndex: null,
      error: null,
    },
  }
  if (!existsSync(paths.database)) {
    return report
  }
  report.database.sizeBytes = statSync(paths.database).size
  try {
    const db = openDatabase(paths.database, { readonly: true })
    try {
      const version = schemaVersionOf(db)
      report.database.schemaVersion = version
      report.database.status =
        version === latest ? 'ok' : version > latest ? 'too-new' : 'needs-migration'
      report.database.setupDone = version > 0 ? isSetUp(db) : false
      report.database.searchIndex = version === latest ? checkIndex(db) : null
    } finally {
      db.close()
    }
  } catch (err) {
    report.database.status = 'unreadable'
    report.database.error = err instanceof Error ? err.message : String(err)
  }
  return report
}

function canWrite(dir: string): boolean {
  try {
    accessSync(dir, constants.W_OK)
    return true
  } catch {
    return false
  }
}
