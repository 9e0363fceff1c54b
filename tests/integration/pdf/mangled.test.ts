// Files that are not good PDFs: each is refused with its own code and Vietnamese message, in
// this thread (PdfError) and through the worker pool (CoreError VALIDATION), and nothing else
// escapes. Also the caps: page count and characters.

import { randomBytes } from 'node:crypto'
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { CoreError } from '../../../electron/core/errors'
import { createJobPool } from '../../../electron/core/jobs/pool'
import { extractPdf, pdfErrorMessage } from '../../../electron/core/pdf/extract'
import type { PdfErrorCode } from '../../../electron/core/pdf/pdf-errors'
import { readPdf } from '../../../electron/core/pdf/read-pdf'
import { tempDir } from '../helpers/temp-core'
import { minimalPdf } from './pdf-bytes'

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'pdf')
const CORPUS_FILE = join(
  import.meta.dirname,
  ...['..', '..', '..', '..', 'shared', 'corpus', 'pdf', '07_text_TB-480-TB-VPCP.pdf'],
)

const ZIP = Uint8Array.from([
  // An empty ZIP archive: the end-of-central-directory record alone.
  0x50, 0x4b, 0x05, 0x06, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
])
const PNG = Uint8Array.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
])

function concat(...parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let at = 0
  for (const p of parts) {
    out.set(p, at)
    at += p.length
  }
  return out
}

function truncatedCorpusFile(): Uint8Array {
  const bytes = readFileSync(CORPUS_FILE)
  return bytes.subarray(0, Math.floor(bytes.length * 0.3))
}

// Random bytes that happen to begin like a PDF would be a different case: make sure they do not.
const noise = randomBytes(64 * 1024)
noise[0] = 0x00

const REFUSED: readonly (readonly [string, () => Uint8Array, PdfErrorCode])[] = [
  ['a zero-length file', () => new Uint8Array(0), 'PDF_EMPTY'],
  ['random bytes', () => noise, 'NOT_PDF'],
  ['a ZIP renamed .pdf', () => ZIP, 'NOT_PDF'],
  ['a PNG renamed .pdf', () => concat(PNG, randomBytes(2048)), 'NOT_PDF'],
  ['a PDF header over random bytes', () => concat(Buffer.from('%PDF-1.7\n'), noise), 'PDF_DAMAGED'],
  ['the first 30 % of a corpus PDF', truncatedCorpusFile, 'PDF_DAMAGED'],
  [
    'a PDF with a user password (AES-256)',
    () => readFileSync(join(FIXTURES, 'encrypted.pdf')),
    'PDF_ENCRYPTED',
  ],
]

describe('mangled PDF input', () => {
  const dir = tempDir()
  const pool = createJobPool(1)
  afterAll(async () => {
    await pool.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('speaks Vietnamese to the person', () => {
    expect(pdfErrorMessage('PDF_ENCRYPTED')).toBe(
      'Tệp PDF được đặt mật khẩu nên không đọc được. Hãy xin bản không mật khẩu từ nơi gửi.',
    )
    expect(pdfErrorMessage('PDF_DAMAGED')).toBe(
      'Tệp PDF bị hỏng, không đọc được. Hãy xin nơi gửi gửi lại.',
    )
    expect(pdfErrorMessage('NOT_PDF')).toBe('Tệp không phải PDF.')
    expect(pdfErrorMessage('PDF_EMPTY')).toMatch(/^Tệp rỗng/u)
  })

  for (const [what, bytes, code] of REFUSED) {
    it(`refuses ${what} with ${code}`, async () => {
      if (what.includes('corpus') && !existsSync(CORPUS_FILE)) {
        return
      }
      await expect(extractPdf(bytes())).rejects.toMatchObject({
        name: 'PdfError',
        code,
        message: expect.stringContaining(pdfErrorMessage(code)),
      })
    })
  }

  it('maps every refusal from the worker to a VALIDATION error with the message to show', async () => {
    const cases = REFUSED.filter(([what]) => !what.includes('corpus') || existsSync(CORPUS_FILE))
    const outcomes = await Promise.all(
      cases.map(async ([what, bytes, code], i) => {
        const path = join(dir, `case-${i}.pdf`)
        writeFileSync(path, bytes())
        const err: unknown = await readPdf(pool, path).then(
          () => new Error(`${what} was accepted`),
          (e: unknown) => e,
        )
        return { what, code, err }
      }),
    )
    for (const { what, code, err } of outcomes) {
      expect(err, what).toBeInstanceOf(CoreError)
      expect(err, what).toMatchObject({ code: 'VALIDATION', message: pdfErrorMessage(code) })
    }
  })

  it('lets other failures through unchanged (a missing file)', async () => {
    await expect(readPdf(pool, join(dir, 'missing.pdf'))).rejects.toMatchObject({
      code: 'ENOENT',
    })
  })

  it('reads a PDF with only an owner password (permissions), as readers do', async () => {
    const r = await extractPdf(readFileSync(join(FIXTURES, 'owner-password-only.pdf')))
    expect(r).toMatchObject({
      pages: 1,
      textStatus: 'text',
      pageTexts: ['Van Thu encrypted fixture'],
    })
  })

  it('takes the pages a file really has when it claims a billion', async () => {
    const r = await extractPdf(minimalPdf(['Only one real page'], 1_000_000_000))
    expect(r).toMatchObject({ pages: 1, pageTexts: ['Only one real page'], truncated: false })
  })

  it('stops at maxPages (500 by default) and says so', async () => {
    const bytes = minimalPdf(Array.from({ length: 520 }, (_, i) => `Trang ${i + 1}`))
    const all = await extractPdf(bytes)
    expect(all.pages).toBe(520)
    expect(all.pageTexts).toHaveLength(500)
    expect(all.pageTexts[499]).toBe('Trang 500')
    expect(all.truncated).toBe(true)
    const few = await extractPdf(bytes, { maxPages: 3 })
    expect(few).toMatchObject({ pages: 520, pageTexts: ['Trang 1', 'Trang 2', 'Trang 3'] })
    expect(few.truncated).toBe(true)
  })

  it('stops at maxChars and says so', async () => {
    const bytes = minimalPdf(['First page of text', 'Second page of text', 'Third page'])
    const r = await extractPdf(bytes, { maxChars: 24 })
    expect(r.pageTexts).toEqual(['First page of text', 'Second'])
    expect(r.truncated).toBe(true)
  })

  it('does not touch the caller’s bytes (pdf.js detaches what it is given)', async () => {
    const bytes = minimalPdf(['Keep me'])
    const copy = bytes.slice()
    await extractPdf(bytes)
    expect(bytes.byteLength).toBe(copy.byteLength)
    expect(bytes).toEqual(copy)
  })
})
