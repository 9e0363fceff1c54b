import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { seedDemo } from '../../../electron/core/demo/seed'
import { tempCore, type TempCore } from '../helpers/temp-core'
import { person } from '../tasks/helpers'
import { unitId } from './helpers'

// drafts.people: who may review a unit's drafts (its leaders and those of the units above it,
// below the agency, nearest first) and who may sign (the agency's leaders first, then that line
// top down), each group in Vietnamese name order (by given name).

let t: TempCore
beforeEach(async () => {
  t = tempCore()
  await seedDemo(t.core.deps)
})
afterEach(async () => {
  await t.cleanup()
})

const AGENCY = ['Trần Thị Thu Hà', 'Nguyễn Văn Hùng', 'Lê Quang Minh', 'Phạm Đức Thắng']
const VP = ['Hoàng Văn Long', 'Đặng Thị Mai', 'Vũ Minh Tuấn']

describe('drafts.people', () => {
  it('lists the reviewers and signers of a room of the Văn phòng', async () => {
    const cv = await person(t.core, 'cv.tonghop1')
    const people = await cv.ok('drafts.people', { unitId: unitId(t.core, 'TH') })
    expect(people.reviewers.map((p) => p.name)).toEqual(['Lý Thị Ngọc', ...VP])
    expect(people.reviewers[0]?.position).toBe('Trưởng phòng Tổng hợp')
    expect(people.signers.map((p) => p.name)).toEqual([...AGENCY, ...VP, 'Lý Thị Ngọc'])
  })

  it('leaves the caller out of the reviewers and follows the line of the unit', async () => {
    const tp = await person(t.core, 'tp.tonghop')
    const own = await tp.ok('drafts.people', { unitId: unitId(t.core, 'TH') })
    expect(own.reviewers.map((p) => p.name)).toEqual(VP)
    const tcd = await tp.ok('drafts.people', { unitId: unitId(t.core, 'TCD') })
    expect(tcd.reviewers.map((p) => p.name)).toEqual(['Lâm Văn Phúc'])
    expect(tcd.signers.map((p) => p.name)).toEqual([...AGENCY, 'Lâm Văn Phúc'])
    const agency = await tp.ok('drafts.people', { unitId: unitId(t.core, 'UBND') })
    expect(agency).toEqual({
      reviewers: [],
      signers: expect.arrayContaining([
        expect.objectContaining({ name: 'Nguyễn Văn Hùng' }),
      ]) as unknown,
    })
    expect(agency.signers).toHaveLength(4)
  })

  it('skips disabled leaders and answers NOT_FOUND for an unknown unit', async () => {
    t.core.db
      .prepare("UPDATE users SET disabled_at = '2026-01-01' WHERE username = 'pcvp.kinhte'")
      .run()
    const cv = await person(t.core, 'cv.tonghop1')
    const people = await cv.ok('drafts.people', { unitId: unitId(t.core, 'TH') })
    expect(people.reviewers.map((p) => p.name)).toEqual([
      'Lý Thị Ngọc',
      'Hoàng Văn Long',
      'Đặng Thị Mai',
    ])
    expect((await cv.fail('drafts.people', { unitId: 99_999 })).code).toBe('NOT_FOUND')
  })
})
