import { randomBytes } from 'node:crypto'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { mkdir, rename, rm, rmdir } from 'node:fs/promises'
import { basename, dirname, join, resolve } from 'node:path'
import { extract } from 'tar'
import type { BackupCounts } from '../../../shared/api/methods/backup'
import { updateAnchor } from '../audit/anchor'
import { openCore } from '../core'
import { openDatabase } from '../db/open'
import { sha256OfFile } from '../files/hash-file'
import { CoreError } from '../errors'
import type { Logger } from '../log/logger'
import { silentLogger } from '../log/logger'
import { countsOf, ENTRY_PATH, type Manifest } from './manifest'
import { verifyArchive } from './read-archive'

// `vanthu restore FILE --data-dir NEW`. Two passes: the first reads the whole archive and checks
// every checksum with nothing written; the second extracts into a fresh folder beside the target,
// proves the bytes and the database again, migrates an older schema, and only then renames the
// folder into place. Whatever fails, the target is left as it was: absent or empty.

export type RestoreResult = Readonly<{
  dataDir: string
  manifest: Pick<Manifest, 'appVersion' | 'schemaVersion' | 'createdAt' | 'counts' | 'missingFiles'>
  counts: BackupCounts
  migratedFrom: number
  migratedTo: number
}>

export type RestoreOptions = Readonly<{ logger?: Logger; nativeBinding?: string }>

const invalid = (message: string, entry?: string): CoreError =>
  new CoreError('VALIDATION', message, entry ? { details: { entry } } : {})

function assertEmptyTarget(target: string): void {
  if (!existsSync(target)) {
    return
  }
  if (!statSync(target).isDirectory() || readdirSync(target).length > 0) {
    throw new CoreError(
      'CONFLICT',
      `Thư mục ${target} đã có dữ liệu: chỉ khôi phục vào một thư mục mới hoặc trống, để không ghi đè dữ liệu đang có.`,
    )
  }
}

const sameCounts = (a: BackupCounts, b: BackupCounts): boolean =>
  a.documents === b.documents &&
  a.files === b.files &&
  a.auditRows === b.auditRows &&
  a.lastAuditHash === b.lastAuditHash

/** Extracts only the names the verified manifest lists, as plain files, nothing else. */
async function extractInto(archive: string, dir: string, manifest: Manifest): Promise<void> {
  const allowed = new Set(manifest.entries.map((e) => e.path))
  await extract({
    file: archive,
    cwd: dir,
    strict: true,
    preservePaths: false,
    noMtime: true,
    filter: (path, entry) =>
      'type' in entry && entry.type === 'File' && ENTRY_PATH.test(path) && allowed.has(path),
  })
  // The archive could have changed since the first pass: the bytes on disk are what count.
  for (const e of manifest.entries) {
    const path = join(dir, e.path)
    if (!existsSync(path)) {
      throw invalid(`Bản sao lưu thiếu tệp ${e.path} mà manifest ghi.`, e.path)
    }
    const h = await sha256OfFile(path)
    if (h.sha256 !== e.sha256 || h.size !== e.size) {
      throw invalid(
        `Tổng kiểm (SHA-256) của ${e.path} không khớp với manifest: tệp đã bị hỏng hoặc bị sửa.`,
        e.path,
      )
    }
  }
}

function checkDatabase(file: string, manifest: Manifest, nativeBinding?: string): BackupCounts {
  const db = openDatabase(file, nativeBinding ? { nativeBinding } : {})
  try {
    const check = db.pragma('quick_check', { simple: true }) as string
    if (check !== 'ok') {
      throw invalid(`Cơ sở dữ liệu trong bản sao lưu bị hỏng (${check}).`, 'vanthu.db')
    }
    const counts = countsOf(db)
    if (!sameCounts(counts, manifest.counts)) {
      throw invalid(
        `Số liệu trong cơ sở dữ liệu (${counts.documents} văn bản, ${counts.files} tệp, ${counts.auditRows} dòng nhật ký) ` +
          `không khớp với manifest (${manifest.counts.documents}, ${manifest.counts.files}, ${manifest.counts.auditRows}): manifest đã bị sửa.`,
        'manifest.json',
      )
    }
    return counts
  } finally {
    db.close()
  }
}

export async function restoreBackup(
  archive: string,
  newDataDir: string,
  options: RestoreOptions = {},
): Promise<RestoreResult> {
  const target = resolve(newDataDir)
  assertEmptyTarget(target)
  // Pass 1: every entry against the manifest, nothing written.
  const manifest = await verifyArchive(resolve(archive))
  assertEmptyTarget(target)

  // Pass 2: beside the target (same file system, so the final rename is atomic).
  const parent = dirname(target)
  await mkdir(parent, { recursive: true })
  const work = join(parent, `.${basename(target)}.restore-${randomBytes(6).toString('hex')}`)
  await mkdir(work)
  try {
    await extractInto(resolve(archive), work, manifest)
    checkDatabase(join(work, 'vanthu.db'), manifest, options.nativeBinding)
    // Opening it the normal way makes the folders and brings an older schema up to date (with
    // its own pre-migration copy under backups/).
    const core = openCore({
      dataDir: work,
      logger: options.logger ?? silentLogger,
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    })
    const migration = core.migration
    const counts = countsOf(core.db)
    // The restored trail is the one the manifest vouched for: anchor it, so `audit verify`
    // on the new store notices rows deleted from here on (audit/anchor.ts).
    updateAnchor(core.deps)
    await core.close()
    assertEmptyTarget(target)
    if (existsSync(target)) {
      await rmdir(target)
    }
    await rename(work, target)
    return {
      dataDir: target,
      manifest: {
        appVersion: manifest.appVersion,
        schemaVersion: manifest.schemaVersion,
        createdAt: manifest.createdAt,
        counts: manifest.counts,
        missingFiles: manifest.missingFiles,
      },
      counts,
      migratedFrom: migration.from,
      migratedTo: migration.to,
    }
  } finally {
    await rm(work, { recursive: true, force: true })
  }
}
