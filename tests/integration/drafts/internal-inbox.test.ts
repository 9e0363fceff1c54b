import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { seedDemo } from '../../../electron/core/demo/seed'
import { tempCore, type TempCore } from '../helpers/temp-core'
import { person } from '../tasks/helpers'
import { box, unitId, userId } from './helpers'

// "Văn bản nội bộ gửi đơn vị": an outgoing document sent to a unit of the agency waits in the
// inbox of that unit's people (and of the leaders above it) until someone there receives it.

let t: TempCore
beforeEach(async () => {
  t = tempCore()
  await seedDemo(t.core.deps)
})
afterEach(async () => {
  await t.cleanup()
})

describe('inbox noi_bo_den', () => {
  it('holds a sent internal document for the unit until it is received', async () => {
    const clerk = await person(t.core, 'vanthu')
    const doc = await clerk.ok('outgoing.issue', {
      loaiVanBan: 'thong_bao',
      trichYeu: 'Thông báo lịch họp giao ban tháng 3',
      signerId: userId(t.core, 'chutich'),
      recipients: [{ kind: 'unit', unitId: unitId(t.core, 'KT') }],
    })
    const cvKT = await person(t.core, 'cv.kinhte1')
    const tpKT = await person(t.core, 'tp.kinhte')
    const cvp = await person(t.core, 'cvp')
    const cvTH = await person(t.core, 'cv.tonghop1')
    expect(await box(cvKT, 'noi_bo_den')).toBe(0)

    const recipientId = doc.outgoing?.recipients[0]?.id ?? -1
    await clerk.ok('outgoing.send', { id: doc.id, sends: [{ recipientId, way: 'giay' }] })
    expect(await box(cvKT, 'noi_bo_den')).toBe(1)
    expect(await box(tpKT, 'noi_bo_den')).toBe(1)
    expect(await box(cvp, 'noi_bo_den')).toBe(1)
    expect(await box(cvTH, 'noi_bo_den')).toBe(0)
    const [item] = await cvKT.ok('inbox.list', { box: 'noi_bo_den' })
    expect(item).toMatchObject({
      documentId: doc.id,
      draftId: null,
      title: 'Thông báo lịch họp giao ban tháng 3',
      subtitle: `Số ${doc.soKyHieu} · ngày 02/03/2026`,
    })

    await tpKT.ok('outgoing.receive', { id: doc.id })
    expect(await box(cvKT, 'noi_bo_den')).toBe(0)
    expect(await box(cvp, 'noi_bo_den')).toBe(0)
  })
})
