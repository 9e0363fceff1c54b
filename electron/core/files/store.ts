import { createHash, randomBytes } from 'node:crypto'
import { existsSync, utimesSync } from 'node:fs'
import { mkdir, open, rename, rm } from 'node:fs/promises'
import { dirname, join } from 'node:path'

// Attachments by SHA-256 (ARCHITECTURE §3): files/ab/cd/<sha256>, immutable. A file is written
// to a temp name, fsynced, then renamed into place, and only then may a row name it: a crash
// leaves either nothing or a whole file (which the orphan sweep reconciles), never half of one.

export const sha256Of = (bytes: Uint8Array): string =>
  createHash('sha256').update(bytes).digest('hex')

export const storedPath = (filesDir: string, sha256: string): string =>
  join(filesDir, sha256.slice(0, 2), sha256.slice(2, 4), sha256)

/** Writes bytes to a durable temp file and returns its path; the caller promotes or drops it. */
export async function writeTemp(filesDir: string, bytes: Uint8Array): Promise<string> {
  const dir = join(filesDir, 'tmp')
  await mkdir(dir, { recursive: true })
  const path = join(dir, `${Date.now()}-${randomBytes(6).toString('hex')}.part`)
  const handle = await open(path, 'wx')
  try {
    await handle.writeFile(bytes)
    await handle.sync()
  } finally {
    await handle.close()
  }
  return path
}

/** Moves a temp file into its content address (a no-op if the same content is already there). */
export async function promote(filesDir: string, tempPath: string, sha256: string): Promise<string> {
  const target = storedPath(filesDir, sha256)
  if (existsSync(target)) {
    // Same tick as the check: a fresh time keeps the orphan sweep (sweep.ts) off a file that a
    // row is about to name again.
    const now = new Date()
    utimesSync(target, now, now)
    await rm(tempPath, { force: true })
    return target
  }
  await mkdir(dirname(target), { recursive: true })
  await rename(tempPath, target)
  await syncDir(dirname(target))
  return target
}

export async function dropTemp(tempPath: string): Promise<void> {
  await rm(tempPath, { force: true })
}

async function syncDir(dir: string): Promise<void> {
  // The rename is durable only once the directory entry is: fsync the folder where the OS can.
  try {
    const handle = await open(dir, 'r')
    try {
      await handle.sync()
    } finally {
      await handle.close()
    }
  } catch {
    // Windows cannot open a directory for fsync; NTFS journals the rename itself.
  }
}

/** MIME type from the first bytes, falling back to the extension. */
export function sniffMime(bytes: Uint8Array, name: string): string {
  const head = Buffer.from(bytes.subarray(0, 8))
  if (head.subarray(0, 5).toString('latin1') === '%PDF-') {
    return 'application/pdf'
  }
  if (head[0] === 0x89 && head.subarray(1, 4).toString('latin1') === 'PNG') {
    return 'image/png'
  }
  if (head[0] === 0xff && head[1] === 0xd8) {
    return 'image/jpeg'
  }
  const ext = name.toLowerCase().split('.').pop() ?? ''
  if (head.subarray(0, 2).toString('latin1') === 'PK') {
    const office: Record<string, string> = {
      docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      odt: 'application/vnd.oasis.opendocument.text',
    }
    return office[ext] ?? 'application/zip'
  }
  const byExt: Record<string, string> = {
    doc: 'application/msword',
    xls: 'application/vnd.ms-excel',
    txt: 'text/plain',
    xml: 'application/xml',
    pdf: 'application/pdf',
  }
  return byExt[ext] ?? 'application/octet-stream'
}
