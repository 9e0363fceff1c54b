import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { seedDemo } from '../../../electron/core/demo/seed'
import type { Input } from '../../../shared/api/contract'
import type { DocumentDetail } from '../../../shared/api/document-types'
import { tempCore, type TempCore } from '../helpers/temp-core'
import { person, type Caller } from '../tasks/helpers'

// NĐ 30: the outgoing series starts again at 01 on 01/01, and the year is Hà Nội's (UTC+7):
// 2026-12-31T17:00Z is already 00:00 on 01/01/2027 there. The year of a number is the year of
// its ngày ban hành, so a document dated in 2026 and issued in January keeps the 2026 series.

let t: TempCore
let clerk: Caller

const issue = (over: Partial<Input<'outgoing.issue'>> = {}): Promise<DocumentDetail> =>
  clerk.ok('outgoing.issue', {
    loaiVanBan: 'quyet_dinh',
    trichYeu: 'Về việc giao chỉ tiêu kế hoạch',
    nguoiKy: 'Nguyễn Văn Hùng',
    ...over,
  })

const series = (year: number): number[] =>
  t.core.db
    .prepare("SELECT number FROM documents WHERE direction = 'out' AND year = ? ORDER BY number")
    .all(year)
    .map((r) => (r as { number: number }).number)

beforeEach(async () => {
  t = tempCore({ config: { sessionIdleMs: 30 * 86_400_000, sessionMaxMs: 30 * 86_400_000 } })
  await seedDemo(t.core.deps)
  t.clock.set('2026-12-30T02:00:00Z')
  clerk = await person(t.core, 'vanthu')
})
afterEach(async () => {
  await t.cleanup()
})

describe('year rollover of the outgoing series', () => {
  it('numbers 31/12 in 2026, restarts at 01 on 01/01 in Hà Nội, and keeps 2026 dates in 2026', async () => {
    expect((await issue()).soKyHieu).toBe('01/QĐ-UBND')
    t.clock.set('2026-12-31T03:00:00Z')
    const dec31 = await issue({ loaiVanBan: 'thong_bao', trichYeu: 'Thông báo nghỉ Tết' })
    expect(dec31).toMatchObject({ soKyHieu: '02/TB-UBND', ngayBanHanh: '2026-12-31', year: 2026 })

    // 23:59 on 31/12 in Hà Nội: still 2026.
    t.clock.set('2026-12-31T16:59:00Z')
    expect((await clerk.ok('outgoing.preview', { loaiVanBan: 'quyet_dinh' })).soKyHieu).toBe(
      '03/QĐ-UBND',
    )
    expect(await issue()).toMatchObject({ soKyHieu: '03/QĐ-UBND', ngayBanHanh: '2026-12-31' })

    // 00:30 on 01/01/2027 in Hà Nội, still 31/12 in UTC.
    t.clock.set('2026-12-31T17:30:00Z')
    expect(await clerk.ok('outgoing.preview', { loaiVanBan: 'quyet_dinh' })).toMatchObject({
      year: 2027,
      number: 1,
      soKyHieu: '01/QĐ-UBND',
    })
    const first = await issue()
    expect(first).toMatchObject({
      soKyHieu: '01/QĐ-UBND',
      ngayBanHanh: '2027-01-01',
      year: 2027,
    })

    // Signed on 31/12, registered after midnight: it continues the 2026 series.
    const late = await issue({ ngayBanHanh: '2026-12-31', trichYeu: 'Ký ngày 31/12' })
    expect(late).toMatchObject({ soKyHieu: '04/QĐ-UBND', year: 2026, ngayBanHanh: '2026-12-31' })
    // …and the 2027 series goes on where it was.
    const cong = await issue({
      loaiVanBan: 'cong_van',
      trichYeu: 'V/v chúc Tết',
      draftingUnitId: (
        t.core.db.prepare("SELECT id FROM units WHERE short_name = 'VX'").get() as { id: number }
      ).id,
    })
    expect(cong).toMatchObject({ soKyHieu: '02/UBND-VX', year: 2027 })

    // The same số, ký hiệu in two years is two documents, one per year.
    expect(series(2026)).toEqual([1, 2, 3, 4])
    expect(series(2027)).toEqual([1, 2])
    const list = await clerk.ok('documents.list', { direction: 'out', year: 2027 })
    expect(list.rows.map((r) => r.soKyHieu).sort()).toEqual(['01/QĐ-UBND', '02/UBND-VX'])

    // A date after today (Hà Nội) is refused, and takes no number.
    expect(
      await clerk.fail('outgoing.issue', {
        loaiVanBan: 'quyet_dinh',
        trichYeu: 'Ngày mai',
        nguoiKy: 'Nguyễn Văn Hùng',
        ngayBanHanh: '2027-01-02',
      }),
    ).toMatchObject({ code: 'VALIDATION' })
    expect((await clerk.ok('outgoing.preview', { loaiVanBan: 'quyet_dinh' })).number).toBe(3)
  })
})
