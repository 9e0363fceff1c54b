import { TYPE_CATALOG } from '../../../shared/domain/type-catalog'
import type { Db } from '../db/open'

/**
 * Brings the reference tables up to the catalogue this version ships, at every open: new
 * types appear, names follow the catalogue, nothing an admin added or disabled is removed.
 * Kept out of migrations so that a catalogue change is one edit, not a migration per type.
 */
export function syncReferenceData(db: Db): void {
  const upsert = db.prepare(
    `INSERT INTO document_types (code, name, abbreviation, kind, sort_order) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (code) DO UPDATE SET name = excluded.name, abbreviation = excluded.abbreviation,
       kind = excluded.kind, sort_order = excluded.sort_order`,
  )
  db.transaction(() => {
    TYPE_CATALOG.forEach((t, i) => upsert.run(t.code, t.name, t.abbreviation, t.kind, i))
  })()
}
