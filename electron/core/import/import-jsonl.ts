import { createReadStream } from 'node:fs'
import { createInterface } from 'node:readline'
import { appendAudit } from '../audit/repo'
import type { Actor, CoreDeps } from '../context'
import { CoreError } from '../errors'
import { registerIncoming, vietnamToday } from '../documents/service'
import { defaultRegister, getRegister } from '../registers/repo'
import { catchUpIndex } from '../search/maintain'
import { mapCorpusLine, type CorpusLine } from './corpus-line'

export type ImportFailure = { line?: number; file?: string; error: string }

export type ImportSummary = {
  added: number
  duplicates: number
  failed: ImportFailure[]
  /** Lines whose trích yếu was longer than the register's 500 characters. */
  truncated: number
}

export type ImportOptions = Readonly<{
  registerId?: number
  /** Ngày đến written on every imported document; today in Vietnam by default. */
  receivedOn?: string
  onProgress?: (done: number) => void
  /** Called after each document is committed: what the import reports as added. */
  onAdded?: (added: AddedDocument) => void
}>

export type AddedDocument = Readonly<{ id: number; soKyHieu: string; externalId: string | null }>

const SYSTEM: Actor = { kind: 'system', name: 'import' }

/**
 * Registers every line of a JSONL file as an incoming document, one transaction per line, so
 * a bad line never stops the rest and everything reported as added is committed. Idempotent:
 * a line already imported (its id) or already registered (same number, issuer and date) is a
 * duplicate and adds nothing.
 */
export async function importJsonl(
  deps: CoreDeps,
  file: string,
  opts: ImportOptions = {},
): Promise<ImportSummary> {
  const register =
    opts.registerId !== undefined
      ? getRegister(deps.db, opts.registerId)
      : defaultRegister(deps.db, 'in')
  if (!register || register.direction !== 'in') {
    throw new CoreError('VALIDATION', 'Không có sổ văn bản đến để nhập vào (kiểm tra --register)')
  }
  const ngayDen = opts.receivedOn ?? vietnamToday(deps.clock())
  const summary: ImportSummary = { added: 0, duplicates: 0, failed: [], truncated: 0 }
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity })
  let n = 0
  for await (const text of lines) {
    n++
    if (text.trim() === '') {
      continue
    }
    try {
      const added = importLine(deps, register.id, ngayDen, JSON.parse(text) as CorpusLine, summary)
      if (added) {
        opts.onAdded?.(added)
      }
    } catch (err) {
      summary.failed.push({ line: n, error: messageOf(err) })
    }
    opts.onProgress?.(n)
  }
  // The triggers queued every added document; index them now, in this process, so the next
  // search finds them at once instead of catching up while someone waits.
  catchUpIndex(deps)
  return summary
}

function importLine(
  deps: CoreDeps,
  registerId: number,
  ngayDen: string,
  line: CorpusLine,
  summary: ImportSummary,
): AddedDocument | null {
  if (typeof line !== 'object' || line === null || Array.isArray(line)) {
    throw new Error('Dòng không phải một đối tượng JSON')
  }
  const mapped = mapCorpusLine(line)
  if (
    mapped.externalId &&
    deps.db.prepare('SELECT 1 FROM documents WHERE external_id = ?').get(mapped.externalId)
  ) {
    summary.duplicates++
    return null
  }
  if (mapped.fields.ngayBanHanh && mapped.fields.ngayBanHanh > ngayDen) {
    throw new Error(`Ngày ban hành ${mapped.fields.ngayBanHanh} sau ngày đến ${ngayDen}`)
  }
  let doc: ReturnType<typeof registerIncoming>
  try {
    doc = registerIncoming(
      deps,
      SYSTEM,
      { ...mapped.fields, ngayDen, registerId, files: [], intakeId: null, acceptDuplicate: false },
      {
        externalId: mapped.externalId,
        body: mapped.body,
        audit: (entry) =>
          appendAudit(deps.db, {
            at: deps.clock().toISOString(),
            actorUserId: null,
            actor: 'system:import',
            method: 'documents.import',
            ...entry,
          }),
      },
    )
  } catch (err) {
    if (err instanceof CoreError && err.code === 'DUPLICATE') {
      summary.duplicates++
      return null
    }
    throw err
  }
  summary.added++
  if (mapped.truncated) {
    summary.truncated++
  }
  return { id: doc.id, soKyHieu: doc.soKyHieu, externalId: mapped.externalId ?? null }
}

export function messageOf(err: unknown): string {
  if ((err as { code?: unknown } | null)?.code === 'ENOENT') {
    return 'Không tìm thấy tệp'
  }
  if (err instanceof CoreError && err.fields) {
    return `${err.message} (${Object.entries(err.fields)
      .map(([k, v]) => `${k}: ${v}`)
      .join('; ')})`
  }
  return err instanceof SyntaxError
    ? `JSON không hợp lệ: ${err.message}`
    : err instanceof Error
      ? err.message
      : String(err)
}
