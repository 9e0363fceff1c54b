import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { seedDemo } from '../../../electron/core/demo/seed'
import { incoming } from '../documents/helpers'
import { tempCore, type TempCore } from '../helpers/temp-core'
import { idOf, person, type Caller } from '../tasks/helpers'

// The admin's Nhật ký screen and each record's Lịch sử card, through dispatch.

let t: TempCore
let admin: Caller
let vanthu: Caller

beforeEach(async () => {
  t = tempCore()
  await seedDemo(t.core.deps)
  admin = await person(t.core, 'admin')
  vanthu = await person(t.core, 'vanthu')
})
afterEach(async () => {
  await t.cleanup()
})

describe('audit.list', () => {
  it('filters by person, method, record and day, newest first, paged', async () => {
    const a = await vanthu.ok('documents.registerIncoming', incoming({ so: '1' }))
    await vanthu.ok('documents.registerIncoming', incoming({ so: '2' }))
    t.clock.set('2026-03-05T03:00:00.000Z')
    vanthu = await person(t.core, 'vanthu')
    admin = await person(t.core, 'admin')
    await vanthu.ok('documents.updateIncoming', { id: a.id, ghiChu: 'Bổ sung' })
    await admin.ok('calendar.setDay', { date: '2026-04-28', kind: 'nghi_bu', name: 'Nghỉ bù' })

    const byClerk = await admin.ok('audit.list', { actorUserId: idOf(t.core, 'users', 'vanthu') })
    expect(byClerk.total).toBe(3)
    expect(byClerk.rows.map((r) => r.method)).toEqual([
      'documents.updateIncoming',
      'documents.registerIncoming',
      'documents.registerIncoming',
    ])
    expect(byClerk.rows[0]).toMatchObject({ actor: 'vanthu', actorName: 'Ngô Thị Hương' })

    const page = await admin.ok('audit.list', {
      method: 'documents.registerIncoming',
      limit: 1,
      offset: 1,
    })
    expect(page).toMatchObject({ total: 2, rows: [{ recordId: a.id }] })

    const record = await admin.ok('audit.list', { recordType: 'document', recordId: a.id })
    expect(record.total).toBe(2)

    // 05/03/2026 in Hà Nội: 10:00 local is on that day, 02/03 is not.
    const day = await admin.ok('audit.list', { from: '2026-03-05', to: '2026-03-05' })
    expect(day.rows.map((r) => r.method).sort()).toEqual([
      'calendar.setDay',
      'documents.updateIncoming',
    ])
  })

  it('is for admins only, and hides the content of secret records the admin may not see', async () => {
    expect((await vanthu.fail('audit.list', {})).code).toBe('FORBIDDEN')
    const secret = await vanthu.ok(
      'documents.registerIncoming',
      incoming({ so: '7', doMat: 'toi_mat', trichYeu: 'Kế hoạch tối mật' }),
    )
    const page = await admin.ok('audit.list', { recordType: 'document', recordId: secret.id })
    expect(page.rows[0]).toMatchObject({ actor: 'vanthu', method: 'documents.registerIncoming' })
    expect(JSON.stringify(page.rows)).not.toMatch(/tối mật/)
  })
})

describe('audit.record', () => {
  it('shows a document its history to whoever may see it, and to no one else', async () => {
    const doc = await vanthu.ok('documents.registerIncoming', incoming({ doMat: 'mat' }))
    await vanthu.ok('documents.updateIncoming', { id: doc.id, ghiChu: 'Đã sửa' })
    await vanthu.ok('documents.get', { id: doc.id })
    const history = await vanthu.ok('audit.record', { recordType: 'document', recordId: doc.id })
    expect(history.map((r) => r.method)).toEqual([
      'documents.get',
      'documents.updateIncoming',
      'documents.registerIncoming',
    ])
    const cv = await person(t.core, 'cv.kinhte1')
    const refused = await cv.fail('audit.record', { recordType: 'document', recordId: doc.id })
    expect(refused.code).toBe('NOT_FOUND')
  })

  it('shows a task its history by task visibility', async () => {
    const chutich = await person(t.core, 'chutich')
    const task = await chutich.ok('tasks.create', {
      title: 'Rà soát thủ tục hành chính',
      sourceText: 'Giao ban',
      lead: { unitId: idOf(t.core, 'units', 'TH') },
      deadline: '2026-03-31',
    })
    const tp = await person(t.core, 'tp.tonghop')
    const history = await tp.ok('audit.record', { recordType: 'task', recordId: task.id })
    expect(history).toMatchObject([{ method: 'tasks.create', actor: 'chutich' }])
    const other = await person(t.core, 'cv.kinhte1')
    expect((await other.fail('audit.record', { recordType: 'task', recordId: task.id })).code).toBe(
      'NOT_FOUND',
    )
  })
})
