import type { StoredFile, Suggestion } from '../../../shared/api/document-types'
import type { CoreDeps } from '../context'
import { CoreError } from '../errors'
import { readPdf } from '../pdf/read-pdf'
import { firstPageLinesOf, getFile, insertFile } from './repo'
import { dropTemp, promote, sha256Of, sniffMime, writeTemp } from './store'
import { suggestionFor } from './suggestion'

const MAX_FILE_BYTES = 200 * 1024 * 1024

export type Uploaded = StoredFile & { suggestion: Suggestion | null }

/**
 * Stores one received file: durable temp copy, text extracted in a worker (PDF), refusal of a
 * damaged or encrypted PDF before anything is recorded, then the content-addressed file and
 * its row. The same content uploaded twice is stored once.
 */
export async function storeUpload(
  deps: CoreDeps,
  userId: number | null,
  name: string,
  bytes: Uint8Array,
): Promise<Uploaded> {
  if (bytes.byteLength === 0) {
    throw new CoreError('VALIDATION', `Tệp "${name}" rỗng`)
  }
  if (bytes.byteLength > MAX_FILE_BYTES) {
    throw new CoreError('VALIDATION', `Tệp "${name}" lớn hơn 200 MB`)
  }
  const sha256 = sha256Of(bytes)
  const known = getFile(deps.db, sha256, name)
  if (known) {
    const lines = firstPageLinesOf(deps.db, sha256)
    return { ...known, suggestion: lines ? suggestionFor(lines) : null }
  }
  const mime = sniffMime(bytes, name)
  const temp = await writeTemp(deps.paths.files, bytes)
  let record: Parameters<typeof insertFile>[1]
  try {
    if (mime === 'application/pdf') {
      const pdf = await readPdf(deps.jobs, temp)
      record = {
        sha256,
        size: bytes.byteLength,
        mime,
        pages: pdf.pages,
        textStatus: pdf.textStatus,
        body: pdf.pageTexts.join('\f'),
        firstPageLines: pdf.firstPageLines,
      }
    } else {
      record = {
        sha256,
        size: bytes.byteLength,
        mime,
        pages: null,
        textStatus: 'none',
        body: null,
        firstPageLines: [],
      }
    }
  } catch (err) {
    await dropTemp(temp)
    throw err
  }
  await promote(deps.paths.files, temp, sha256)
  insertFile(deps.db, record, userId, deps.clock().toISOString())
  const stored = getFile(deps.db, sha256, name)
  if (!stored) {
    throw new CoreError('INTERNAL', 'Không ghi được tệp')
  }
  return {
    ...stored,
    suggestion: suggestionFor(record.firstPageLines),
  }
}
