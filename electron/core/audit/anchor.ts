import { readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { CoreDeps } from '../context'
import type { DataPaths } from '../paths'

/**
 * The last audit row's id and hash, kept in `<dataDir>/audit-anchor.json`.
 *
 * Why outside the database: the hash chain shows an edited or missing row only while a later
 * row still points at it. Delete the last rows and what is left is a perfect, shorter chain;
 * with INTEGER PRIMARY KEY (no AUTOINCREMENT) new rows even take the deleted ids again. Only a
 * record kept elsewhere can tell. A second table would sit in the same file, be edited by the
 * same `sqlite3` session and be rolled back by the same copy of an older `vanthu.db`; a file
 * beside it survives both. It is written after the commit, so it may lag a crash behind the
 * table (never ahead of it): verify treats it as a lower bound — the row it names must still be
 * there with that hash — and a lagging anchor never raises a false alarm. Without a secret key
 * this is tamper evidence against edits to the database, not against someone rewriting both.
 */
export type Anchor = Readonly<{ id: number; hash: string; at: string }>

export const anchorPath = (paths: DataPaths): string => join(paths.root, 'audit-anchor.json')

export function readAnchor(paths: DataPaths): Anchor | null {
  let text: string
  try {
    text = readFileSync(anchorPath(paths), 'utf8')
  } catch {
    return null
  }
  const parsed = JSON.parse(text) as Partial<Anchor> | null
  if (typeof parsed?.id !== 'number' || typeof parsed.hash !== 'string') {
    throw new Error('audit-anchor.json is not an anchor')
  }
  return { id: parsed.id, hash: parsed.hash, at: String(parsed.at ?? '') }
}

/** Moves the anchor to the last committed row; never backwards (two processes may race). */
export function updateAnchor(deps: CoreDeps): void {
  const last = deps.db
    .prepare<[], { id: number; hash: string }>(
      'SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1',
    )
    .get()
  if (!last) {
    return
  }
  try {
    // An unreadable anchor is left for verify to report, not silently replaced.
    const current = readAnchor(deps.paths)
    if (current && current.id >= last.id) {
      return
    }
    const file = anchorPath(deps.paths)
    const tmp = `${file}.${process.pid}.tmp`
    // No fsync: a lost anchor write after a power cut only leaves it lagging, which is safe.
    writeFileSync(tmp, JSON.stringify({ ...last, at: deps.clock().toISOString() }))
    renameSync(tmp, file)
  } catch (err) {
    // The write has committed; failing the call now would only make the caller retry it.
    deps.log.warn('audit anchor not updated', { err })
  }
}
