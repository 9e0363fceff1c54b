import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { seedDemo } from '../../../electron/core/demo/seed'
import { register } from '../documents/helpers'
import { tempCore, type TempCore } from '../helpers/temp-core'
import { idOf, person, type Caller } from '../tasks/helpers'

// Ban hành at the core: số, ký hiệu by type and unit, replies closing the incoming document
// and its task, sending to a unit of the agency, recall, replacement and correction.

let t: TempCore
let clerk: Caller, chutich: Caller, tpKT: Caller, cvVX: Caller, tpTH: Caller

beforeEach(async () => {
  t = tempCore({ config: { sessionIdleMs: 60 * 86_400_000, sessionMaxMs: 60 * 86_400_000 } })
  await seedDemo(t.core.deps)
  clerk = await person(t.core, 'vanthu')
  chutich = await person(t.core, 'chutich')
  tpKT = await person(t.core, 'tp.kinhte')
  tpTH = await person(t.core, 'tp.tonghop')
  cvVX = await person(t.core, 'cv.vanxa1')
})
afterEach(async () => {
  await t.cleanup()
})

const unit = (s: string): number => idOf(t.core, 'units', s)
const user = (s: string): number => idOf(t.core, 'users', s)

describe('outgoing.issue', () => {
  it('numbers per register and year with the ký hiệu of NĐ 30', async () => {
    const qd = await clerk.ok('outgoing.issue', {
      loaiVanBan: 'quyet_dinh',
      trichYeu: 'Về việc ban hành Kế hoạch chuyển đổi số năm 2026',
      signerId: user('chutich'),
    })
    expect(qd.soKyHieu).toBe('01/QĐ-UBND')
    expect(qd.direction).toBe('out')
    expect(qd.ngayBanHanh).toBe('2026-03-02')
    expect(qd.nguoiKy).toBe('Nguyễn Văn Hùng')
    const cv = await clerk.ok('outgoing.issue', {
      loaiVanBan: 'cong_van',
      trichYeu: 'V/v triển khai tiêm chủng mở rộng',
      draftingUnitId: unit('VX'),
      signerId: user('pct.vanxa'),
      thamQuyen: 'kt',
      thamQuyenChucVu: 'Chủ tịch',
    })
    expect(cv.soKyHieu).toBe('02/UBND-VX')
    expect(cv.outgoing?.signatureTitle).toBe('KT. CHỦ TỊCH / PHÓ CHỦ TỊCH UBND TỈNH')
    const qppl = await clerk.ok('outgoing.issue', {
      loaiVanBan: 'quyet_dinh',
      quyPham: true,
      trichYeu: 'Ban hành Quy định phân cấp quản lý',
      nguoiKy: 'Nguyễn Văn Hùng',
    })
    expect(qppl.soKyHieu).toBe('03/2026/QĐ-UBND')
    const preview = await clerk.ok('outgoing.preview', { loaiVanBan: 'thong_bao' })
    expect(preview).toMatchObject({ number: 4, soKyHieu: '04/TB-UBND', year: 2026 })
    const list = await clerk.ok('documents.list', { direction: 'out' })
    expect(list.rows.map((r) => r.soKyHieu)).toEqual([
      '03/2026/QĐ-UBND',
      '02/UBND-VX',
      '01/QĐ-UBND',
    ])
  })

  it('refuses bad input without taking a number or writing a row', async () => {
    const bad = await clerk.fail('outgoing.issue', {
      loaiVanBan: 'quyet_dinh',
      trichYeu: 'Thiếu người ký',
    })
    expect(bad.code).toBe('VALIDATION')
    expect(bad.fields?.nguoiKy).toBe('Nhập người ký')
    const future = await clerk.fail('outgoing.issue', {
      loaiVanBan: 'quyet_dinh',
      trichYeu: 'Ngày mai',
      nguoiKy: 'A',
      ngayBanHanh: '2026-03-03',
    })
    expect(future.fields?.ngayBanHanh).toMatch(/sau hôm nay/)
    const specialist = await cvVX.fail('outgoing.issue', {
      loaiVanBan: 'quyet_dinh',
      trichYeu: 'Không phải văn thư',
      nguoiKy: 'A',
    })
    expect(specialist.code).toBe('FORBIDDEN')
    const wrongReply = await clerk.fail('outgoing.issue', {
      loaiVanBan: 'cong_van',
      trichYeu: 'Trả lời chính nó',
      nguoiKy: 'A',
      replyToDocumentId: 999,
    })
    expect(wrongReply.fields?.replyToDocumentId).toBeTruthy()
    expect(
      t.core.db.prepare("SELECT COUNT(*) AS n FROM documents WHERE direction = 'out'").get(),
    ).toEqual({ n: 0 })
    const first = await clerk.ok('outgoing.issue', {
      loaiVanBan: 'quyet_dinh',
      trichYeu: 'Đầu tiên',
      nguoiKy: 'A',
    })
    expect(first.soKyHieu).toBe('01/QĐ-UBND')
  })

  it('closes the answered incoming document and its task with the reply number', async () => {
    await register(t.core, {
      so: '45',
      kyHieu: 'BC-STC',
      coQuanBanHanh: 'Sở Tài chính',
      trichYeu: 'Đề nghị báo cáo',
    })
    const incomingId = (
      t.core.db.prepare("SELECT id FROM documents WHERE so = '45'").get() as { id: number }
    ).id
    await clerk.ok('documents.present', { documentId: incomingId, leaderId: user('chutich') })
    const flow = await chutich.ok('documents.direct', {
      documentId: incomingId,
      comment: 'Phòng Tổng hợp tham mưu văn bản trả lời.',
      task: { lead: { unitId: unit('TH') }, deadline: '2026-03-09' },
    })
    const taskId = flow.tasks[0]?.id ?? -1
    const reply = await clerk.ok('outgoing.issue', {
      loaiVanBan: 'cong_van',
      trichYeu: 'V/v trả lời đề nghị báo cáo của Sở Tài chính',
      draftingUnitId: unit('TH'),
      signerId: user('chutich'),
      recipients: [{ kind: 'outside', name: 'Sở Tài chính' }],
      replyToDocumentId: incomingId,
      taskId,
    })
    expect(reply.soKyHieu).toBe('01/UBND-TH')
    expect(reply.links).toMatchObject([
      {
        kind: 'tra_loi',
        outbound: true,
        documentId: incomingId,
        label: 'Trả lời văn bản số 45/BC-STC ngày 27/02/2026',
      },
    ])
    const answered = await chutich.ok('documents.get', { id: incomingId })
    expect(answered.status).toBe('da_giai_quyet')
    expect(answered.links[0]?.label).toBe(
      'Đã được trả lời bằng văn bản số 01/UBND-TH ngày 02/03/2026',
    )
    const task = await tpTH.ok('tasks.get', { id: taskId })
    expect(task.completedAt).not.toBeNull()
    expect(task.replyDocument).toEqual({
      id: reply.id,
      soKyHieu: '01/UBND-TH',
      ngayBanHanh: '2026-03-02',
    })
    expect(task.result).toContain('01/UBND-TH')
    expect(
      (await chutich.ok('notifications.list', {})).items.some((n) =>
        n.title.includes('01/UBND-TH'),
      ),
    ).toBe(true)
  })
})

describe('sending, recall, replacement, correction', () => {
  it('puts a document sent to a unit in its queue until someone there receives it', async () => {
    const doc = await clerk.ok('outgoing.issue', {
      loaiVanBan: 'thong_bao',
      trichYeu: 'Thông báo kết luận giao ban',
      draftingUnitId: unit('TH'),
      nguoiKy: 'Hoàng Văn Long',
      recipients: [
        { kind: 'unit', unitId: unit('KT') },
        { kind: 'outside', name: 'Sở Xây dựng' },
      ],
    })
    expect(doc.outgoing?.recipients.map((r) => r.name)).toEqual(['Phòng Kinh tế', 'Sở Xây dựng'])
    expect(doc.noiNhan).toBe('Phòng Kinh tế; Sở Xây dựng')
    // Not sent yet: the receiving unit does not see it; the drafting unit's leader does.
    expect((await tpKT.fail('documents.get', { id: doc.id })).code).toBe('NOT_FOUND')
    expect((await tpTH.ok('documents.get', { id: doc.id })).id).toBe(doc.id)
    const [kt, sxd] = doc.outgoing?.recipients ?? []
    const sent = await clerk.ok('outgoing.send', {
      id: doc.id,
      sends: [
        { recipientId: kt?.id ?? -1, way: 'giay' },
        { recipientId: sxd?.id ?? -1, way: 'dien_tu' },
      ],
    })
    expect(sent.outgoing?.recipients.map((r) => [r.way, r.sentOn])).toEqual([
      ['giay', '2026-03-02'],
      ['dien_tu', '2026-03-02'],
    ])
    const seen = await tpKT.ok('documents.get', { id: doc.id })
    expect(seen.outgoing?.actions.receive).toBe(true)
    expect((await tpKT.ok('inbox.summary', {})).noi_bo_den).toBe(1)
    const received = await tpKT.ok('outgoing.receive', { id: doc.id })
    expect(received.outgoing?.recipients[0]?.receivedBy).toBe('Đinh Công Sơn')
    expect(received.outgoing?.actions.receive).toBe(false)
    expect((await tpKT.ok('inbox.summary', {})).noi_bo_den).toBe(0)
    expect((await cvVX.fail('documents.get', { id: doc.id })).code).toBe('NOT_FOUND')
  })

  it('never sends a secret document electronically', async () => {
    const doc = await clerk.ok('outgoing.issue', {
      loaiVanBan: 'cong_van',
      trichYeu: 'Tài liệu mật',
      doMat: 'mat',
      nguoiKy: 'A',
      recipients: [{ kind: 'outside', name: 'Công an tỉnh' }],
    })
    const r = doc.outgoing?.recipients[0]?.id ?? -1
    const refused = await clerk.fail('outgoing.send', {
      id: doc.id,
      sends: [{ recipientId: r, way: 'dien_tu' }],
    })
    expect(refused.message).toMatch(/mật/)
    const after = await clerk.ok('documents.get', { id: doc.id })
    expect(after.outgoing?.recipients[0]?.sentOn).toBeNull()
    await clerk.ok('outgoing.send', { id: doc.id, sends: [{ recipientId: r, way: 'buu_dien' }] })
  })

  it('recalls, replaces and corrects, linked both ways', async () => {
    const base = { nguoiKy: 'Nguyễn Văn Hùng', signerId: user('chutich') }
    const old = await clerk.ok('outgoing.issue', {
      ...base,
      loaiVanBan: 'quyet_dinh',
      trichYeu: 'Quyết định có sai sót nội dung',
      recipients: [{ kind: 'unit', unitId: unit('KT') }],
    })
    const wrongType = await clerk.fail('outgoing.issue', {
      ...base,
      loaiVanBan: 'cong_van',
      trichYeu: 'Thay thế bằng công văn',
      replacesId: old.id,
    })
    expect(wrongType.fields?.loaiVanBan).toMatch(/cùng hình thức/)
    const replacement = await clerk.ok('outgoing.issue', {
      ...base,
      loaiVanBan: 'quyet_dinh',
      trichYeu: 'Quyết định thay thế',
      replacesId: old.id,
    })
    const oldAfter = await clerk.ok('documents.get', { id: old.id })
    expect(oldAfter.status).toBe('bi_thay_the')
    expect(oldAfter.links[0]?.label).toBe(
      `Đã bị thay thế bởi văn bản số ${replacement.soKyHieu} ngày 02/03/2026`,
    )
    expect(replacement.links[0]?.label).toBe('Thay thế văn bản số 01/QĐ-UBND ngày 02/03/2026')

    const notCongVan = await clerk.fail('outgoing.issue', {
      ...base,
      loaiVanBan: 'thong_bao',
      trichYeu: 'Đính chính',
      correctsId: replacement.id,
    })
    expect(notCongVan.fields?.loaiVanBan).toMatch(/công văn/)
    const correction = await clerk.ok('outgoing.issue', {
      ...base,
      loaiVanBan: 'cong_van',
      trichYeu: 'V/v đính chính thể thức Quyết định số 02/QĐ-UBND',
      correctsId: replacement.id,
    })
    expect(correction.links[0]?.kind).toBe('dinh_chinh')

    expect(replacement.outgoing?.recipients).toEqual([])
    await clerk.ok('outgoing.send', {
      id: old.id,
      sends: [{ recipientId: oldAfter.outgoing?.recipients[0]?.id ?? -1, way: 'giay' }],
    })
    const recalled = await clerk.ok('outgoing.recall', {
      id: old.id,
      reason: 'Ban hành sai nội dung',
      byDocumentId: correction.id,
    })
    expect(recalled.status).toBe('thu_hoi')
    expect(recalled.outgoing?.recipients[0]?.recalledAt).not.toBeNull()
    expect(recalled.links.map((l) => l.kind).sort()).toEqual(['thay_the', 'thu_hoi'])
    expect((await clerk.fail('outgoing.recall', { id: old.id, reason: 'lần hai' })).code).toBe(
      'CONFLICT',
    )
    const told = await tpKT.ok('notifications.list', {})
    expect(told.items.some((n) => n.kind === 'thu_hoi')).toBe(true)
  })
})
