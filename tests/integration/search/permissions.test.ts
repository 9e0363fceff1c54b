import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedDemo } from '../../../electron/core/demo/seed'
import { visibility } from '../../../electron/core/documents/access'
import { tempCore, type TempCore } from '../helpers/temp-core'
import { idOf, person, type Caller } from '../tasks/helpers'
import { actorOf, numbers, search } from './helpers'

// Results never include a document the user may not open, and no count reveals one. The
// index narrows a search by who the user is (column f: the people and units a document
// reaches); the visibility clause of documents/access.ts still decides each document, and the
// last test holds the two together for every demo person.

let t: TempCore
let clerk: Caller
let notYetSent = -1

const reg = async (so: string, over: Record<string, unknown>): Promise<number> =>
  (
    await clerk.ok('documents.registerIncoming', {
      registerId: 1,
      ngayDen: '2026-03-02',
      so,
      kyHieu: 'KH-UBND',
      ngayBanHanh: '2026-02-27',
      coQuanBanHanh: 'Ủy ban nhân dân tỉnh Quảng Nam',
      loaiVanBan: 'ke_hoach',
      trichYeu: 'Kế hoạch',
      doKhan: 'thuong',
      doMat: 'thuong',
      ...over,
    })
  ).id

beforeAll(async () => {
  t = tempCore({ config: { sessionIdleMs: 86_400_000, sessionMaxMs: 86_400_000 } })
  await seedDemo(t.core.deps)
  clerk = await person(t.core, 'vanthu')
  const unit = (s: string): number => idOf(t.core, 'units', s)
  const user = (s: string): number => idOf(t.core, 'users', s)
  await reg('1', { trichYeu: 'Kế hoạch kiểm tra an toàn thực phẩm', donViNhanId: unit('KT') })
  await reg('2', { trichYeu: 'Kế hoạch bảo vệ bí mật nhà nước', doMat: 'mat' })
  await reg('3', { trichYeu: 'Kế hoạch tổ chức lễ hội văn hóa', donViNhanId: unit('VX') })
  await reg('4', {
    trichYeu: 'Kế hoạch phòng thủ dân sự',
    doMat: 'mat',
    nguoiNhanId: user('cv.kinhte1'),
  })
  // Reached through direction: presented, directed with a task to a unit, people informed.
  const five = await reg('5', { trichYeu: 'Kế hoạch cải cách hành chính' })
  const chutich = await person(t.core, 'chutich')
  await clerk.ok('documents.present', { documentId: five, leaderId: user('chutich') })
  await chutich.ok('documents.direct', {
    documentId: five,
    comment: 'Giao Phòng Nội chính chủ trì.',
    task: {
      lead: { unitId: unit('NC') },
      support: [{ userId: user('cv.xaydung1') }],
      inform: [user('cv.tiepdan1')],
      deadline: '2026-03-20',
    },
  })
  // Informed without a task ("để biết").
  const seven = await reg('7', { trichYeu: 'Kế hoạch tuyên truyền pháp luật' })
  await clerk.ok('documents.present', { documentId: seven, leaderId: user('chutich') })
  await chutich.ok('documents.direct', {
    documentId: seven,
    comment: 'Để biết.',
    inform: [user('cv.tonghop2')],
  })
  // Outgoing: the drafting unit and the signer at once, a receiving unit once it is sent.
  const out = await clerk.ok('outgoing.issue', {
    loaiVanBan: 'ke_hoach',
    trichYeu: 'Kế hoạch giao ban quý II',
    draftingUnitId: unit('TH'),
    signerId: user('pct.vanxa'),
    recipients: [{ kind: 'unit', unitId: unit('XD') }],
  })
  const sent = search(t.core, 'tp.xaydung', 'giao ban quy').total
  await clerk.ok('outgoing.send', {
    id: out.id,
    sends: [{ recipientId: out.outgoing?.recipients[0]?.id ?? -1, way: 'giay' }],
  })
  notYetSent = sent
  const six = await reg('6', { trichYeu: 'Kế hoạch bảo vệ an ninh mạng', doMat: 'mat' })
  await clerk.ok('documents.present', { documentId: six, leaderId: user('pct.noichinh') })
})
afterAll(async () => {
  await t.cleanup()
})

describe('permission-aware search', () => {
  it('hides a secret document named to someone else, from the hits, the total and the facets', () => {
    // A unit leader sees ordinary documents of their unit; secret ones only by name.
    const r = search(t.core, 'tp.kinhte', 'ke hoach')
    expect(numbers(r)).toContain('1/KH-UBND')
    expect(numbers(r)).not.toContain('2/KH-UBND')
    expect(numbers(r)).not.toContain('4/KH-UBND')
    expect(r.total).toBe(r.hits.length)
    const counted = (r.facets?.loaiVanBan ?? []).reduce((n, f) => n + f.count, 0)
    expect(counted).toBe(r.total)
    const byDirection = (r.facets?.direction ?? []).reduce((n, f) => n + f.count, 0)
    expect(byDirection).toBe(r.total)
    // Văn thư see secret documents (issue 7): the one who registered it and the other clerk.
    expect(numbers(search(t.core, 'vanthu', 'bi mat nha nuoc'))).toEqual(['2/KH-UBND'])
    expect(numbers(search(t.core, 'vanthu2', 'bi mat nha nuoc'))).toEqual(['2/KH-UBND'])
    expect(search(t.core, 'tp.noichinh', 'bi mat nha nuoc').total).toBe(0)
  })

  it('gives a specialist what reaches their unit or names them, and nothing else', () => {
    expect(numbers(search(t.core, 'cv.kinhte1', 'ke hoach')).sort()).toEqual([
      '1/KH-UBND',
      '4/KH-UBND',
    ])
    expect(numbers(search(t.core, 'cv.vanxa1', 'ke hoach'))).toEqual(['3/KH-UBND'])
    expect(search(t.core, 'cv.vanxa1', 'an toan thuc pham').total).toBe(0)
    expect(search(t.core, 'cv.vanxa1', 'an toan thuc pham', { asYouType: true }).total).toBe(0)
  })

  it('reaches through direction: a task to a unit, its supporters, the informed', () => {
    expect(numbers(search(t.core, 'tp.noichinh', 'cai cach hanh chinh'))).toEqual(['5/KH-UBND'])
    expect(numbers(search(t.core, 'cv.xaydung1', 'cai cach'))).toEqual(['5/KH-UBND'])
    expect(numbers(search(t.core, 'cv.tiepdan1', 'cai cach'))).toEqual(['5/KH-UBND'])
    expect(search(t.core, 'cv.vanxa1', 'cai cach').total).toBe(0)
    expect(numbers(search(t.core, 'cv.tonghop2', 'tuyen truyen'))).toEqual(['7/KH-UBND'])
  })

  it('reaches an outgoing document through its drafting unit, signer and, once sent, its recipients', () => {
    expect(search(t.core, 'cv.tonghop1', 'giao ban quy').total).toBe(1)
    expect(search(t.core, 'pct.vanxa', 'giao ban quy').total).toBe(1)
    expect(notYetSent).toBe(0)
    expect(search(t.core, 'tp.xaydung', 'giao ban quy').total).toBe(1)
    expect(search(t.core, 'cv.xaydung1', 'giao ban quy').total).toBe(1)
    expect(search(t.core, 'cv.vanxa1', 'giao ban quy').total).toBe(0)
    expect(numbers(search(t.core, 'pct.noichinh', 'an ninh mang'))).toEqual(['6/KH-UBND'])
    // Secret: every agency leader sees it (issue 7), a unit leader not.
    expect(numbers(search(t.core, 'pct.kinhte', 'an ninh mang'))).toEqual(['6/KH-UBND'])
    expect(search(t.core, 'tp.noichinh', 'an ninh mang').total).toBe(0)
  })

  it('answers exactly what the visibility rules allow, for every demo person', () => {
    const users = t.core.db
      .prepare<[], { username: string }>('SELECT username FROM users ORDER BY id')
      .all()
    expect(users.length).toBeGreaterThan(20)
    for (const { username } of users) {
      const actor = actorOf(t.core, username)
      const v = visibility(t.core.db, actor)
      const allowed = t.core.db
        .prepare<unknown[], { so_ky_hieu: string }>(
          `SELECT d.so_ky_hieu FROM documents d WHERE ${v.sql} ORDER BY d.so_ky_hieu`,
        )
        .all(...v.params)
        .map((r) => r.so_ky_hieu)
      for (const asYouType of [false, true]) {
        const found = numbers(search(t.core, actor, 'ke hoach', { asYouType, limit: 100 })).sort()
        expect(found, `${username} asYouType=${asYouType}`).toEqual(allowed)
      }
    }
  })
})
