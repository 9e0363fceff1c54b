import { existsSync, readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { openCore } from '../../../electron/core/core'
import { migrate, schemaVersionOf } from '../../../electron/core/db/migrate'
import type { Migration } from '../../../electron/core/db/migration'
import { migrations } from '../../../electron/core/db/migrations'
import { openDatabase } from '../../../electron/core/db/open'
import { CoreError } from '../../../electron/core/errors'
import { silentLogger } from '../../../electron/core/log/logger'
import { tempDir } from '../helpers/temp-core'

const dirs: string[] = []
const newDir = (): string => {
  const d = tempDir()
  dirs.push(d)
  return d
}
afterEach(() => {
  for (const d of dirs.splice(0)) {
    rmSync(d, { recursive: true, force: true })
  }
})

const latest = migrations[migrations.length - 1]?.version ?? 0

describe('migrations', () => {
  it('brings a new data directory to the latest schema with the pragmas of the store of record', async () => {
    const dir = newDir()
    const core = openCore({ dataDir: dir, logger: silentLogger })
    expect(core.migration).toEqual({ from: 0, to: latest, backupFile: null })
    expect(core.db.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(core.db.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(core.db.pragma('synchronous', { simple: true })).toBe(2)
    for (const sub of ['files', 'index', 'backups', 'logs']) {
      expect(existsSync(join(dir, sub))).toBe(true)
    }
    await core.close()
    const again = openCore({ dataDir: dir, logger: silentLogger })
    expect(again.migration).toEqual({ from: latest, to: latest, backupFile: null })
    await again.close()
  })

  it('every table it creates is STRICT', async () => {
    const dir = newDir()
    const core = openCore({ dataDir: dir, logger: silentLogger })
    const tables = core.db
      .prepare<[], { name: string; strict: number }>(
        "SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%'",
      )
      .all()
    expect(tables.length).toBeGreaterThan(5)
    expect(tables.filter((t) => t.strict !== 1)).toEqual([])
    await core.close()
  })

  it('refuses a database from a newer version and leaves it untouched', async () => {
    const dir = newDir()
    const core = openCore({ dataDir: dir, logger: silentLogger })
    core.db.pragma('user_version = 9990')
    await core.close()
    let caught: unknown
    try {
      openCore({ dataDir: dir, logger: silentLogger })
    } catch (err) {
      caught = err
    }
    expect(caught).toBeInstanceOf(CoreError)
    expect((caught as CoreError).code).toBe('DB_TOO_NEW')
    expect((caught as CoreError).message).toMatch(/phiên bản Văn Thư mới hơn/)
    const db = openDatabase(join(dir, 'vanthu.db'))
    expect(schemaVersionOf(db)).toBe(9990)
    db.close()
  })

  it('copies the database before migrating an existing one, and rolls a failed step back whole', () => {
    const dir = newDir()
    const db = openDatabase(join(dir, 'test.db'))
    const first: Migration = {
      version: 10,
      name: 'one',
      up: (d) => d.exec('CREATE TABLE a (x INTEGER) STRICT'),
    }
    expect(migrate(db, [first], () => join(dir, 'never.db')).backupFile).toBeNull()
    db.prepare('INSERT INTO a VALUES (42)').run()

    const good: Migration = {
      version: 20,
      name: 'two',
      up: (d) => d.exec('CREATE TABLE b (y INTEGER) STRICT'),
    }
    const bad: Migration = {
      version: 30,
      name: 'three',
      up: () => {
        throw new Error('boom')
      },
    }
    const backup = join(dir, 'backup-v10.db')
    expect(() => migrate(db, [first, good, bad], () => backup)).toThrow('boom')
    expect(schemaVersionOf(db)).toBe(10)
    expect(db.prepare("SELECT COUNT(*) AS n FROM sqlite_master WHERE name = 'b'").get()).toEqual({
      n: 0,
    })
    const copy = openDatabase(backup, { readonly: true })
    expect(copy.prepare('SELECT x FROM a').get()).toEqual({ x: 42 })
    copy.close()

    const result = migrate(db, [first, good], () => join(dir, 'backup-2.db'))
    expect(result).toMatchObject({ from: 10, to: 20 })
    expect(readdirSync(dir)).toContain('backup-2.db')
    db.close()
  })

  it('rejects migrations listed out of order', () => {
    const dir = newDir()
    const db = openDatabase(join(dir, 'test.db'))
    const m = (version: number): Migration => ({
      version,
      name: `m${version}`,
      up: () => undefined,
    })
    expect(() => migrate(db, [m(20), m(10)], () => '')).toThrow(/out of order/)
    db.close()
  })
})
