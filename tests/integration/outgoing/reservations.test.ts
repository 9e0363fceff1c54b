import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { seedDemo } from '../../../electron/core/demo/seed'
import type { Input } from '../../../shared/api/contract'
import type { DocumentDetail } from '../../../shared/api/document-types'
import { tempCore, type TempCore } from '../helpers/temp-core'
import { person, type Caller } from '../tasks/helpers'

// "Lấy số trước" and "trả số" (issue 5): a held number is skipped by issues meanwhile, used by
// the issue that names it, and, once given back, handed to the very next issue (cấp lại), so
// the register's series keeps no gap. Clock: Monday 02/03/2026, 08:00 in Hà Nội.

let t: TempCore
let clerk: Caller

const issue = (over: Partial<Input<'outgoing.issue'>> = {}): Promise<DocumentDetail> =>
  clerk.ok('outgoing.issue', {
    loaiVanBan: 'quyet_dinh',
    trichYeu: 'Về việc thành lập Tổ công tác chuyển đổi số',
    nguoiKy: 'Nguyễn Văn Hùng',
    ...over,
  })

beforeEach(async () => {
  t = tempCore()
  await seedDemo(t.core.deps)
  clerk = await person(t.core, 'vanthu')
})
afterEach(async () => {
  await t.cleanup()
})

describe('numbers held in advance', () => {
  it('holds, skips, uses, releases and re-issues numbers without a gap or a double', async () => {
    expect((await issue()).soKyHieu).toBe('01/QĐ-UBND')

    const held = await clerk.ok('outgoing.reserve', {
      loaiVanBan: 'quyet_dinh',
      trichYeu: 'Quyết định khen thưởng (ký giấy)',
      note: 'Chủ tịch ký bản giấy chiều nay',
    })
    expect(held).toMatchObject({
      number: 2,
      year: 2026,
      soKyHieu: '02/QĐ-UBND',
      status: 'dang_giu',
    })
    // While 02 is held, the next issue skips it.
    expect((await clerk.ok('outgoing.preview', { loaiVanBan: 'thong_bao' })).soKyHieu).toBe(
      '03/TB-UBND',
    )
    const meanwhile = await issue({
      loaiVanBan: 'thong_bao',
      trichYeu: 'Thông báo lịch tiếp công dân',
    })
    expect(meanwhile.soKyHieu).toBe('03/TB-UBND')

    const paper = await issue({ reservationId: held.id })
    expect(paper.soKyHieu).toBe('02/QĐ-UBND')
    expect(paper.so).toBe('02')
    const used = (await clerk.ok('outgoing.reservations', { year: 2026 })).find(
      (r) => r.id === held.id,
    )
    expect(used).toMatchObject({ status: 'da_dung', documentId: paper.id })
    // A number is used once: neither issued again nor given back.
    expect(
      await clerk.fail('outgoing.issue', {
        loaiVanBan: 'quyet_dinh',
        trichYeu: 'Lần hai',
        nguoiKy: 'A',
        reservationId: held.id,
      }),
    ).toMatchObject({ code: 'CONFLICT' })
    expect(await clerk.fail('outgoing.release', { id: held.id, reason: 'Nhầm' })).toMatchObject({
      code: 'CONFLICT',
    })

    const spare = await clerk.ok('outgoing.reserve', { loaiVanBan: 'ke_hoach' })
    expect(spare.soKyHieu).toBe('04/KH-UBND')
    const released = await clerk.ok('outgoing.release', {
      id: spare.id,
      reason: 'Kế hoạch không ban hành nữa',
    })
    expect(released).toMatchObject({
      status: 'da_tra',
      releaseReason: 'Kế hoạch không ban hành nữa',
    })
    expect(await clerk.fail('outgoing.release', { id: spare.id, reason: 'Lần hai' })).toMatchObject(
      {
        code: 'CONFLICT',
      },
    )

    // The released 04 goes to the next issue, whatever its type, then the series goes on.
    expect((await clerk.ok('outgoing.preview', { loaiVanBan: 'thong_bao' })).number).toBe(4)
    const again = await issue({ loaiVanBan: 'thong_bao', trichYeu: 'Thông báo kết luận giao ban' })
    expect(again.soKyHieu).toBe('04/TB-UBND')
    const list = await clerk.ok('outgoing.reservations', {})
    expect(list.find((r) => r.id === spare.id)).toMatchObject({
      status: 'cap_lai',
      documentId: again.id,
    })
    expect((await issue()).soKyHieu).toBe('05/QĐ-UBND')

    const numbers = t.core.db
      .prepare("SELECT number FROM documents WHERE direction = 'out' ORDER BY number")
      .all()
      .map((r) => (r as { number: number }).number)
    expect(numbers).toEqual([1, 2, 3, 4, 5])
  })

  it('leaves numbering to the văn thư: a specialist and a leader are refused', async () => {
    const cv = await person(t.core, 'cv.kinhte1')
    const leader = await person(t.core, 'chutich')
    const held = await clerk.ok('outgoing.reserve', { loaiVanBan: 'quyet_dinh' })
    for (const who of [cv, leader]) {
      expect(await who.fail('outgoing.reserve', { loaiVanBan: 'quyet_dinh' })).toMatchObject({
        code: 'FORBIDDEN',
      })
      expect(
        await who.fail('outgoing.release', { id: held.id, reason: 'Không cần' }),
      ).toMatchObject({
        code: 'FORBIDDEN',
      })
      expect(await who.fail('outgoing.reservations', {})).toMatchObject({ code: 'FORBIDDEN' })
    }
    expect(
      await cv.fail('outgoing.issue', {
        loaiVanBan: 'quyet_dinh',
        trichYeu: 'Tự cấp số',
        nguoiKy: 'A',
      }),
    ).toMatchObject({ code: 'FORBIDDEN' })
    // Nothing was taken by the refusals.
    expect((await clerk.ok('outgoing.reservations', {})).map((r) => [r.number, r.status])).toEqual([
      [1, 'dang_giu'],
    ])
    expect((await clerk.ok('outgoing.preview', { loaiVanBan: 'quyet_dinh' })).number).toBe(2)
  })
})
