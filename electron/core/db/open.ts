import Database from 'better-sqlite3'

export type Db = Database.Database

export type OpenOptions = Readonly<{
  /** Path to a better_sqlite3.node built for the running runtime (the desktop build for Electron). */
  nativeBinding?: string
  readonly?: boolean
}>

/**
 * Opens the store of record with the pragmas of ARCHITECTURE §3. `synchronous=FULL` because a
 * register is a legal record: a committed số đến must survive a power cut.
 */
export function openDatabase(file: string, options: OpenOptions = {}): Db {
  const db = new Database(file, {
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    ...(options.readonly ? { readonly: true } : {}),
  })
  db.pragma('busy_timeout = 10000')
  if (!options.readonly) {
    db.pragma('journal_mode = WAL')
  }
  db.pragma('synchronous = FULL')
  db.pragma('foreign_keys = ON')
  return db
}
