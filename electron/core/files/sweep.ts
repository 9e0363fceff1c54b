import { lstatSync, readdirSync, rmSync, rmdirSync, type Dirent } from 'node:fs'
import { join, relative } from 'node:path'
import type { Db } from '../db/open'

// The orphan sweep (ARCHITECTURE §3) reconciles files/ with the `files` table both ways. A crash
// between "file durable" and "row committed" leaves a file no row names, or a temp file that
// was never promoted; those are removed once older than a grace period, so an upload still in
// flight (its temp file written, its row not yet committed) is never touched. A row whose file
// is gone cannot be repaired here: it is reported for `vanthu check` and a person to decide.

export type SweepOptions = Readonly<{
  /** Files younger than this are left alone: an upload may be between write and commit. */
  graceMs?: number
  now?: Date
  /** Report what would be removed without removing it. */
  dryRun?: boolean
}>

export type SweepReport = {
  /** Paths under files/ (with '/') removed, or that would be with dryRun. */
  removed: string[]
  /** Orphans left for now because they are younger than the grace period. */
  young: string[]
  /** SHA-256 of rows in `files` whose file is not on disk. */
  missing: string[]
  /** Files on disk that a row names. */
  kept: number
}

export const DEFAULT_GRACE_MS = 60 * 60 * 1000

const SHA256 = /^[0-9a-f]{64}$/
const SHARD = /^[0-9a-f]{2}$/

function entries(dir: string): Dirent[] {
  try {
    return readdirSync(dir, { withFileTypes: true })
  } catch (err) {
    if ((err as { code?: unknown }).code === 'ENOENT') {
      return []
    }
    throw err
  }
}

/** Every file and symlink under a folder, depth first; folders are never followed through links. */
function walk(dir: string, out: string[]): void {
  for (const e of entries(dir)) {
    const path = join(dir, e.name)
    if (e.isDirectory()) {
      walk(path, out)
    } else {
      out.push(path)
    }
  }
}

function isNamedByRow(db: Db, filesDir: string, path: string): boolean {
  const parts = relative(filesDir, path).split(/[\\/]/)
  const [a, b, name] = parts
  if (
    parts.length !== 3 ||
    a === undefined ||
    b === undefined ||
    name === undefined ||
    !SHA256.test(name) ||
    a !== name.slice(0, 2) ||
    b !== name.slice(2, 4)
  ) {
    return false
  }
  return db.prepare('SELECT 1 FROM files WHERE sha256 = ?').get(name) !== undefined
}

/** Removes empty shard folders (files/ab/cd, files/ab) left after their files went. */
function pruneEmptyShards(filesDir: string, dryRun: boolean): void {
  if (dryRun) {
    return
  }
  for (const a of entries(filesDir)) {
    if (!a.isDirectory() || !SHARD.test(a.name)) {
      continue
    }
    const outer = join(filesDir, a.name)
    for (const b of entries(outer)) {
      if (b.isDirectory() && SHARD.test(b.name)) {
        tryRmdir(join(outer, b.name))
      }
    }
    tryRmdir(outer)
  }
}

function tryRmdir(dir: string): void {
  try {
    rmdirSync(dir)
  } catch {
    // Not empty, or another process is using it: it stays, which is harmless.
  }
}

/**
 * Removes files under `filesDir` that no `files` row names (including unpromoted temp files)
 * once they are older than the grace period, and reports rows whose file is missing.
 */
export function sweepOrphans(db: Db, filesDir: string, opts: SweepOptions = {}): SweepReport {
  const grace = opts.graceMs ?? DEFAULT_GRACE_MS
  const cutoff = (opts.now ?? new Date()).getTime() - grace
  const dryRun = opts.dryRun === true
  const report: SweepReport = { removed: [], young: [], missing: [], kept: 0 }
  const onDisk: string[] = []
  walk(filesDir, onDisk)
  for (const path of onDisk) {
    const rel = relative(filesDir, path).split(/[\\/]/).join('/')
    // Checked and removed in one synchronous step: promote() refreshes the time of a file it
    // reuses, so a file an upload is about to name is never both old and unnamed here.
    if (isNamedByRow(db, filesDir, path)) {
      report.kept++
      continue
    }
    let mtime: number
    try {
      mtime = lstatSync(path).mtimeMs
    } catch {
      continue
    }
    if (mtime > cutoff) {
      report.young.push(rel)
      continue
    }
    if (!dryRun) {
      rmSync(path, { force: true })
    }
    report.removed.push(rel)
  }
  pruneEmptyShards(filesDir, dryRun)
  const rows = db.prepare<[], { sha256: string }>('SELECT sha256 FROM files ORDER BY sha256').all()
  for (const { sha256 } of rows) {
    const path = join(filesDir, sha256.slice(0, 2), sha256.slice(2, 4), sha256)
    try {
      if (!lstatSync(path).isFile()) {
        report.missing.push(sha256)
      }
    } catch {
      report.missing.push(sha256)
    }
  }
  return report
}
