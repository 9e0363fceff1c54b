import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import {
  registerLayout,
  renderRegisterPdf,
  renderRegisterXlsx,
} from '../../../electron/core/reports'
import type { RegisterPrint } from '../../../electron/core/reports'
import {
  corpusFile,
  denRegister,
  diRegister,
  expectedHeaders,
  pickDocs,
  readCorpus,
  theoDoiRegister,
} from './register-fixtures'
import type { CorpusDoc } from './register-fixtures'

const root = new URL('../../../', import.meta.url).pathname
const artifacts = join(root, 'tests', 'e2e', 'artifacts', 'reports')
const hasPoppler = spawnSync('pdftotext', ['-v']).error === undefined
if (!hasPoppler) {
  console.warn(
    'pdftotext/pdftoppm not found (apt-get install -y poppler-utils): PDF text checks skipped',
  )
}

function save(name: string, bytes: Buffer): string {
  mkdirSync(artifacts, { recursive: true })
  const file = join(artifacts, name)
  writeFileSync(file, bytes)
  return file
}

const text = (file: string, page: number, mode: string): string =>
  execFileSync('pdftotext', ['-f', String(page), '-l', String(page), mode, file, '-'], {
    encoding: 'utf8',
  })
const pageCount = (file: string): number =>
  Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1])

/** The header cells of a table page in reading order, from poppler's word boxes. */
function headerTexts(file: string, page: number): string {
  const xml = text(file, page, '-bbox-layout')
  const words = [
    ...xml.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g),
  ].map((m) => ({ x: Number(m[1]), y: Number(m[2]), w: m[3] ?? '' }))
  const numberRowY = words.find((w) => w.w === '(1)')?.y ?? 0
  const blocks = xml.split('<block ').slice(1)
  return blocks
    .map((b) => ({
      x: Number(/xMin="([\d.]+)"/.exec(b)?.[1]),
      y: Number(/yMin="([\d.]+)"/.exec(b)?.[1]),
      words: [...b.matchAll(/<word [^>]*>([^<]*)<\/word>/g)].map((m) => m[1] ?? ''),
    }))
    .filter((b) => b.y < numberRowY)
    .sort((a, b) => a.x - b.x)
    .map((b) => b.words.join(' '))
    .join(' ')
}

/** Wall time, and the longest the event loop went without running a 1 ms timer. */
async function timed<T>(run: () => Promise<T>): Promise<{ value: T; ms: number; stallMs: number }> {
  let last = performance.now()
  let stall = 0
  const tick = setInterval(() => {
    const now = performance.now()
    stall = Math.max(stall, now - last)
    last = now
  }, 1)
  const start = performance.now()
  const value = await run()
  const end = performance.now()
  clearInterval(tick)
  return { value, ms: Math.round(end - start), stallMs: Math.round(Math.max(stall, end - last)) }
}

describe.skipIf(!existsSync(corpusFile))('printing the registers', () => {
  const docs = pickDocs(readCorpus(), 60)
  const den = denRegister(docs)

  it('lays out the columns of NĐ 30 Phụ lục IV in order', () => {
    for (const kind of ['den', 'di', 'theo_doi'] as const) {
      expect(registerLayout(kind).columns.map((c) => c.header)).toEqual(expectedHeaders[kind])
    }
  })

  it('prints the incoming register to a deterministic PDF', async () => {
    const pdf = await renderRegisterPdf(den)
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    expect((await renderRegisterPdf(den)).equals(pdf)).toBe(true)
    const file = save('register-den.pdf', pdf)
    if (!hasPoppler) {
      return
    }
    const pages = pageCount(file)
    // A cover and 60 rows of 1 to 25 lines: not one page, not one page per row.
    expect(pages).toBeGreaterThanOrEqual(5)
    expect(pages).toBeLessThanOrEqual(25)
    const cover = text(file, 1, '-layout')
    for (const s of [
      'SỔ ĐĂNG KÝ VĂN BẢN ĐẾN',
      'Năm 2026',
      'Từ ngày 01/01/2026',
      'Từ số 01 đến số 60',
      'Quyển số: 01',
    ]) {
      expect(cover).toContain(s)
    }
    for (let page = 2; page <= pages; page += 1) {
      expect(headerTexts(file, page)).toBe(expectedHeaders.den.join(' '))
      expect(text(file, page, '-layout')).toContain(`Trang ${page - 1}/${pages - 1}`)
    }
    // Every trích yếu survives whole, the NFD one and the 978-character one included. Spaces
    // are ignored: a word wider than its column (a long ký hiệu) is cut after a hyphen.
    const raw = execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' })
    const all = raw.replace(/\s+/g, ' ')
    const squeezed = raw.replace(/\s+/g, '')
    for (const row of den.rows) {
      const t = 'trichYeu' in row ? String(row.trichYeu) : ''
      expect(squeezed).toContain(t.replace(/\s+/g, ''))
    }
    expect(all).toContain('HƯỚNG DẪN THỰC HIỆN CƠ CHẾ MỘT CỬA QUỐC GIA')
    // Dates given as YYYY-MM-DD are printed dd/MM/yyyy.
    expect(all).toContain('29/08/2025')
    execFileSync('pdftoppm', [
      '-r',
      '60',
      '-png',
      '-f',
      '1',
      '-l',
      '3',
      file,
      join(artifacts, 'den'),
    ])
  })

  it('prints the outgoing and follow-up registers with their own headers', async () => {
    for (const p of [diRegister(docs.slice(0, 20)), theoDoiRegister(docs.slice(0, 20))]) {
      const file = save(`register-${p.kind}.pdf`, await renderRegisterPdf(p))
      if (hasPoppler) {
        expect(headerTexts(file, 2)).toBe(expectedHeaders[p.kind].join(' '))
        execFileSync('pdftoppm', [
          '-r',
          '60',
          '-png',
          '-f',
          '2',
          '-l',
          '2',
          file,
          join(artifacts, p.kind),
        ])
      }
    }
  })

  it('cuts a row taller than a page at a line boundary, under repeated headers', async () => {
    const base = diRegister(docs.slice(0, 3))
    const long = {
      soKyHieu: '99/UBND-TH',
      noiNhan: `${'- Ủy ban nhân dân xã Tam Kỳ;\n'.repeat(90)}- CUỐI DANH SÁCH.`,
    }
    const file = save(
      'register-oversized.pdf',
      await renderRegisterPdf({ ...base, rows: [...base.rows, long] } as RegisterPrint),
    )
    if (!hasPoppler) {
      return
    }
    const pages = pageCount(file)
    expect(pages).toBeGreaterThanOrEqual(4)
    for (let page = 2; page <= pages; page += 1) {
      expect(headerTexts(file, page)).toBe(expectedHeaders.di.join(' '))
    }
    const all = execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }).replace(
      /\s+/g,
      ' ',
    )
    // Every line of the oversized cell is printed once, across the page breaks.
    expect(all.match(/Tam Kỳ;/g)).toHaveLength(90)
    expect(all).toContain('CUỐI DANH SÁCH.')
    // Each page after the first part of the row says the row goes on.
    const starts = [...Array(pages).keys()].map((i) => text(file, i + 1, '-raw'))
    const first = starts.findIndex((t) => t.includes('99/UBND-TH'))
    expect(first).toBeGreaterThan(0)
    expect(all.match(/\(tiếp\)/g)?.length).toBe(pages - 1 - first)
    execFileSync('pdftoppm', [
      '-r',
      '60',
      '-png',
      '-f',
      String(pages - 1),
      '-l',
      String(pages),
      file,
      join(artifacts, 'oversized'),
    ])
  })

  it('prints an empty register with blanks to fill by hand', async () => {
    const empty: RegisterPrint = { ...den, rows: [], from: '', to: '' }
    const file = save('register-empty.pdf', await renderRegisterPdf(empty))
    const xlsx = await renderRegisterXlsx(empty)
    expect(xlsx.length).toBeGreaterThan(0)
    if (hasPoppler) {
      expect(pageCount(file)).toBe(2)
      expect(text(file, 1, '-layout')).toContain('Từ ngày …………… đến ngày ……………')
      expect(text(file, 1, '-layout')).toContain('Từ số …………… đến số ……………')
      expect(text(file, 2, '-layout')).toContain('Không có văn bản nào')
    }
  })

  it('prints the incoming register to XLSX like the paper form', async () => {
    const buf = await renderRegisterXlsx(den)
    save('register-den.xlsx', buf)
    const wb = new ExcelJS.Workbook()
    // exceljs types its input as an ArrayBuffer; hand it exactly the bytes of the Buffer.
    await wb.xlsx.load(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.length) as ArrayBuffer)
    const ws = wb.worksheets[0]
    expect(ws?.name).toBe('Sổ văn bản đến 2026')
    if (ws === undefined) {
      return
    }
    const values = (row: number): unknown[] =>
      expectedHeaders.den.map((_, i) => ws.getCell(row, i + 1).value)
    expect(values(5)).toEqual(expectedHeaders.den)
    expect(values(6)).toEqual(expectedHeaders.den.map((_, i) => `(${i + 1})`))
    expect(ws.getCell(3, 1).value).toBe('SỔ ĐĂNG KÝ VĂN BẢN ĐẾN')
    expect(ws.rowCount).toBe(6 + den.rows.length)
    const body = ws.getCell(7, 6)
    expect(body.value).toBe(String((den.rows[0] as { trichYeu: string }).trichYeu))
    expect(ws.getCell(7, 2).value).toBe('01')
    expect(ws.getCell(7, 5).value).toMatch(/^\d{2}\/\d{2}\/\d{4}$/)
    expect(body.alignment.wrapText).toBe(true)
    for (const side of ['top', 'left', 'bottom', 'right'] as const) {
      expect(body.border[side]?.style).toBe('thin')
    }
    // "Ký nhận" stays blank for the signature, but ruled like the rest.
    expect(ws.getCell(7, 9).value ?? '').toBe('')
    expect(ws.getCell(7, 9).border.left?.style).toBe('thin')
    expect(ws.pageSetup).toMatchObject({
      orientation: 'landscape',
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '5:6',
    })
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 6 })
    // Same proportions as the PDF: trích yếu is three times a date column.
    expect((ws.getColumn(6).width ?? 0) / (ws.getColumn(1).width ?? 1)).toBeCloseTo(24 / 8, 1)
  })

  it('times 5,000 rows', { timeout: 180_000 }, async () => {
    const all = readCorpus()
    const many = denRegister(
      Array.from({ length: 5000 }, (_, i) => all[i % all.length] as CorpusDoc),
    )
    const rows = many.rows.map((r, i) => ({ ...r, soDen: String(i + 1).padStart(4, '0') }))
    const p = { ...many, rows } as RegisterPrint
    const pdf = await timed(() => renderRegisterPdf(p))
    const xlsx = await timed(() => renderRegisterXlsx(p))
    const file = save('register-5000.pdf', pdf.value)
    const pages = hasPoppler ? pageCount(file) : Number.NaN
    console.log(
      JSON.stringify({
        rows: 5000,
        pdf: { ms: pdf.ms, longestStallMs: pdf.stallMs, bytes: pdf.value.length, pages },
        xlsx: { ms: xlsx.ms, longestStallMs: xlsx.stallMs, bytes: xlsx.value.length },
      }),
    )
  })
})
