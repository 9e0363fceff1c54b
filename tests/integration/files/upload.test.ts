import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { seedDemo } from '../../../electron/core/demo/seed'
import { DEMO_PASSWORD } from '../../../electron/core/demo/people'
import { storedPath } from '../../../electron/core/files/store'
import { callAs, login, tempCore, type TempCore } from '../helpers/temp-core'

const PDF_DIR = join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'corpus', 'pdf')
const pdf = (name: string): Uint8Array => new Uint8Array(readFileSync(join(PDF_DIR, name)))

let t: TempCore
let clerk: string
beforeEach(async () => {
  t = tempCore()
  await seedDemo(t.core.deps)
  clerk = await login(t.core, 'vanthu', DEMO_PASSWORD)
})
afterEach(async () => {
  await t.cleanup()
})

type Upload = {
  sha256: string
  pages: number
  textStatus: string
  suggestion: Record<string, unknown> | null
  duplicates: unknown[]
}
const upload = async (name: string, bytes: Uint8Array): Promise<Upload> => {
  const r = await callAs(t.core, clerk, 'files.upload', { name, bytes })
  if (!r.ok) {
    throw new Error(JSON.stringify(r.error))
  }
  return r.value as Upload
}

describe('attachments', () => {
  it('stores a text PDF by SHA-256 with its text, suggests metadata, and registers with it', async () => {
    const up = await upload('TB-480.pdf', pdf('07_text_TB-480-TB-VPCP.pdf'))
    expect(up).toMatchObject({ textStatus: 'text', duplicates: [] })
    expect(up.pages).toBeGreaterThan(0)
    expect(up.suggestion).toMatchObject({ so: '480' })
    expect(existsSync(storedPath(join(t.dir, 'files'), up.sha256))).toBe(true)
    const doc = await callAs(t.core, clerk, 'documents.registerIncoming', {
      registerId: 1,
      ngayDen: '2026-03-02',
      so: '480',
      kyHieu: 'TB-VPCP',
      coQuanBanHanh: 'Văn phòng Chính phủ',
      loaiVanBan: 'thong_bao',
      trichYeu: 'Kết luận của Thủ tướng',
      files: [{ sha256: up.sha256, name: 'TB-480.pdf' }],
    })
    expect(doc).toMatchObject({
      ok: true,
      value: { files: [{ name: 'TB-480.pdf', textStatus: 'text' }] },
    })
    const again = await upload('khac-ten.pdf', pdf('07_text_TB-480-TB-VPCP.pdf'))
    expect(again.sha256).toBe(up.sha256)
    expect(again.duplicates).toMatchObject([{ reason: 'same-file', soDen: 1 }])
  })

  it('flags a scanned PDF as having no text layer', async () => {
    const up = await upload('scan.pdf', pdf('06_scanned_1page_table_with_seal.pdf'))
    expect(up.textStatus).toBe('scanned')
  })

  it('refuses a damaged PDF with a Vietnamese reason and leaves nothing behind', async () => {
    const whole = pdf('07_text_TB-480-TB-VPCP.pdf')
    const before = readdirSync(join(t.dir, 'files'))
    const bad = await callAs(t.core, clerk, 'files.upload', {
      name: 'hong.pdf',
      bytes: whole.subarray(0, 2000),
    })
    expect(bad).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: expect.stringMatching(/hỏng|đọc/) },
    })
    const junk = await callAs(t.core, clerk, 'files.upload', {
      name: 'x.pdf',
      bytes: new TextEncoder().encode('không phải pdf'),
    })
    expect(junk).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    expect(readdirSync(join(t.dir, 'files')).filter((f) => f !== 'tmp')).toEqual(
      before.filter((f) => f !== 'tmp'),
    )
    expect(readdirSync(join(t.dir, 'files', 'tmp'))).toEqual([])
    expect(t.core.db.prepare('SELECT COUNT(*) AS n FROM files').get()).toEqual({ n: 0 })
  })

  it('gives a file only to its uploader, clerks, and readers of a document holding it', async () => {
    const up = await upload('TB.pdf', pdf('07_text_TB-480-TB-VPCP.pdf'))
    const mine = await callAs(t.core, clerk, 'files.content', { sha256: up.sha256 })
    expect(mine.ok && mine.value instanceof Uint8Array && mine.value.byteLength).toBe(
      pdf('07_text_TB-480-TB-VPCP.pdf').byteLength,
    )
    const cv = await login(t.core, 'cv.kinhte1', DEMO_PASSWORD)
    expect(await callAs(t.core, cv, 'files.content', { sha256: up.sha256 })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    })
  })

  it('queues received files once, and registering from the queue takes the item', async () => {
    const up = await upload('TB.pdf', pdf('07_text_TB-480-TB-VPCP.pdf'))
    const item = await callAs(t.core, clerk, 'intake.add', {
      file: { sha256: up.sha256, name: 'TB.pdf' },
    })
    const twice = await callAs(t.core, clerk, 'intake.add', {
      file: { sha256: up.sha256, name: 'TB.pdf' },
    })
    expect(
      item.ok &&
        twice.ok &&
        (item.value as { id: number }).id === (twice.value as { id: number }).id,
    ).toBe(true)
    const list = await callAs(t.core, clerk, 'intake.list')
    expect(list).toMatchObject({
      ok: true,
      value: [{ file: { name: 'TB.pdf', textStatus: 'text' }, suggestion: { so: '480' } }],
    })
    const id = (item.ok && (item.value as { id: number }).id) || 0
    const doc = await callAs(t.core, clerk, 'documents.registerIncoming', {
      registerId: 1,
      ngayDen: '2026-03-02',
      coQuanBanHanh: 'Văn phòng Chính phủ',
      loaiVanBan: 'thong_bao',
      trichYeu: 'Kết luận',
      files: [{ sha256: up.sha256, name: 'TB.pdf' }],
      intakeId: id,
    })
    expect(doc.ok).toBe(true)
    expect(await callAs(t.core, clerk, 'intake.list')).toMatchObject({ ok: true, value: [] })
  })

  it('prints the incoming register to PDF and XLSX through the API', async () => {
    await callAs(t.core, clerk, 'documents.registerIncoming', {
      registerId: 1,
      ngayDen: '2026-03-02',
      so: '12',
      kyHieu: 'UBND-VX',
      coQuanBanHanh: 'UBND huyện Tiên Yên',
      loaiVanBan: 'cong_van',
      trichYeu: 'V/v báo cáo kết quả tuyển sinh',
    })
    const pdfOut = await callAs(t.core, clerk, 'reports.incomingRegister', {
      registerId: 1,
      from: '2026-03-01',
      to: '2026-03-31',
      format: 'pdf',
    })
    expect(
      pdfOut.ok &&
        Buffer.from(pdfOut.value as Uint8Array)
          .subarray(0, 5)
          .toString(),
    ).toBe('%PDF-')
    const xlsx = await callAs(t.core, clerk, 'reports.incomingRegister', {
      registerId: 1,
      from: '2026-03-01',
      to: '2026-03-31',
      format: 'xlsx',
    })
    expect(
      xlsx.ok &&
        Buffer.from(xlsx.value as Uint8Array)
          .subarray(0, 2)
          .toString(),
    ).toBe('PK')
    const cv = await login(t.core, 'cv.kinhte1', DEMO_PASSWORD)
    expect(
      await callAs(t.core, cv, 'reports.incomingRegister', {
        registerId: 1,
        from: '2026-03-01',
        to: '2026-03-31',
        format: 'pdf',
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    })
  })
})
