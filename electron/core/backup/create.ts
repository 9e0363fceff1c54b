import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, open, rename, rm, stat, writeFile } from 'node:fs/promises'
import { basename, dirname, join, resolve } from 'node:path'
import { create as tarCreate } from 'tar'
import type { BackupInfo } from '../../../shared/api/methods/backup'
import type { CoreDeps } from '../context'
import { schemaVersionOf } from '../db/migrate'
import { openDatabase } from '../db/open'
import { sha256OfFile } from '../files/hash-file'
import { storedPath } from '../files/store'
import { countsOf, DATABASE, FORMAT, MANIFEST, type Manifest, type ManifestEntry } from './manifest'
import { verifyArchive } from './read-archive'

// Making one archive. Runs inside a worker thread (jobs/registry backupCreate) on its own
// connection: the snapshot, the hashing and the gzip never stall the thread answering the UI.
//
// tar.gz rather than plain tar: the SQLite snapshot (metadata, extracted text, the FTS index,
// free pages) shrinks several-fold, and a folder keeps N backups; PDFs are already compressed
// and cost gzip little. One stream format every OS can open with its own tools.

export type BackupJobInput = Readonly<{
  database: string
  filesDir: string
  outFile: string
  nativeBinding?: string | undefined
  appVersion: string
  createdAt: string
}>

export type BackupResult = Readonly<{
  file: string
  size: number
  manifest: Manifest
  /** Attachments whose bytes no longer match their name (already broken before the backup). */
  corruptFiles: readonly string[]
}>

async function fsyncFile(path: string): Promise<void> {
  const handle = await open(path, 'r+')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}

async function fsyncDir(dir: string): Promise<void> {
  try {
    const handle = await open(dir, 'r')
    try {
      await handle.sync()
    } finally {
      await handle.close()
    }
  } catch {
    // Windows cannot open a folder for fsync; NTFS journals the rename itself.
  }
}

/**
 * An online snapshot with better-sqlite3's backup API, in one step: a step that restarted page
 * by page could chase a writer for ever, while one read transaction in WAL mode holds no writer
 * back. The copy is switched to a rollback journal so it is one self-contained file.
 */
async function snapshot(
  input: BackupJobInput,
  to: string,
): Promise<Manifest['counts'] & { schemaVersion: number; shas: string[] }> {
  const src = openDatabase(
    input.database,
    input.nativeBinding ? { nativeBinding: input.nativeBinding } : {},
  )
  try {
    await src.backup(to, { progress: () => 0x7fffffff })
  } finally {
    src.close()
  }
  const copy = openDatabase(to, input.nativeBinding ? { nativeBinding: input.nativeBinding } : {})
  try {
    copy.pragma('journal_mode = DELETE')
    const shas = copy
      .prepare<[], { sha256: string }>('SELECT sha256 FROM files ORDER BY sha256')
      .all()
      .map((r) => r.sha256)
    return { ...countsOf(copy), schemaVersion: schemaVersionOf(copy), shas }
  } finally {
    copy.close()
  }
}

/** The worker's half: snapshot, hash, tar.gz to a temp name, read it back, rename into place. */
export async function writeBackupArchive(input: BackupJobInput): Promise<BackupResult> {
  const out = resolve(input.outFile)
  await mkdir(dirname(out), { recursive: true })
  const tag = randomBytes(6).toString('hex')
  const work = join(dirname(out), `.${basename(out)}.${tag}.work`)
  const partial = join(dirname(out), `.${basename(out)}.${tag}.part`)
  await mkdir(work)
  try {
    const dbCopy = join(work, DATABASE)
    const snap = await snapshot(input, dbCopy)
    const entries: ManifestEntry[] = [{ path: DATABASE, ...(await sha256OfFile(dbCopy)) }]
    const sources = new Map<string, string>([[dbCopy, DATABASE]])
    const missingFiles: string[] = []
    const corruptFiles: string[] = []
    for (const sha of snap.shas) {
      const path = storedPath(input.filesDir, sha)
      if (!existsSync(path)) {
        missingFiles.push(sha)
        continue
      }
      const h = await sha256OfFile(path)
      if (h.sha256 !== sha) {
        corruptFiles.push(sha)
      }
      const name = `files/${sha.slice(0, 2)}/${sha.slice(2, 4)}/${sha}`
      entries.push({ path: name, ...h })
      sources.set(path, name)
    }
    const manifest: Manifest = {
      format: FORMAT,
      appVersion: input.appVersion,
      schemaVersion: snap.schemaVersion,
      createdAt: input.createdAt,
      counts: {
        documents: snap.documents,
        files: snap.files,
        auditRows: snap.auditRows,
        lastAuditHash: snap.lastAuditHash,
      },
      missingFiles,
      entries,
    }
    const manifestFile = join(work, MANIFEST)
    await writeFile(manifestFile, JSON.stringify(manifest, null, 1))
    sources.set(manifestFile, MANIFEST)
    const warnings: string[] = []
    const byAbsolute = new Map([...sources].map(([abs, name]) => [abs.replace(/\\/g, '/'), name]))
    await tarCreate(
      {
        file: partial,
        gzip: true,
        portable: true,
        noDirRecurse: true,
        // Sources sit in two folders (the snapshot here, attachments in the store): each entry
        // gets its archive name as it is written, which tar documents for onWriteEntry.
        onWriteEntry: (entry) => {
          const name = byAbsolute.get(entry.absolute.replace(/\\/g, '/'))
          if (name === undefined) {
            throw new Error(`unexpected entry ${entry.absolute}`)
          }
          entry.path = name
        },
        // Absolute sources make tar say it strips the root (TAR_ENTRY_INFO); anything else is
        // a real problem and fails the backup below.
        onwarn: (code, message) => {
          if (code !== 'TAR_ENTRY_INFO') {
            warnings.push(`${code}: ${String(message)}`)
          }
        },
      },
      [
        manifestFile,
        dbCopy,
        ...[...sources.keys()].filter((p) => p !== manifestFile && p !== dbCopy),
      ],
    )
    if (warnings.length > 0) {
      throw new Error(`tar: ${warnings.join('; ')}`)
    }
    await fsyncFile(partial)
    // A backup nobody can restore is worse than none: prove this one before it gets its name.
    await verifyArchive(partial)
    await rename(partial, out)
    await fsyncDir(dirname(out))
    return { file: out, size: (await stat(out)).size, manifest, corruptFiles }
  } finally {
    await rm(work, { recursive: true, force: true })
    await rm(partial, { force: true })
  }
}

/** Describes an archive for the API from its manifest and its size on disk. */
export const infoOf = (name: string, size: number, m: Manifest): BackupInfo => ({
  name,
  size,
  createdAt: m.createdAt,
  appVersion: m.appVersion,
  schemaVersion: m.schemaVersion,
  counts: m.counts,
})

/**
 * `vanthu backup`, the scheduler and "Sao lưu ngay": one archive of the open store while it keeps
 * working, made in a worker of its own.
 */
export async function createBackup(deps: CoreDeps, outFile: string): Promise<BackupResult> {
  const result = await deps.jobs.runAlone('backupCreate', {
    database: deps.paths.database,
    filesDir: deps.paths.files,
    outFile: resolve(outFile),
    nativeBinding: deps.config.nativeBinding,
    appVersion: deps.version,
    createdAt: deps.clock().toISOString(),
  })
  if (result.manifest.missingFiles.length > 0 || result.corruptFiles.length > 0) {
    deps.log.warn('backup.incomplete', {
      file: result.file,
      missing: result.manifest.missingFiles,
      corrupt: result.corruptFiles,
    })
  }
  deps.log.info('backup.done', {
    file: result.file,
    size: result.size,
    counts: result.manifest.counts,
  })
  return result
}
