import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Core } from '../../../electron/core/core'
import { seedDemo } from '../../../electron/core/demo/seed'
import { DEMO_PASSWORD } from '../../../electron/core/demo/people'
import { storedPath } from '../../../electron/core/files/store'
import { importJsonl } from '../../../electron/core/import/import-jsonl'
import { importPdfs } from '../../../electron/core/import/import-pdfs'
import { callAs, login, type TempCore } from '../helpers/temp-core'

// A store worth backing up: the demo UBND tỉnh, a slice of the real corpus, real PDFs (read
// from ../shared/corpus/pdf, never copied into the repository), documents with attachments, and
// the audit rows all of that wrote.

const SHARED = join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'corpus')
export const PDF_DIR = join(SHARED, 'pdf')

export const corpusPdfs = (n: number): string[] =>
  readdirSync(PDF_DIR)
    .filter((f) => f.endsWith('.pdf'))
    .sort()
    .slice(0, n)
    .map((f) => join(PDF_DIR, f))

/** The first `lines` lines of docs.jsonl, as a file in the test's own folder. */
export function corpusSlice(dir: string, lines: number): string {
  const text = readFileSync(join(SHARED, 'docs.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .slice(0, lines)
    .join('\n')
  const file = join(dir, `docs-${lines}.jsonl`)
  writeFileSync(file, text)
  return file
}

/** Registers one incoming document with a real PDF attached, as the clerk. */
export async function registerWithPdf(
  core: Core,
  token: string,
  pdf: string,
  so: string,
): Promise<number> {
  const up = await callAs(core, token, 'files.upload', {
    name: pdf.split('/').pop() ?? 'x.pdf',
    bytes: new Uint8Array(readFileSync(pdf)),
  })
  if (!up.ok) {
    throw new Error(JSON.stringify(up.error))
  }
  const { sha256 } = up.value as { sha256: string }
  const doc = await callAs(core, token, 'documents.registerIncoming', {
    registerId: 1,
    ngayDen: '2026-11-20',
    so,
    kyHieu: 'QĐ-UBND',
    ngayBanHanh: '2026-11-02',
    coQuanBanHanh: 'Ủy ban nhân dân tỉnh Quảng Nam',
    loaiVanBan: 'quyet_dinh',
    trichYeu: `Văn bản thử sao lưu số ${so}`,
    files: [{ sha256, name: 'van-ban.pdf' }],
  })
  if (!doc.ok) {
    throw new Error(JSON.stringify(doc.error))
  }
  return (doc.value as { id: number }).id
}

export type Populated = Readonly<{ clerk: string; admin: string }>

export async function populate(
  t: TempCore,
  opts: Readonly<{ lines?: number; intakePdfs?: number; attachedPdfs?: number }> = {},
): Promise<Populated> {
  t.clock.set('2026-11-22T02:00:00.000Z')
  await seedDemo(t.core.deps)
  if (opts.lines) {
    await importJsonl(t.core.deps, corpusSlice(t.dir, opts.lines))
  }
  const pdfs = corpusPdfs((opts.intakePdfs ?? 0) + (opts.attachedPdfs ?? 0))
  await importPdfs(t.core.deps, pdfs.slice(0, opts.intakePdfs ?? 0))
  const clerk = await login(t.core, 'vanthu', DEMO_PASSWORD)
  const admin = await login(t.core, 'admin', DEMO_PASSWORD)
  let n = 9000
  for (const pdf of pdfs.slice(opts.intakePdfs ?? 0)) {
    await registerWithPdf(t.core, clerk, pdf, String(n++))
  }
  return { clerk, admin }
}

const sha = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex')

/** Everything a restore must give back, row for row and byte for byte. */
export function contentsOf(core: Core): {
  documents: unknown[]
  documentFiles: unknown[]
  files: unknown[]
  fileBytes: Record<string, string | null>
  audit: unknown[]
  intake: unknown[]
} {
  const all = (sql: string): unknown[] => core.db.prepare(sql).all()
  const files = core.db.prepare<[], { sha256: string }>('SELECT * FROM files ORDER BY sha256').all()
  const fileBytes: Record<string, string | null> = {}
  for (const f of files) {
    const path = storedPath(core.paths.files, f.sha256)
    fileBytes[f.sha256] = existsSync(path) ? sha(readFileSync(path)) : null
  }
  return {
    documents: all('SELECT * FROM documents ORDER BY id'),
    documentFiles: all('SELECT * FROM document_files ORDER BY document_id, sha256'),
    files,
    fileBytes,
    audit: all('SELECT * FROM audit_log ORDER BY id'),
    intake: all('SELECT * FROM intake ORDER BY id'),
  }
}

/** A target folder is "untouched" when it is absent or empty, with no work folder left beside it. */
export function untouched(target: string): boolean {
  const parent = join(target, '..')
  const leftovers = readdirSync(parent).filter((n) => n.includes('.restore-'))
  return (!existsSync(target) || readdirSync(target).length === 0) && leftovers.length === 0
}
