import { writeFileSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Input } from '../../../shared/api/contract'
import type { DocumentDetail } from '../../../shared/api/document-types'
import { register } from '../documents/helpers'
import type { TempCore } from '../helpers/temp-core'
import { expectedHeaders } from './register-fixtures'
import { demoCore, idOf, loadSheet, person, sheetValues, type Caller } from './task-fixtures'

// Sổ đăng ký văn bản đi (DOMAIN §1.8, 10 columns), by ngày ban hành, from what the core issued,
// sent, replaced and recalled; and the reply column of the Sổ theo dõi giải quyết văn bản đến.

const artifacts = join(
  new URL('../../../', import.meta.url).pathname,
  'tests/e2e/artifacts/reports',
)
const MARCH = { from: '2026-03-01', to: '2026-03-31' } as const

let t: TempCore
let clerk: Caller
let outRegister: number
let docs: Record<'A' | 'B' | 'C' | 'D' | 'E' | 'F', DocumentDetail>

const unitId = (short: string): number => idOf(t.core, 'units', short)
const issue = (over: Partial<Input<'outgoing.issue'>>): Promise<DocumentDetail> =>
  clerk.ok('outgoing.issue', {
    loaiVanBan: 'quyet_dinh',
    trichYeu: 'về việc giao chỉ tiêu kế hoạch năm 2026',
    // A signer of the System brings their own name; a paper signer is named.
    ...(over.signerId ? {} : { nguoiKy: 'Nguyễn Văn Hùng' }),
    ...over,
  })

/**
 * Issued on Monday 02/03/2026 unless said: A (KT. Chủ tịch, three recipients, later replaced
 * by D) · B công văn of Văn xã, recalled · C secret · D replaces A · E gets back a released
 * number · F dated 27/02, outside March. A is sent on 03/03 and 04/03.
 */
beforeEach(async () => {
  t = await demoCore()
  clerk = await person(t.core, 'vanthu')
  outRegister = (
    t.core.db.prepare("SELECT id FROM registers WHERE direction = 'out'").get() as { id: number }
  ).id
  const A = await issue({
    signerId: idOf(t.core, 'users', 'pct.kinhte'),
    thamQuyen: 'kt',
    thamQuyenChucVu: 'Chủ tịch',
    draftingUnitId: unitId('TH'),
    recipients: [
      { kind: 'unit', unitId: unitId('KT') },
      { kind: 'outside', name: 'Sở Tài chính' },
      { kind: 'outside', name: 'Sở Kế hoạch và Đầu tư' },
    ],
    soLuongBan: 5,
    ghiChu: 'Bản giấy lưu HCTC',
  })
  const B = await issue({
    loaiVanBan: 'cong_van',
    trichYeu: 'V/v tổ chức các hoạt động mừng Đảng, mừng Xuân',
    draftingUnitId: unitId('VX'),
    nguoiKy: 'Lê Quang Minh',
    chucVuNguoiKy: 'Phó Chủ tịch UBND tỉnh',
  })
  const C = await issue({
    loaiVanBan: 'thong_bao',
    trichYeu: 'Thông báo kết luận về công tác bảo vệ bí mật nhà nước',
    doMat: 'mat',
  })
  const D = await issue({
    signerId: idOf(t.core, 'users', 'chutich'),
    trichYeu: 'về việc giao chỉ tiêu kế hoạch năm 2026 (thay thế)',
    replacesId: A.id,
  })
  const held = await clerk.ok('outgoing.reserve', { loaiVanBan: 'ke_hoach' })
  await clerk.ok('outgoing.release', { id: held.id, reason: 'Không ban hành' })
  const E = await issue({ loaiVanBan: 'ke_hoach', trichYeu: 'Kế hoạch cải cách hành chính' })
  const F = await issue({ ngayBanHanh: '2026-02-27', trichYeu: 'về việc ban hành quy chế' })

  t.clock.set('2026-03-06T02:00:00Z')
  const [toKT, toSTC] = A.outgoing?.recipients ?? []
  await clerk.ok('outgoing.send', {
    id: A.id,
    sends: [
      { recipientId: toSTC!.id, way: 'giay', sentOn: '2026-03-04' },
      { recipientId: toKT!.id, way: 'dien_tu', sentOn: '2026-03-03' },
    ],
  })
  await clerk.ok('outgoing.recall', { id: B.id, reason: 'Ban hành sai thẩm quyền' })
  docs = { A, B, C, D, E, F }
})
afterEach(async () => {
  await t.cleanup()
})

/** The register's rows as read back from the workbook: headers on row 5, rows from row 7. */
async function rows(
  who: Caller,
  period: Readonly<{ from: string; to: string }> = MARCH,
): Promise<string[][]> {
  const bytes = await who.ok('reports.outgoingRegister', {
    registerId: outRegister,
    ...period,
    format: 'xlsx',
  })
  const values = sheetValues(await loadSheet(bytes, 'Sổ văn bản đi'))
  expect(values[4]).toEqual(expectedHeaders.di)
  // Every cell is written as text; an empty one reads back as null.
  return values
    .slice(6)
    .map((r) => r.map((v) => (v === null ? '' : typeof v === 'string' ? v : JSON.stringify(v))))
}

const rowA = [
  '01/QĐ-UBND',
  '02/03/2026',
  'Quyết định về việc giao chỉ tiêu kế hoạch năm 2026',
  'KT. Chủ tịch – Trần Thị Thu Hà',
  'Phòng Kinh tế; Sở Tài chính; Sở Kế hoạch và Đầu tư',
  'Phòng Tổng hợp',
  '5',
  '03/03/2026',
  '',
  'Bản giấy lưu HCTC; Bị thay thế bởi 04/QĐ-UBND',
]
const rowB = [
  '02/UBND-VX',
  '02/03/2026',
  'Công văn V/v tổ chức các hoạt động mừng Đảng, mừng Xuân',
  'Phó Chủ tịch UBND tỉnh – Lê Quang Minh',
  '',
  'Phòng Khoa giáo - Văn xã',
  '',
  '',
  '',
  'Đã thu hồi',
]
const rowC = [
  '03/TB-UBND',
  '02/03/2026',
  'Thông báo kết luận về công tác bảo vệ bí mật nhà nước',
  'Nguyễn Văn Hùng',
  '',
  '',
  '',
  '',
  '',
  '',
]
const rowD = [
  '04/QĐ-UBND',
  '02/03/2026',
  'Quyết định về việc giao chỉ tiêu kế hoạch năm 2026 (thay thế)',
  'Chủ tịch UBND tỉnh – Nguyễn Văn Hùng',
  '',
  '',
  '',
  '',
  '',
  '',
]
const rowE = [
  '05/KH-UBND',
  '02/03/2026',
  'Kế hoạch cải cách hành chính',
  'Nguyễn Văn Hùng',
  '',
  '',
  '',
  '',
  '',
  'Số cấp lại',
]

describe('Sổ đăng ký văn bản đi', () => {
  it('has the 10 columns of DOMAIN §1.8 and one row per document issued in the period', async () => {
    expect(docs.E.soKyHieu).toBe('05/KH-UBND')
    expect(await rows(clerk)).toEqual([rowA, rowB, rowC, rowD, rowE])
    // The period is by ngày ban hành: F (27/02) alone in February.
    const feb = await rows(clerk, { from: '2026-02-01', to: '2026-02-28' })
    expect(feb.map((r) => r.slice(0, 2))).toEqual([['06/QĐ-UBND', '27/02/2026']])
    expect(docs.F.soKyHieu).toBe('06/QĐ-UBND')
  })

  it('leaves out what the caller may not see: a unit leader does not get the secret row', async () => {
    // The agency's leaders see secret documents (issue 7); a unit leader sees them only by name.
    const leader = await person(t.core, 'pct.vanxa')
    expect((await rows(leader)).map((r) => r[0])).toContain(docs.C.soKyHieu)
    const unitLeader = await person(t.core, 'tp.vanxa')
    expect(await unitLeader.fail('documents.get', { id: docs.C.id })).toMatchObject({
      code: 'NOT_FOUND',
    })
    expect((await rows(unitLeader)).map((r) => r[0])).not.toContain(docs.C.soKyHieu)
    // Specialists do not print registers at all.
    const cv = await person(t.core, 'cv.kinhte1')
    expect(
      await cv.fail('reports.outgoingRegister', {
        registerId: outRegister,
        ...MARCH,
        format: 'pdf',
      }),
    ).toMatchObject({ code: 'FORBIDDEN' })
  })

  it('prints a PDF, and refuses an incoming register or a reversed period', async () => {
    const pdf = await clerk.ok('reports.outgoingRegister', {
      registerId: outRegister,
      ...MARCH,
      format: 'pdf',
    })
    expect(Buffer.from(pdf.subarray(0, 5)).toString('latin1')).toBe('%PDF-')
    mkdirSync(artifacts, { recursive: true })
    writeFileSync(join(artifacts, 'outgoing-register.pdf'), Buffer.from(pdf))

    const incomingRegister = (
      t.core.db.prepare("SELECT id FROM registers WHERE direction = 'in'").get() as { id: number }
    ).id
    expect(
      await clerk.fail('reports.outgoingRegister', {
        registerId: incomingRegister,
        ...MARCH,
        format: 'xlsx',
      }),
    ).toMatchObject({ code: 'NOT_FOUND', message: expect.stringContaining('sổ văn bản đi') })
    expect(
      await clerk.fail('reports.outgoingRegister', {
        registerId: outRegister,
        from: MARCH.to,
        to: MARCH.from,
        format: 'xlsx',
      }),
    ).toMatchObject({ code: 'VALIDATION' })
  })
})

describe('Sổ theo dõi giải quyết văn bản đến: Số, ký hiệu văn bản trả lời', () => {
  it('names every reply issued to the document, with its date', async () => {
    await register(t.core, { so: '45', kyHieu: 'BC-STC', ngayDen: '2026-03-02' })
    await register(t.core, { so: '46', ngayDen: '2026-03-02' })
    const answered = (
      t.core.db.prepare("SELECT id FROM documents WHERE so = '45'").get() as { id: number }
    ).id
    const reply = (trichYeu: string): Promise<DocumentDetail> =>
      issue({
        loaiVanBan: 'cong_van',
        trichYeu,
        draftingUnitId: unitId('TH'),
        replyToDocumentId: answered,
      })
    expect((await reply('V/v báo cáo giải ngân')).soKyHieu).toBe('07/UBND-TH')
    expect((await reply('V/v bổ sung số liệu giải ngân')).soKyHieu).toBe('08/UBND-TH')

    const chutich = await person(t.core, 'chutich')
    const bytes = await chutich.ok('reports.incomingTracking', {
      registerId: 1,
      ...MARCH,
      format: 'xlsx',
    })
    const values = sheetValues(await loadSheet(bytes, 'Sổ văn bản đến'))
    expect(values[4]).toEqual(expectedHeaders.theo_doi)
    const body = values.slice(6)
    expect(body.map((r) => [r[0], r[5] ?? ''])).toEqual([
      ['01', '07/UBND-TH ngày 06/03/2026; 08/UBND-TH ngày 06/03/2026'],
      ['02', ''],
    ])
  })
})
