import { readFile } from 'node:fs/promises'
import { verifyAuditFile } from '../audit/verify'
import { writeBackupArchive } from '../backup/create'
import { openDatabase } from '../db/open'
import { sha256OfFile } from '../files/hash-file'
import { extractPdf, type PdfExtract } from '../pdf/extract'
import { reindexAll, type RebuildResult } from '../search/rebuild'

// Heavy work that must not stall the event loop answering the UI. Each job runs inside a worker
// thread (worker.ts); its input and output cross the thread boundary by structured clone.
// Features add their jobs here: PDF text extraction, index rebuild, import, backup.

async function pdfExtract(
  input: Readonly<{ path: string; maxPages?: number }>,
): Promise<PdfExtract> {
  return extractPdf(await readFile(input.path), { maxPages: input.maxPages })
}

/** A full search-index rebuild on its own connection, so the main thread keeps answering. */
async function searchRebuild(
  input: Readonly<{ database: string; nativeBinding?: string | undefined }>,
): Promise<RebuildResult> {
  const db = openDatabase(
    input.database,
    input.nativeBinding ? { nativeBinding: input.nativeBinding } : {},
  )
  try {
    return await Promise.resolve(reindexAll(db))
  } finally {
    db.close()
  }
}

export const jobs = {
  sha256File: (input: Readonly<{ path: string }>) => sha256OfFile(input.path),
  pdfExtract,
  searchRebuild,
  /** A whole backup archive: online snapshot, hashes, tar.gz, read back (backup/create.ts). */
  backupCreate: writeBackupArchive,
  /** The audit trail's hash chain, walked on a read-only connection (audit/verify.ts). */
  auditVerify: verifyAuditFile,
} as const

export type JobName = keyof typeof jobs
export type JobInput<N extends JobName> = Parameters<(typeof jobs)[N]>[0]
export type JobOutput<N extends JobName> = Awaited<ReturnType<(typeof jobs)[N]>>
