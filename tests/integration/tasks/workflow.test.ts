import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { seedDemo } from '../../../electron/core/demo/seed'
import { register } from '../documents/helpers'
import { tempCore, type TempCore } from '../helpers/temp-core'
import { idOf, person, type Caller } from './helpers'

// The journey of issue 4 at the core: clerk presents, leader directs with 5 working days,
// unit leader assigns, specialist reports 50 %, asks for more time, leader approves,
// specialist completes; the dashboard counts move with each step.

let t: TempCore
let docId: number
let clerk: Caller, chutich: Caller, tpTH: Caller, cv: Caller, pct: Caller

beforeEach(async () => {
  // Monday 2026-03-02, 08:00 in Hà Nội; sessions outlive the days the test moves through.
  t = tempCore({ config: { sessionIdleMs: 60 * 86_400_000, sessionMaxMs: 60 * 86_400_000 } })
  await seedDemo(t.core.deps)
  await register(t.core, {
    so: '45',
    kyHieu: 'BC-STC',
    coQuanBanHanh: 'Sở Tài chính',
    trichYeu: 'Báo cáo tình hình giải ngân vốn đầu tư công',
  })
  docId = (t.core.db.prepare("SELECT id FROM documents WHERE so = '45'").get() as { id: number }).id
  clerk = await person(t.core, 'vanthu')
  chutich = await person(t.core, 'chutich')
  tpTH = await person(t.core, 'tp.tonghop')
  cv = await person(t.core, 'cv.tonghop1')
  pct = await person(t.core, 'pct.kinhte')
})
afterEach(async () => {
  await t.cleanup()
})

const counts = async (c: Caller) => (await c.ok('tasks.dashboard', {})).counts

describe('chỉ đạo điều hành, end to end in the core', () => {
  it('runs the three levels of the phiếu giải quyết and keeps the counts honest', async () => {
    const presented = await clerk.ok('documents.present', {
      documentId: docId,
      leaderId: idOf(t.core, 'users', 'chutich'),
    })
    expect(presented.status).toBe('cho_chi_dao')
    expect((await chutich.ok('inbox.summary', {})).cho_chi_dao).toBe(1)

    const { date: deadline } = await chutich.ok('calendar.addWorkingDays', {
      from: '2026-03-02',
      days: 5,
    })
    expect(deadline).toBe('2026-03-09')
    const flow = await chutich.ok('documents.direct', {
      documentId: docId,
      comment: 'Giao Phòng Tổng hợp chủ trì, phối hợp Phòng Kinh tế tham mưu báo cáo.',
      task: {
        lead: { unitId: idOf(t.core, 'units', 'TH') },
        support: [{ unitId: idOf(t.core, 'units', 'KT') }],
        inform: [idOf(t.core, 'users', 'pct.kinhte')],
        deadline,
        deadlineRule: '5 ngày làm việc',
      },
    })
    expect(flow.status).toBe('dang_giai_quyet')
    expect(flow.steps.map((s) => [s.level, s.kind])).toEqual([
      [0, 'trinh'],
      [1, 'chi_dao'],
    ])
    expect(flow.steps[1]?.to.map((p) => p.role)).toEqual(['chu_tri', 'phoi_hop', 'de_biet'])
    const taskId = flow.tasks[0]?.id as number
    expect((await chutich.ok('inbox.summary', {})).cho_chi_dao).toBe(0)
    expect(await counts(chutich)).toMatchObject({ total: 1, trong_han: 1, qua_han: 0 })

    // "Để biết" closes itself once the document is opened.
    expect((await pct.ok('inbox.summary', {})).de_biet).toBe(1)
    await pct.ok('documents.get', { id: docId })
    expect((await pct.ok('inbox.summary', {})).de_biet).toBe(0)

    expect((await tpTH.ok('inbox.summary', {})).cho_phan_cong).toBe(1)
    const assigned = await tpTH.ok('tasks.assign', {
      id: taskId,
      handlerId: idOf(t.core, 'users', 'cv.tonghop1'),
      deadline: '2026-03-06',
    })
    expect(assigned.handler?.name).toBeTruthy()
    expect((await cv.ok('inbox.summary', {})).dang_xu_ly).toBe(1)
    expect((await cv.ok('notifications.list', {})).items.map((n) => n.kind)).toContain('phan_cong')

    const reported = await cv.ok('tasks.report', {
      id: taskId,
      percent: 50,
      text: 'Đã tổng hợp số liệu 7 sở.',
    })
    expect(reported.percent).toBe(50)
    const asked = await cv.ok('tasks.requestExtension', {
      id: taskId,
      deadline: '2026-03-13',
      reason: 'Chờ số liệu của Sở Kế hoạch và Đầu tư',
    })
    expect(asked.pendingExtension).toBe(true)
    expect((await chutich.ok('inbox.summary', {})).xin_gia_han).toBe(1)
    const extId = asked.extensions[0]?.id as number

    // Time passes beyond the first deadline: the task is overdue until the extension lands.
    t.clock.set('2026-03-10T02:00:00Z')
    expect(await counts(chutich)).toMatchObject({ total: 1, qua_han: 1 })
    const approved = await chutich.ok('tasks.decideExtension', {
      extensionId: extId,
      approve: true,
    })
    expect(approved.deadline).toBe('2026-03-13')
    expect(await counts(chutich)).toMatchObject({
      total: 1,
      trong_han: 1,
      qua_han: 0,
      sap_den_han: 1,
    })

    const done = await cv.ok('tasks.complete', {
      id: taskId,
      result: 'Đã trình báo cáo số 12/BC-VP.',
    })
    expect(done.bucket).toBe('hoan_thanh_dung_han')
    expect(await counts(chutich)).toMatchObject({ total: 1, hoan_thanh_dung_han: 1, trong_han: 0 })
    const finalFlow = await clerk.ok('documents.flow', { documentId: docId })
    expect(finalFlow.status).toBe('da_giai_quyet')
    expect(finalFlow.steps.map((s) => s.kind)).toEqual([
      'trinh',
      'chi_dao',
      'phan_cong',
      'de_xuat',
      'hoan_thanh',
    ])
    expect(done.events.map((e) => e.kind)).toEqual([
      'giao',
      'phan_cong',
      'bao_cao',
      'xin_gia_han',
      'duyet_gia_han',
      'hoan_thanh',
    ])
  })

  it('a clerk records a paper direction on the leader’s behalf, marked as such', async () => {
    const flow = await clerk.ok('documents.direct', {
      documentId: docId,
      comment: 'Giao Phòng Kinh tế nghiên cứu, đề xuất.',
      onBehalfOfId: idOf(t.core, 'users', 'pct.kinhte'),
      task: { lead: { unitId: idOf(t.core, 'units', 'KT') }, deadline: '2026-03-20' },
    })
    const step = flow.steps[0]
    expect(step).toMatchObject({ kind: 'chi_dao', level: 1, onPaper: true })
    expect(step?.actor.name).toBe('Trần Thị Thu Hà')
    expect(step?.recordedBy?.name).toBe('Ngô Thị Hương')
    const task = await chutich.ok('tasks.get', { id: flow.tasks[0]?.id as number })
    expect(task.assigner.name).toBe('Trần Thị Thu Hà')
    expect(task.events[0]?.recordedBy?.name).toBe('Ngô Thị Hương')
    // Without naming the leader, a clerk's direction is refused field by field.
    const err = await clerk.fail('documents.direct', { documentId: docId, comment: 'Để biết' })
    expect(err).toMatchObject({ code: 'VALIDATION', fields: { onBehalfOfId: expect.any(String) } })
  })

  it('refuses bad input precisely and stores nothing', async () => {
    const before = t.core.db.prepare('SELECT COUNT(*) AS n FROM tasks').get()
    const err = await chutich.fail('documents.direct', {
      documentId: docId,
      comment: 'Giao',
      task: {
        lead: { unitId: idOf(t.core, 'units', 'TH') },
        support: [{ unitId: idOf(t.core, 'units', 'TH') }],
        deadline: '2026-02-01',
      },
    })
    expect(err.code).toBe('VALIDATION')
    expect(err.fields).toMatchObject({
      'task.deadline': 'Hạn xử lý không thể trước hôm nay',
      'task.support.0': expect.any(String),
    })
    expect(t.core.db.prepare('SELECT COUNT(*) AS n FROM tasks').get()).toEqual(before)
    expect(t.core.db.prepare('SELECT COUNT(*) AS n FROM document_steps').get()).toEqual({ n: 0 })
  })

  it('only the right people act: no completing others’ work, no approving one’s own extension', async () => {
    const task = await chutich.ok('tasks.create', {
      title: 'Rà soát thủ tục hành chính lĩnh vực đầu tư',
      sourceText: 'Kết luận cuộc họp giao ban ngày 02/3/2026',
      lead: { userId: idOf(t.core, 'users', 'cv.kinhte1') },
      deadline: '2026-03-31',
    })
    const other = await person(t.core, 'cv.tonghop2')
    expect((await other.fail('tasks.complete', { id: task.id, result: 'x' })).code).toBe(
      'NOT_FOUND',
    )
    const kt = await person(t.core, 'cv.kinhte1')
    expect(task.actions.complete).toBe(false)
    const mine = await kt.ok('tasks.get', { id: task.id })
    expect(mine.actions).toMatchObject({
      complete: true,
      report: true,
      requestExtension: true,
      reopen: false,
    })
    const asked = await kt.ok('tasks.requestExtension', {
      id: task.id,
      deadline: '2026-04-10',
      reason: 'Nhiều hồ sơ',
    })
    expect(
      (
        await kt.fail('tasks.decideExtension', {
          extensionId: asked.extensions[0]?.id as number,
          approve: true,
        })
      ).code,
    ).toBe('FORBIDDEN')
    expect(
      (
        await kt.fail('tasks.requestExtension', {
          id: task.id,
          deadline: '2026-04-20',
          reason: 'Lần hai',
        })
      ).code,
    ).toBe('CONFLICT')
    await kt.ok('tasks.complete', { id: task.id, result: 'Đã rà soát 42 thủ tục' })
    expect((await kt.fail('tasks.report', { id: task.id, percent: 10, text: 'x' })).code).toBe(
      'CONFLICT',
    )
    const reopened = await chutich.ok('tasks.reopen', {
      id: task.id,
      reason: 'Còn thiếu lĩnh vực đất đai',
    })
    expect(reopened.completedAt).toBeNull()
    expect(reopened.percent).toBe(0)
  })
})
