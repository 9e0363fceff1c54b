import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { seedDemo } from '../../../electron/core/demo/seed'
import { incoming } from '../documents/helpers'
import { tempCore, type TempCore } from '../helpers/temp-core'
import { idOf, person, type Caller } from './helpers'

// Issue 4 §8: a chuyên viên sees the documents and tasks they are on; a unit leader their
// unit's; agency leaders and văn thư everything, secret work included (issue 7: they see secret
// documents too). Anyone else sees secret work only by name.

let t: TempCore
let chutich: Caller
let ids: Record<string, number>

const seen = async (username: string): Promise<string[]> => {
  const c = await person(t.core, username)
  const page = await c.ok('tasks.list', { view: 'all' })
  return page.rows.map((r) => r.title).sort()
}

beforeEach(async () => {
  t = tempCore()
  await seedDemo(t.core.deps)
  chutich = await person(t.core, 'chutich')
  const unit = (s: string) => idOf(t.core, 'units', s)
  const user = (u: string) => idOf(t.core, 'users', u)
  ids = {}
  const make = async (
    title: string,
    lead: { unitId: number } | { userId: number },
    support: { unitId: number }[] = [],
  ) => {
    ids[title] = (
      await chutich.ok('tasks.create', {
        title,
        sourceText: 'Giao ban',
        lead,
        support,
        deadline: '2026-03-31',
      })
    ).id
  }
  await make('A: Tổng hợp chủ trì', { unitId: unit('TH') })
  await make('B: Kinh tế chủ trì, Tổng hợp phối hợp', { unitId: unit('KT') }, [
    { unitId: unit('TH') },
  ])
  await make('C: giao đích danh cv.vanxa1', { userId: user('cv.vanxa1') })
  // A secret document's task: seen by those named on it, văn thư and the agency's leaders.
  // The clerk who registers a secret document is named on it, and presents it by name.
  const clerk = await person(t.core, 'vanthu')
  const secretDoc = (
    await clerk.ok(
      'documents.registerIncoming',
      incoming({ so: '9', trichYeu: 'Văn bản mật về an ninh', doMat: 'mat' }),
    )
  ).id
  await clerk.ok('documents.present', { documentId: secretDoc, leaderId: user('chutich') })
  await chutich.ok('documents.direct', {
    documentId: secretDoc,
    comment: 'Giao Phòng Nội chính',
    task: {
      title: 'D: mật, Nội chính',
      lead: { userId: user('cv.noichinh1') },
      deadline: '2026-03-31',
    },
  })
})
afterEach(async () => {
  await t.cleanup()
})

describe('who sees which task', () => {
  it('agency leaders and clerks see everything, secret work included', async () => {
    const all = [
      'A: Tổng hợp chủ trì',
      'B: Kinh tế chủ trì, Tổng hợp phối hợp',
      'C: giao đích danh cv.vanxa1',
      'D: mật, Nội chính',
    ]
    expect(await seen('pct.vanxa')).toEqual(all)
    expect(await seen('vanthu')).toEqual(all)
    // chutich gave the secret task, so it is named on it.
    expect(await seen('chutich')).toHaveLength(4)
  })

  it('a unit leader sees the tasks their unit leads or supports, and those of its people', async () => {
    expect(await seen('tp.tonghop')).toEqual([
      'A: Tổng hợp chủ trì',
      'B: Kinh tế chủ trì, Tổng hợp phối hợp',
    ])
    expect(await seen('tp.vanxa')).toEqual(['C: giao đích danh cv.vanxa1'])
    // The Văn phòng's leader answers for its rooms.
    expect(await seen('cvp')).toEqual([
      'A: Tổng hợp chủ trì',
      'B: Kinh tế chủ trì, Tổng hợp phối hợp',
      'C: giao đích danh cv.vanxa1',
    ])
    // A secret task stays hidden from the unit's leader.
    expect(await seen('tp.noichinh')).toEqual([])
  })

  it('a specialist sees only what they are on', async () => {
    expect(await seen('cv.tonghop1')).toEqual([])
    expect(await seen('cv.vanxa1')).toEqual(['C: giao đích danh cv.vanxa1'])
    expect(await seen('cv.noichinh1')).toEqual(['D: mật, Nội chính'])
    const cv = await person(t.core, 'cv.tonghop1')
    expect((await cv.fail('tasks.get', { id: ids['A: Tổng hợp chủ trì'] as number })).code).toBe(
      'NOT_FOUND',
    )
    // …until the unit leader assigns them.
    const tp = await person(t.core, 'tp.tonghop')
    await tp.ok('tasks.assign', {
      id: ids['A: Tổng hợp chủ trì'] as number,
      handlerId: idOf(t.core, 'users', 'cv.tonghop1'),
    })
    expect(await seen('cv.tonghop1')).toEqual(['A: Tổng hợp chủ trì'])
  })

  it('counts never include what a person may not see', async () => {
    const tp = await person(t.core, 'tp.tonghop')
    const board = await tp.ok('tasks.dashboard', {})
    expect(board.counts.total).toBe(2)
    expect(board.byUnit.map((u) => u.unitName)).toEqual(['Phòng Kinh tế', 'Phòng Tổng hợp'])
    const page = await tp.ok('tasks.list', { view: 'all' })
    expect(page.counts.total).toBe(page.total)
  })

  it('a unit leader may assign only within the lead unit, and not another unit’s task', async () => {
    const tp = await person(t.core, 'tp.tonghop')
    const wrong = await tp.fail('tasks.assign', {
      id: ids['A: Tổng hợp chủ trì'] as number,
      handlerId: idOf(t.core, 'users', 'cv.kinhte1'),
    })
    expect(wrong).toMatchObject({ code: 'VALIDATION', fields: { handlerId: expect.any(String) } })
    const notMine = await tp.fail('tasks.assign', {
      id: ids['B: Kinh tế chủ trì, Tổng hợp phối hợp'] as number,
      handlerId: idOf(t.core, 'users', 'cv.tonghop1'),
    })
    expect(notMine.code).toBe('FORBIDDEN')
    // A specialist cannot give tasks at all.
    const cv = await person(t.core, 'cv.kinhte1')
    expect(
      (
        await cv.fail('tasks.create', {
          title: 'x',
          sourceText: 'y',
          lead: { unitId: 1 },
          deadline: '2026-03-31',
        })
      ).code,
    ).toBe('FORBIDDEN')
  })
})
