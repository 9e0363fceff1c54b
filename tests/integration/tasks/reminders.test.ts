import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { seedDemo } from '../../../electron/core/demo/seed'
import { tempCore, type TempCore } from '../helpers/temp-core'
import { idOf, person, type Caller } from './helpers'

let t: TempCore
let chutich: Caller, cv: Caller
let taskId: number

beforeEach(async () => {
  t = tempCore({ config: { sessionIdleMs: 60 * 86_400_000, sessionMaxMs: 60 * 86_400_000 } })
  await seedDemo(t.core.deps)
  chutich = await person(t.core, 'chutich')
  cv = await person(t.core, 'cv.kinhte1')
  // Deadline Wednesday 2026-03-04; the clock starts Monday 2026-03-02.
  taskId = (
    await chutich.ok('tasks.create', {
      title: 'Báo cáo giải ngân',
      sourceText: 'Giao ban tuần',
      lead: { userId: idOf(t.core, 'users', 'cv.kinhte1') },
      deadline: '2026-03-04',
    })
  ).id
})
afterEach(async () => {
  await t.cleanup()
})

const kinds = async (c: Caller) => (await c.ok('notifications.list', {})).items.map((n) => n.kind)

describe('reminders', () => {
  it('warns once when due soon and once when overdue, however often anyone looks', async () => {
    expect(await kinds(cv)).toEqual(['sap_den_han', 'giao_viec'])
    expect(await kinds(cv)).toEqual(['sap_den_han', 'giao_viec'])
    // The app stays closed over the deadline; the first look afterwards brings the reminder.
    t.clock.set('2026-03-05T01:00:00Z')
    expect(await kinds(cv)).toEqual(['qua_han', 'sap_den_han', 'giao_viec'])
    expect(await kinds(chutich)).toContain('qua_han')
    expect((await cv.ok('notifications.list', {})).unread).toBe(3)
  })

  it('the day turns at midnight in Hà Nội, not UTC', async () => {
    t.clock.set('2026-03-04T16:59:00Z') // 23:59 on the deadline day
    expect((await cv.ok('tasks.get', { id: taskId })).bucket).toBe('trong_han')
    t.clock.set('2026-03-04T17:00:00Z') // 00:00 the day after
    expect((await cv.ok('tasks.get', { id: taskId })).bucket).toBe('qua_han')
  })

  it('a deadline the admin turns into a holiday moves to the next working day at once', async () => {
    t.clock.set('2026-03-05T01:00:00Z')
    expect((await cv.ok('tasks.get', { id: taskId })).bucket).toBe('qua_han')
    const admin = await person(t.core, 'admin')
    await admin.ok('calendar.setDay', {
      date: '2026-03-04',
      kind: 'nghi_le',
      name: 'Nghỉ đột xuất',
    })
    const task = await cv.ok('tasks.get', { id: taskId })
    expect(task).toMatchObject({ deadline: '2026-03-04', dueOn: '2026-03-05', bucket: 'trong_han' })
  })

  it('the desktop shell gets each reminder once', async () => {
    const first = await cv.ok('notifications.takeDesktop', {})
    expect(first.map((n) => n.kind).sort()).toEqual(['giao_viec', 'sap_den_han'])
    expect(await cv.ok('notifications.takeDesktop', {})).toEqual([])
    const page = await cv.ok('notifications.markRead', { all: true })
    expect(page.unread).toBe(0)
  })
})
