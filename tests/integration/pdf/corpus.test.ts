// Every PDF of the shared corpus (../shared/corpus/pdf, INDEX.md): text, signed, scanned, mixed,
// Công báo extracts with broken xref tables. Each must come out as text, scanned or mixed as
// the index says; none may be refused or throw. A few go through the real worker pool.

import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createJobPool } from '../../../electron/core/jobs/pool'
import { extractPdf, type PdfExtract } from '../../../electron/core/pdf/extract'
import { readPdf } from '../../../electron/core/pdf/read-pdf'

const CORPUS = join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'corpus', 'pdf')
const FILES = existsSync(CORPUS)
  ? readdirSync(CORPUS)
      .filter((f) => f.endsWith('.pdf'))
      .sort()
  : []

// What INDEX.md says each file is, checked page by page against pdftotext and the rendering.
// 03 has a signature appearance ("SAO Y; ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ") over its scan:
// the stamp is read, but it does not make the page a text page.
const SCANNED: Readonly<Record<string, readonly number[]>> = {
  '03': [1, 2, 3, 4, 5],
  '04': [1, 2, 3, 4],
  '05': [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
  '06': [1],
}
const STATUS: Readonly<Record<string, PdfExtract['textStatus']>> = {
  '03': 'scanned',
  '04': 'mixed',
  '05': 'scanned',
  '06': 'scanned',
}
// Signed, stamped, scanned, mixed and the largest: through the worker pool.
const VIA_POOL = new Set(['02', '03', '04', '11', '17'])

const prefix = (file: string): string => file.slice(0, 2)
const timings: { file: string; ms: number; pages: number }[] = []

function check(file: string, r: PdfExtract): void {
  const p = prefix(file)
  expect(r.textStatus, file).toBe(STATUS[p] ?? 'text')
  expect(r.scannedPages, file).toEqual(SCANNED[p] ?? [])
  expect(r.truncated, file).toBe(false)
  expect(r.pageTexts, file).toHaveLength(r.pages)
  for (const [i, text] of r.pageTexts.entries()) {
    expect(text.normalize('NFC'), `${file} p${i + 1} is NFC`).toBe(text)
  }
  if (r.textStatus !== 'scanned') {
    const withText = r.pageTexts.filter((t, i) => !r.scannedPages.includes(i + 1) && t !== '')
    expect(withText.join('').length, file).toBeGreaterThan(1000)
  }
  if (r.firstPageLines.length > 0) {
    expect(r.firstPageLines.join('\n'), file).toBe(r.pageTexts[0])
  }
}

describe.skipIf(FILES.length === 0)('PDF corpus', () => {
  // The pool's files start first and are awaited after the direct ones, so the two workers
  // run while this thread works.
  const pool = createJobPool(2)
  const viaPool = FILES.filter((f) => VIA_POOL.has(prefix(f)))
  let pending: Promise<PdfExtract[]> = Promise.resolve([])
  beforeAll(() => {
    const started = Date.now()
    pending = Promise.all(viaPool.map((f) => readPdf(pool, join(CORPUS, f))))
    // A failure surfaces in its test; until then it must not count as unhandled.
    pending.then(
      () =>
        timings.push({
          file: `${viaPool.length} files in 2 workers`,
          ms: Date.now() - started,
          pages: 0,
        }),
      () => undefined,
    )
  })

  it('has the 34 files of INDEX.md', () => {
    expect(FILES).toHaveLength(34)
  })

  describe('in this thread', () => {
    for (const file of FILES.filter((f) => !VIA_POOL.has(prefix(f)))) {
      it(file, async () => {
        const started = Date.now()
        const r = await extractPdf(readFileSync(join(CORPUS, file)))
        timings.push({ file, ms: Date.now() - started, pages: r.pages })
        check(file, r)
      })
    }
  })

  it('extracts signed, stamped, scanned, mixed and long files in the worker pool', async () => {
    const results = await pending
    for (const [i, r] of results.entries()) {
      check(viaPool[i] ?? '', r)
    }
  }, 60_000)

  describe('header layout', () => {
    const firstLines = async (p: string): Promise<string[]> => {
      const file = FILES.find((f) => prefix(f) === p) ?? ''
      return (await extractPdf(readFileSync(join(CORPUS, file)), { maxPages: 1 })).firstPageLines
    }

    it('reads the agency column before the national motto, never interleaved', async () => {
      const lines = await firstLines('07')
      const agency = lines.indexOf('VĂN PHÒNG CHÍNH PHỦ')
      const number = lines.indexOf('Số: 480/TB-VPCP')
      const motto = lines.indexOf('CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM')
      const slogan = lines.indexOf('Độc lập - Tự do - Hạnh phúc')
      const date = lines.indexOf('Hà Nội, ngày 13 tháng 9 năm 2025')
      expect(
        [agency, number, motto, slogan, date].every((i) => i >= 0),
        lines.join('\n'),
      ).toBe(true)
      expect(agency).toBeLessThan(number)
      expect(number).toBeLessThan(motto)
      expect(motto).toBeLessThan(slogan)
      expect(slogan).toBeLessThan(date)
    })

    it('keeps a two-line agency name together', async () => {
      const lines = await firstLines('08')
      const i = lines.indexOf('ỦY BAN NHÂN DÂN')
      expect(lines.slice(i, i + 3)).toEqual(['ỦY BAN NHÂN DÂN', 'TỈNH LAI CHÂU', 'Số: /QĐ-UBND'])
      expect(lines.some((l) => /CHÍNH PHỦ|LAI CHÂU/u.test(l) && /CỘNG H/u.test(l))).toBe(false)
    })

    it('reads the number and date stamped as signature appearances into their lines', async () => {
      const lines = await firstLines('02')
      expect(lines).toContain('Số: 50/2026/NĐ-CP')
      expect(lines).toContain('Hà Nội, ngày 31 tháng 01 năm 2026')
    })
  })

  afterAll(async () => {
    await pool.close()
    const direct = timings.filter((t) => t.pages > 0)
    const total = direct.reduce((n, t) => n + t.ms, 0)
    const pages = direct.reduce((n, t) => n + t.pages, 0)
    const slowest = direct.slice().sort((a, b) => b.ms - a.ms)[0]
    console.log(
      `PDF corpus: ${direct.length} files, ${pages} pages in this thread in ${total} ms ` +
        `(slowest ${slowest?.file ?? '-'} ${slowest?.ms ?? 0} ms); ` +
        timings
          .filter((t) => t.pages === 0)
          .map((t) => `${t.file}: ${t.ms} ms`)
          .join('; '),
    )
  })
})
