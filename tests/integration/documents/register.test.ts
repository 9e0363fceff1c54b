import { spawn } from 'node:child_process'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { CoreError } from '../../../electron/core/errors'
import { setUp, tempCore, type TempCore } from '../helpers/temp-core'
import { incoming, register, SYSTEM } from './helpers'

let t: TempCore
beforeEach(async () => {
  t = tempCore()
  await setUp(t.core)
})
afterEach(async () => {
  await t.cleanup()
})

const refusal = async (p: Promise<unknown>): Promise<CoreError> => {
  try {
    await p
  } catch (err) {
    if (err instanceof CoreError) {
      return err
    }
    throw err
  }
  throw new Error('expected a refusal')
}

describe('registering incoming documents', () => {
  it('starts with the default registers and numbers 1, 2, 3 within a register and year', async () => {
    const registers = await t.core.invoke('registers.list', { direction: 'in' }, SYSTEM)
    expect(registers).toMatchObject([{ name: 'Sổ văn bản đến', isDefault: true }])
    expect(
      await t.core.invoke('registers.nextNumber', { registerId: 1, year: 2026 }, SYSTEM),
    ).toMatchObject({ next: 1 })
    expect(await register(t.core, { so: '1' })).toBe(1)
    expect(await register(t.core, { so: '2' })).toBe(2)
    expect(
      await register(t.core, { so: '3', ngayDen: '2025-12-31', ngayBanHanh: '2025-12-30' }),
    ).toBe(1)
    expect(await register(t.core, { so: '4' })).toBe(3)
    expect(
      await t.core.invoke('registers.nextNumber', { registerId: 1, year: 2026 }, SYSTEM),
    ).toMatchObject({ next: 4 })
  })

  it('keeps số and ký hiệu apart and shows them as 123/QĐ-UBND, NFC, with the issuer in the directory', async () => {
    const doc = await t.core.invoke(
      'documents.registerIncoming',
      incoming({
        coQuanBanHanh: 'Ủy ban nhân dân tỉnh Quảng Nam'.normalize('NFD'),
        trichYeu: '  Về việc   thử  '.normalize('NFD'),
      }),
      SYSTEM,
    )
    expect(doc).toMatchObject({
      so: '123',
      kyHieu: 'QĐ-UBND',
      soKyHieu: '123/QĐ-UBND',
      loaiVanBan: 'Quyết định',
      status: 'cho_xu_ly',
    })
    expect(doc.coQuanBanHanh).toBe('Ủy ban nhân dân tỉnh Quảng Nam')
    const issuers = await t.core.invoke(
      'issuers.search',
      { q: 'uy ban quang nam', limit: 5 },
      SYSTEM,
    )
    expect(issuers.map((i) => i.name)).toEqual(['Ủy ban nhân dân tỉnh Quảng Nam'])
  })

  it('warns of a duplicate however the number is typed, and registers it when the clerk insists', async () => {
    await register(t.core)
    const again = await refusal(
      t.core.invoke(
        'documents.registerIncoming',
        incoming({
          so: ' 123 ',
          kyHieu: 'qđ - ubnd',
          coQuanBanHanh: 'UỶ BAN NHÂN DÂN TỈNH QUẢNG NAM',
        }),
        SYSTEM,
      ),
    )
    expect(again.code).toBe('DUPLICATE')
    expect(again.details).toMatchObject({
      matches: [{ soDen: 1, soKyHieu: '123/QĐ-UBND', reason: 'same-number' }],
    })
    const cyrillic = await refusal(
      t.core.invoke(
        'documents.registerIncoming',
        incoming({ kyHieu: 'QĐ-UBND'.replace('U', 'U').replace('B', 'В') }),
        SYSTEM,
      ),
    )
    expect(cyrillic.code).toBe('DUPLICATE')
    expect(
      await t.core.invoke(
        'documents.checkDuplicates',
        {
          so: '123',
          kyHieu: 'QĐ-UBND',
          coQuanBanHanh: 'ubnd tinh quang nam',
          ngayBanHanh: '2026-02-27',
        },
        SYSTEM,
      ),
    ).toEqual([])
    expect(await register(t.core, { acceptDuplicate: true })).toBe(2)
  })

  it('refuses bad input precisely and changes nothing', async () => {
    await register(t.core)
    const before = t.core.db.prepare('SELECT COUNT(*) AS n FROM documents').get()
    const tooLong = await refusal(
      t.core.invoke('documents.registerIncoming', incoming({ trichYeu: 'x'.repeat(501) }), SYSTEM),
    )
    expect(tooLong).toMatchObject({
      code: 'VALIDATION',
      fields: { trichYeu: 'Trích yếu dài tối đa 500 ký tự' },
    })
    const kyHieu = await refusal(
      t.core.invoke('documents.registerIncoming', incoming({ kyHieu: 'K'.repeat(31) }), SYSTEM),
    )
    expect(kyHieu.fields).toMatchObject({ kyHieu: 'Ký hiệu của văn bản dài tối đa 30 ký tự' })
    const late = await refusal(
      t.core.invoke(
        'documents.registerIncoming',
        incoming({ so: '9', ngayBanHanh: '2026-03-05' }),
        SYSTEM,
      ),
    )
    expect(late.fields).toMatchObject({ ngayBanHanh: 'Ngày ban hành không thể sau ngày đến' })
    const type = await refusal(
      t.core.invoke(
        'documents.registerIncoming',
        incoming({ so: '9', loaiVanBan: 'khong_co' }),
        SYSTEM,
      ),
    )
    expect(type.fields).toMatchObject({ loaiVanBan: 'Loại văn bản không có trong danh mục' })
    const file = await refusal(
      t.core.invoke(
        'documents.registerIncoming',
        incoming({ so: '9', files: [{ sha256: 'a'.repeat(64), name: 'x.pdf' }] }),
        SYSTEM,
      ),
    )
    expect(file.message).toMatch(/chưa được tải lên/)
    expect(t.core.db.prepare('SELECT COUNT(*) AS n FROM documents').get()).toEqual(before)
    expect(
      await t.core.invoke('registers.nextNumber', { registerId: 1, year: 2026 }, SYSTEM),
    ).toMatchObject({ next: 2 })
  })

  it('keeps every edit in the history, never the số đến', async () => {
    const doc = await t.core.invoke(
      'documents.registerIncoming',
      incoming({ phuongThuc: 'dien_tu', doMat: 'mat' }),
      SYSTEM,
    )
    const edited = await t.core.invoke(
      'documents.updateIncoming',
      { id: doc.id, trichYeu: 'Trích yếu đã sửa', doKhan: 'khan' },
      SYSTEM,
    )
    // A partial edit leaves the fields it does not name alone (defaults are for new documents).
    expect(edited).toMatchObject({
      soDen: doc.soDen,
      trichYeu: 'Trích yếu đã sửa',
      doKhan: 'khan',
      phuongThuc: 'dien_tu',
      doMat: 'mat',
    })
    expect(edited.history.map((h) => h.method)).toEqual([
      'documents.registerIncoming',
      'documents.updateIncoming',
    ])
    expect(edited.history[1]?.changes).toEqual({
      trichYeu: ['Về việc phê duyệt kế hoạch chuyển đổi số năm 2026', 'Trích yếu đã sửa'],
      doKhan: ['thuong', 'khan'],
    })
  })
})

describe('số đến under concurrency', () => {
  it('gives several processes registering at once every number exactly once, with no gap', async () => {
    const procs = ['A', 'B', 'C', 'D'].map(
      (tag) =>
        new Promise<number[]>((resolve, reject) => {
          const child = spawn(
            process.execPath,
            ['--import', 'tsx', 'tests/integration/documents/register-many.ts', t.dir, '25', tag],
            {
              stdio: ['ignore', 'pipe', 'inherit'],
            },
          )
          let out = ''
          child.stdout.on('data', (c: Buffer) => (out += c.toString()))
          child.on('exit', (code) =>
            code === 0 ? resolve(JSON.parse(out) as number[]) : reject(new Error(`exit ${code}`)),
          )
        }),
    )
    const all = (await Promise.all(procs)).flat().sort((a, b) => a - b)
    expect(all).toEqual(Array.from({ length: 100 }, (_, i) => i + 1))
    const rows = t.core.db
      .prepare<[], { number: number }>('SELECT number FROM documents ORDER BY number')
      .all()
    expect(rows.map((r) => r.number)).toEqual(all)
  }, 120_000)
})
