import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { seedDemo } from '../../../electron/core/demo/seed'
import { tempCore, type TempCore } from '../helpers/temp-core'
import { person, type Caller } from '../tasks/helpers'
import { box, draftInput, stepCount, uploadDraftFile, userId } from './helpers'

// Who sees a draft and who may act on it: a draft is invisible (NOT_FOUND) to whoever is not
// named on it, does not lead its unit, and is not the văn thư it has reached; a step belongs to
// the person it waits on; a secret draft is seen only by name.

let t: TempCore
let cv: Caller, tpTH: Caller
beforeEach(async () => {
  t = tempCore()
  await seedDemo(t.core.deps)
  cv = await person(t.core, 'cv.tonghop1')
  tpTH = await person(t.core, 'tp.tonghop')
})
afterEach(async () => {
  await t.cleanup()
})

async function submitted(over: Parameters<typeof draftInput>[2] = {}): Promise<number> {
  const f = await uploadDraftFile(cv, 'du-thao.docx', `Dự thảo ${JSON.stringify(over)}`)
  const d = await cv.ok('drafts.create', draftInput(t.core, f, over))
  await cv.ok('drafts.submit', {
    id: d.id,
    reviewerId: userId(t.core, 'tp.tonghop'),
    signerId: userId(t.core, 'chutich'),
  })
  return d.id
}

describe('drafts: who sees and who acts', () => {
  it('hides a draft from another unit and from colleagues not named on it', async () => {
    const id = await submitted()
    for (const username of ['cv.kinhte1', 'tp.kinhte', 'cv.tonghop2', 'vanthu']) {
      const other = await person(t.core, username)
      expect((await other.fail('drafts.get', { id })).code, username).toBe('NOT_FOUND')
      expect((await other.fail('drafts.comment', { id, comment: 'Góp ý' })).code).toBe('NOT_FOUND')
      expect((await other.ok('drafts.list', { box: 'all' })).total, username).toBe(0)
    }
    const kt = await person(t.core, 'cv.kinhte1')
    expect((await kt.fail('drafts.update', { id, trichYeu: 'Sửa trộm' })).code).toBe('NOT_FOUND')
    expect((await kt.fail('drafts.cancel', { id, reason: 'Hủy trộm' })).code).toBe('NOT_FOUND')
    // The leaders of the room and of the Văn phòng above it see it.
    expect((await tpTH.ok('drafts.list', { box: 'all' })).total).toBe(1)
    expect((await (await person(t.core, 'cvp')).ok('drafts.get', { id })).id).toBe(id)
  })

  it('lets only the leader the draft waits on review it', async () => {
    const id = await submitted()
    const before = stepCount(t.core)
    const pcvp = await person(t.core, 'pcvp.tonghop')
    expect((await pcvp.ok('drafts.get', { id })).actions.review).toBe(false)
    const refused = await pcvp.fail('drafts.review', { id, decision: 'approve' })
    expect(refused.code).toBe('FORBIDDEN')
    expect(refused.message).toBe('Dự thảo đang chờ lãnh đạo khác duyệt')
    // A specialist cannot call review at all; the drafter cannot edit while it is under review.
    expect((await cv.fail('drafts.review', { id, decision: 'approve' })).code).toBe('FORBIDDEN')
    expect((await cv.fail('drafts.update', { id, trichYeu: 'Sửa khi đang trình' })).code).toBe(
      'CONFLICT',
    )
    // Thể thức and signature wait their turn.
    const clerk = await person(t.core, 'vanthu')
    expect((await clerk.fail('drafts.checkFormat', { id, decision: 'approve' })).code).toBe(
      'NOT_FOUND',
    )
    const chutich = await person(t.core, 'chutich')
    expect((await chutich.fail('drafts.sign', { id, decision: 'approve' })).code).toBe('CONFLICT')
    // Only the drafter cancels.
    expect((await tpTH.fail('drafts.cancel', { id, reason: 'Không cần' })).code).toBe('FORBIDDEN')
    expect(stepCount(t.core)).toBe(before)
    expect((await tpTH.ok('drafts.get', { id })).status).toBe('cho_duyet')
    // Once approved, the leader who is not the signer cannot sign it.
    await tpTH.ok('drafts.review', { id, decision: 'approve' })
    await clerk.ok('drafts.checkFormat', { id, decision: 'approve' })
    const pct = await person(t.core, 'pct.kinhte')
    expect((await pct.fail('drafts.get', { id })).code).toBe('NOT_FOUND')
    expect((await tpTH.fail('drafts.sign', { id, decision: 'approve' })).code).toBe('FORBIDDEN')
    expect((await chutich.ok('drafts.sign', { id, decision: 'approve' })).status).toBe('da_ky')
  })

  it('shows a secret draft only to the people named on it and the văn thư at its step', async () => {
    const open = await submitted()
    const id = await submitted({ doMat: 'mat', trichYeu: 'V/v phương án bảo vệ mục tiêu' })
    const cvp = await person(t.core, 'cvp')
    const pct = await person(t.core, 'pct.kinhte')
    expect((await cvp.fail('drafts.get', { id })).code).toBe('NOT_FOUND')
    expect((await cvp.ok('drafts.get', { id: open })).id).toBe(open)
    expect((await cvp.ok('drafts.list', { box: 'all' })).rows.map((r) => r.id)).toEqual([open])
    expect((await pct.fail('drafts.get', { id })).code).toBe('NOT_FOUND')
    // The proposed signer is named on it.
    const chutich = await person(t.core, 'chutich')
    expect((await chutich.ok('drafts.get', { id })).doMat).toBe('mat')

    await tpTH.ok('drafts.review', { id, decision: 'approve' })
    await tpTH.ok('drafts.review', { id: open, decision: 'approve' })
    const clerk = await person(t.core, 'vanthu')
    const clerk2 = await person(t.core, 'vanthu2')
    expect(await box(clerk2, 'cho_the_thuc')).toBe(2)
    await clerk.ok('drafts.checkFormat', { id, decision: 'approve' })
    await clerk.ok('drafts.checkFormat', { id: open, decision: 'approve' })
    // Past the văn thư's step: the one who acted still sees it, the other only the open one.
    expect((await clerk.ok('drafts.get', { id })).status).toBe('cho_ky')
    expect((await clerk2.fail('drafts.get', { id })).code).toBe('NOT_FOUND')
    expect((await clerk2.ok('drafts.get', { id: open })).status).toBe('cho_ky')
    expect((await cvp.fail('drafts.get', { id })).code).toBe('NOT_FOUND')
    expect(await box(chutich, 'du_thao_cho_toi')).toBe(2)
  })
})
