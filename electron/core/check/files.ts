import { existsSync } from 'node:fs'
import { mkdir, readdir, rename, stat } from 'node:fs/promises'
import { dirname, join, relative, sep } from 'node:path'
import type { CoreDeps } from '../context'
import { storedPath } from '../files/store'

// The attachment store against the `files` table, both ways: every row's file is there with the
// bytes its name promises, and every file on disk is named by a row. Hashing runs on the worker
// pool, a few files at a time, so a check of a live store never stalls the thread answering the UI.

const STORED = /^[0-9a-f]{2}\/[0-9a-f]{2}\/([0-9a-f]{64})$/
const HOUR = 60 * 60 * 1000
const PARALLEL = 4

export type DiskFile = Readonly<{ rel: string; abs: string; mtimeMs: number }>

export type AttachmentFindings = Readonly<{
  corrupt: readonly Readonly<{
    sha256: string
    size: number
    expectedSize: number
    actual: string
  }>[]
  missing: readonly string[]
  orphans: readonly DiskFile[]
}>

async function walk(root: string, dir = root, out: DiskFile[] = []): Promise<DiskFile[]> {
  if (!existsSync(dir)) {
    return out
  }
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const abs = join(dir, entry.name)
    if (entry.isDirectory()) {
      await walk(root, abs, out)
    } else {
      out.push({
        rel: relative(root, abs).split(sep).join('/'),
        abs,
        mtimeMs: (await stat(abs)).mtimeMs,
      })
    }
  }
  return out
}

export async function checkAttachments(deps: CoreDeps): Promise<AttachmentFindings> {
  // The disk first, the rows second: a file written meanwhile has its row by the time we ask.
  const onDisk = await walk(deps.paths.files)
  const rows = deps.db
    .prepare<[], { sha256: string; size: number }>('SELECT sha256, size FROM files ORDER BY sha256')
    .all()
  const known = new Map(rows.map((r) => [r.sha256, r.size]))
  const orphans = onDisk.filter((f) => {
    const m = STORED.exec(f.rel)
    return (
      !m?.[1] || !f.rel.startsWith(`${m[1].slice(0, 2)}/${m[1].slice(2, 4)}/`) || !known.has(m[1])
    )
  })
  const missing: string[] = []
  const corrupt: { sha256: string; size: number; expectedSize: number; actual: string }[] = []
  const present = rows.filter((r) => {
    if (existsSync(storedPath(deps.paths.files, r.sha256))) {
      return true
    }
    missing.push(r.sha256)
    return false
  })
  for (let i = 0; i < present.length; i += PARALLEL) {
    const batch = present.slice(i, i + PARALLEL)
    const hashes = await Promise.all(
      batch.map((r) =>
        deps.jobs.run('sha256File', { path: storedPath(deps.paths.files, r.sha256) }),
      ),
    )
    batch.forEach((r, j) => {
      const h = hashes[j]
      if (h && (h.sha256 !== r.sha256 || h.size !== r.size)) {
        corrupt.push({ sha256: r.sha256, size: h.size, expectedSize: r.size, actual: h.sha256 })
      }
    })
  }
  return { corrupt, missing, orphans }
}

/** An orphan younger than this may be an upload whose row is about to commit: leave it. */
export const isOldOrphan = (f: DiskFile, now: Date): boolean => now.getTime() - f.mtimeMs > HOUR

/**
 * Moves old orphans to `<data>/quarantine/<time>/files/…` rather than deleting them: an operator
 * can still look at what they were. Returns the quarantine folder and what went there.
 */
export async function quarantine(
  deps: CoreDeps,
  orphans: readonly DiskFile[],
): Promise<{ folder: string; moved: DiskFile[] }> {
  const stamp = deps.clock().toISOString().replace(/[:.]/g, '-')
  const folder = join(deps.paths.root, 'quarantine', stamp)
  const moved: DiskFile[] = []
  for (const f of orphans) {
    const to = join(folder, 'files', ...f.rel.split('/'))
    await mkdir(dirname(to), { recursive: true })
    await rename(f.abs, to)
    moved.push(f)
  }
  return { folder, moved }
}
