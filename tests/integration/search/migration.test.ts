import { join } from 'node:path'
import { rmSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { migrate } from '../../../electron/core/db/migrate'
import { migrations } from '../../../electron/core/db/migrations'
import { openDatabase, type Db } from '../../../electron/core/db/open'
import { createTablesSql, LIVE } from '../../../electron/core/search/schema'
import { searchDocuments } from '../../../electron/core/search/search'
import { pendingChanges, syncIndex } from '../../../electron/core/search/sync'
import { tempDir } from '../helpers/temp-core'
import { SYSTEM } from './helpers'

// Migration 0060: its FTS5 tables are the ones a rebuild creates, and a database that already
// holds documents when it arrives has them queued and found on first search.

const dirs: string[] = []
const open = (): Db => {
  const dir = tempDir()
  dirs.push(dir)
  return openDatabase(join(dir, 'vanthu.db'))
}
afterEach(() => {
  for (const d of dirs.splice(0)) {
    rmSync(d, { recursive: true, force: true })
  }
})

const ftsSql = (db: Db, name: string): string =>
  (
    db.prepare<[string], { sql: string }>('SELECT sql FROM sqlite_master WHERE name = ?').get(name)
      ?.sql ?? ''
  )
    .replace(/\s+/g, ' ')
    .replace(/\( /g, '(')
    .replace(/ \)/g, ')')

describe('migration 0060-search', () => {
  it('creates the same FTS5 tables as a rebuild does', () => {
    const migrated = open()
    migrate(migrated, migrations, () => join(dirs[0] ?? '', 'backup.db'))
    const rebuilt = openDatabase(':memory:')
    rebuilt.exec(createTablesSql(LIVE))
    for (const name of Object.values(LIVE)) {
      expect(ftsSql(migrated, name), name).toBe(ftsSql(rebuilt, name))
    }
  })

  it('queues the documents and tasks of an older database, found on first search', () => {
    const db = open()
    const backup = join(dirs[0] ?? '', 'backup.db')
    migrate(
      db,
      migrations.filter((m) => m.version <= 50),
      () => backup,
    )
    const now = '2026-03-02T01:00:00.000Z'
    db.prepare(
      `INSERT INTO document_types (code, name, abbreviation, kind, sort_order) VALUES ('quyet_dinh', 'Quyết định', 'QĐ', 'hanh_chinh', 1)`,
    ).run()
    db.prepare(
      `INSERT INTO documents (direction, register_id, year, number, so_ky_hieu, loai_van_ban, trich_yeu,
         trich_yeu_sort, do_khan, do_mat, status, created_at, updated_at)
       VALUES ('in', 1, 2026, 1, '12/QĐ-UBND', 'quyet_dinh', 'Quyết định thành lập hội đồng thi đua',
         '', 'thuong', 'thuong', 'cho_xu_ly', ?, ?)`,
    ).run(now, now)
    migrate(db, migrations, () => backup)
    expect(pendingChanges(db)).toBe(1)
    const r = searchDocuments(db, SYSTEM, { q: 'hoi dong thi dua', limit: 10, offset: 0 })
    expect(r.hits.map((h) => h.soKyHieu)).toEqual(['12/QĐ-UBND'])
    expect(syncIndex(db)).toEqual({ indexed: 0, pending: 0 })
  })
})
