import { readFile } from 'node:fs/promises'
import { basename } from 'node:path'
import type { CoreDeps } from '../context'
import { findDuplicates } from '../documents/repo'
import { storeUpload } from '../files/upload'
import { addIntake } from '../intake/repo'
import { appendAudit } from '../audit/repo'
import { messageOf, type ImportSummary } from './import-jsonl'

/** An intake item the import committed, with the file it names. */
export type AddedIntake = Readonly<{ id: number; sha256: string; name: string }>

/**
 * Puts PDF files into the queue "chờ vào sổ", each with its extracted text and suggestion.
 * A file already waiting, or already attached to a registered document, is a duplicate.
 */
export async function importPdfs(
  deps: CoreDeps,
  paths: readonly string[],
  onProgress?: (done: number) => void,
  onAdded?: (added: AddedIntake) => void,
): Promise<ImportSummary> {
  const summary: ImportSummary = { added: 0, duplicates: 0, failed: [], truncated: 0 }
  let done = 0
  for (const path of paths) {
    try {
      const name = basename(path)
      const stored = await storeUpload(deps, null, name, new Uint8Array(await readFile(path)))
      const registered = findDuplicates(deps.db, 'in', null, [stored.sha256]).length > 0
      const added =
        !registered &&
        deps.db.transaction(() => {
          const r = addIntake(
            deps.db,
            { sha256: stored.sha256, name, source: 'import-pdf', userId: null },
            deps.clock().toISOString(),
          )
          if (r.added) {
            appendAudit(deps.db, {
              at: deps.clock().toISOString(),
              actorUserId: null,
              actor: 'system:import-pdf',
              method: 'intake.import',
              recordType: 'intake',
              recordId: r.id,
              detail: { name, sha256: stored.sha256 },
            })
          }
          return r.added ? r.id : null
        })()
      if (added) {
        summary.added++
        onAdded?.({ id: added, sha256: stored.sha256, name })
      } else {
        summary.duplicates++
      }
    } catch (err) {
      summary.failed.push({ file: path, error: messageOf(err) })
    }
    onProgress?.(++done)
  }
  return summary
}
