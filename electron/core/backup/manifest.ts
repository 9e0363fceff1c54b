import { z } from 'zod'
import type { BackupCounts } from '../../../shared/api/methods/backup'
import type { Db } from '../db/open'

// What a Văn Thư backup archive holds and how it describes itself. The archive is a gzipped tar:
// `manifest.json` first, then `vanthu.db` (an online snapshot), then every attachment under
// `files/ab/cd/<sha256>`. The manifest carries the SHA-256 and size of every other entry, so a
// restore can prove each byte before it writes one.

export const MANIFEST = 'manifest.json'
export const DATABASE = 'vanthu.db'
export const FORMAT = 'vanthu-backup/1'

/** The only names an archive may hold: anything else (../, /abs, links) is refused by name. */
export const ENTRY_PATH = /^(vanthu\.db|files\/[0-9a-f]{2}\/[0-9a-f]{2}\/[0-9a-f]{64})$/

const sha256 = z.string().regex(/^[0-9a-f]{64}$/)

export const manifestSchema = z.object({
  format: z.literal(FORMAT),
  appVersion: z.string().max(50),
  schemaVersion: z.number().int().min(0),
  createdAt: z.iso.datetime(),
  counts: z.object({
    documents: z.number().int().min(0),
    files: z.number().int().min(0),
    auditRows: z.number().int().min(0),
    lastAuditHash: z.string().max(128).nullable(),
  }),
  /** Attachments the database names but the store did not have when the backup was made. */
  missingFiles: z.array(sha256),
  entries: z
    .array(
      z.object({
        path: z.string().regex(ENTRY_PATH),
        sha256,
        size: z.number().int().min(0),
      }),
    )
    .min(1),
})

export type Manifest = z.infer<typeof manifestSchema>
export type ManifestEntry = Manifest['entries'][number]

const count = (db: Db, sql: string): number => db.prepare<[], { n: number }>(sql).get()?.n ?? 0

/** The figures a restored database must show again, read from one consistent connection. */
export function countsOf(db: Db): BackupCounts {
  return {
    documents: count(db, 'SELECT COUNT(*) AS n FROM documents'),
    files: count(db, 'SELECT COUNT(*) AS n FROM files'),
    auditRows: count(db, 'SELECT COUNT(*) AS n FROM audit_log'),
    lastAuditHash:
      db.prepare<[], { hash: string }>('SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1').get()
        ?.hash ?? null,
  }
}
