import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { seedDemo } from '../../../electron/core/demo/seed'
import { canReadDraftFile } from '../../../electron/core/drafts/access'
import { resolveSession } from '../../../electron/core/auth/resolve'
import type { Actor } from '../../../electron/core/context'
import { register } from '../documents/helpers'
import { tempCore, type TempCore } from '../helpers/temp-core'
import { person, type Caller } from '../tasks/helpers'
import { box, draftInput, unitId, uploadDraftFile, userId } from './helpers'

// The review of a draft at the core (issue 5 §2): a specialist of Phòng Tổng hợp drafts a
// reply, the head of the room returns it with a comment, version 2 goes back up and is passed
// to the Chánh Văn phòng who approves it, the văn thư returns it once for thể thức, version 3
// goes through, the Chủ tịch signs. Every step keeps its comment and the version it saw, and
// the inbox badges follow.

let t: TempCore
let cv: Caller, tpTH: Caller, cvp: Caller, clerk: Caller, clerk2: Caller, chutich: Caller
let replyTo: number

beforeEach(async () => {
  t = tempCore({ config: { sessionIdleMs: 60 * 86_400_000, sessionMaxMs: 60 * 86_400_000 } })
  await seedDemo(t.core.deps)
  await register(t.core, {
    so: '45',
    kyHieu: 'BC-STC',
    coQuanBanHanh: 'Sở Tài chính',
    trichYeu: 'Đề nghị báo cáo tình hình kinh tế - xã hội quý I',
    donViNhanId: unitId(t.core, 'TH'),
  })
  replyTo = (t.core.db.prepare("SELECT id FROM documents WHERE so = '45'").get() as { id: number })
    .id
  cv = await person(t.core, 'cv.tonghop1')
  tpTH = await person(t.core, 'tp.tonghop')
  cvp = await person(t.core, 'cvp')
  clerk = await person(t.core, 'vanthu')
  clerk2 = await person(t.core, 'vanthu2')
  chutich = await person(t.core, 'chutich')
})
afterEach(async () => {
  await t.cleanup()
})

const later = (): void => t.clock.advance(60_000)

const actorOf = (c: Caller): Actor => resolveSession(t.core.deps, c.token)

describe('a draft through review, thể thức and signature', () => {
  it('keeps every step with its version and moves the inbox badges', async () => {
    const v1 = await uploadDraftFile(cv, 'du-thao-v1.docx', 'Dự thảo công văn, bản 1')
    const created = await cv.ok(
      'drafts.create',
      draftInput(t.core, v1, { replyToDocumentId: replyTo, ghiChu: 'Gửi kèm số liệu' }),
    )
    expect(created).toMatchObject({
      status: 'du_thao',
      version: 1,
      loaiVanBan: 'Công văn',
      draftingUnit: { shortName: 'TH' },
      drafter: { name: 'Trịnh Văn Khoa' },
      signer: { name: 'Nguyễn Văn Hùng' },
      replyTo: { documentId: replyTo, soKyHieu: '45/BC-STC' },
      recipients: [
        { kind: 'unit', name: 'Phòng Kinh tế' },
        { kind: 'outside', name: 'Sở Tài chính' },
      ],
      files: [{ name: 'du-thao-v1.docx' }],
    })
    expect(created.actions).toEqual({
      edit: true,
      submit: true,
      review: false,
      checkFormat: false,
      sign: false,
      issue: false,
      comment: true,
      cancel: true,
    })
    const id = created.id
    // Not yet with the văn thư: they do not see it.
    expect((await clerk.fail('drafts.get', { id })).code).toBe('NOT_FOUND')

    later()
    const submitted = await cv.ok('drafts.submit', {
      id,
      reviewerId: userId(t.core, 'tp.tonghop'),
      signerId: userId(t.core, 'chutich'),
      comment: 'Kính trình trưởng phòng',
    })
    expect(submitted).toMatchObject({ status: 'cho_duyet', assignee: { name: 'Lý Thị Ngọc' } })
    expect(await box(tpTH, 'du_thao_cho_toi')).toBe(1)
    const [item] = await tpTH.ok('inbox.list', { box: 'du_thao_cho_toi' })
    expect(item).toMatchObject({
      draftId: id,
      documentId: null,
      subtitle: 'Công văn · Phòng Tổng hợp · phiên bản 1',
    })
    const tpNotes = await tpTH.ok('notifications.list', {})
    expect(tpNotes.items[0]).toMatchObject({ draftId: id, title: 'Dự thảo chờ bạn duyệt' })
    expect((await tpTH.ok('drafts.get', { id })).actions.review).toBe(true)
    // The Chánh Văn phòng sees a draft of a room below him but it does not wait on him.
    expect((await cvp.ok('drafts.get', { id })).actions).toMatchObject({
      review: false,
      comment: true,
    })

    later()
    const returned = await tpTH.ok('drafts.review', {
      id,
      decision: 'return',
      comment: 'Bổ sung số liệu thu ngân sách',
    })
    expect(returned).toMatchObject({ status: 'tra_lai', assignee: { name: 'Trịnh Văn Khoa' } })
    expect(await box(tpTH, 'du_thao_cho_toi')).toBe(0)
    expect(await box(cv, 'du_thao_tra_lai')).toBe(1)
    expect((await cv.ok('notifications.list', {})).items[0]).toMatchObject({
      draftId: id,
      title: 'Dự thảo bị trả lại',
      body: expect.stringContaining('Bổ sung số liệu thu ngân sách') as string,
    })

    later()
    const v2 = await uploadDraftFile(cv, 'du-thao-v2.docx', 'Dự thảo công văn, bản 2')
    const edited = await cv.ok('drafts.update', {
      id,
      files: [v2],
      ghiChu: 'Gửi kèm số liệu',
    })
    expect(edited).toMatchObject({ version: 2, files: [{ name: 'du-thao-v2.docx' }] })
    expect(edited.versions.map((v) => [v.version, v.files.map((f) => f.name)])).toEqual([
      [1, ['du-thao-v1.docx']],
      [2, ['du-thao-v2.docx']],
    ])
    // The same files again make no new version.
    expect(
      (await cv.ok('drafts.update', { id, files: [v2], ghiChu: 'Gửi kèm số liệu' })).version,
    ).toBe(2)

    later()
    await cv.ok('drafts.submit', {
      id,
      reviewerId: userId(t.core, 'tp.tonghop'),
      signerId: userId(t.core, 'chutich'),
    })
    expect(await box(cv, 'du_thao_tra_lai')).toBe(0)
    expect(await box(tpTH, 'du_thao_cho_toi')).toBe(1)

    later()
    const forwarded = await tpTH.ok('drafts.review', {
      id,
      decision: 'forward',
      reviewerId: userId(t.core, 'cvp'),
      comment: 'Kính chuyển Chánh Văn phòng cho ý kiến',
    })
    expect(forwarded).toMatchObject({ status: 'cho_duyet', assignee: { name: 'Hoàng Văn Long' } })
    expect(await box(tpTH, 'du_thao_cho_toi')).toBe(0)
    expect(await box(cvp, 'du_thao_cho_toi')).toBe(1)

    later()
    const approved = await cvp.ok('drafts.review', { id, decision: 'approve', comment: 'Đồng ý' })
    expect(approved).toMatchObject({ status: 'cho_the_thuc', assignee: null })
    expect(await box(cvp, 'du_thao_cho_toi')).toBe(0)
    expect(await box(clerk, 'cho_the_thuc')).toBe(1)
    expect(await box(clerk2, 'cho_the_thuc')).toBe(1)
    expect(await box(cvp, 'cho_the_thuc')).toBe(0)
    expect((await clerk.ok('notifications.list', {})).items[0]).toMatchObject({ draftId: id })
    expect((await clerk.ok('drafts.list', { box: 'waiting' })).total).toBe(1)

    later()
    await clerk.ok('drafts.checkFormat', {
      id,
      decision: 'return',
      comment: 'Sai thể thức phần nơi nhận',
    })
    expect(await box(clerk, 'cho_the_thuc')).toBe(0)
    expect(await box(clerk2, 'cho_the_thuc')).toBe(0)
    expect(await box(cv, 'du_thao_tra_lai')).toBe(1)
    // The văn thư who acted still sees the returned draft; it no longer waits on them.
    expect((await clerk.ok('drafts.get', { id })).actions.checkFormat).toBe(false)

    later()
    const v3 = await uploadDraftFile(cv, 'du-thao-v3.docx', 'Dự thảo công văn, bản 3')
    await cv.ok('drafts.update', { id, files: [v3], ghiChu: 'Gửi kèm số liệu' })
    await cv.ok('drafts.submit', {
      id,
      reviewerId: userId(t.core, 'tp.tonghop'),
      signerId: userId(t.core, 'chutich'),
      comment: 'Đã sửa thể thức',
    })
    await tpTH.ok('drafts.review', { id, decision: 'approve' })
    expect(await box(clerk2, 'cho_the_thuc')).toBe(1)

    later()
    const formatted = await clerk2.ok('drafts.checkFormat', { id, decision: 'approve' })
    expect(formatted).toMatchObject({ status: 'cho_ky', assignee: { name: 'Nguyễn Văn Hùng' } })
    expect(await box(clerk2, 'cho_the_thuc')).toBe(0)
    expect(await box(chutich, 'du_thao_cho_toi')).toBe(1)
    expect((await chutich.ok('drafts.get', { id })).actions.sign).toBe(true)

    later()
    const signed = await chutich.ok('drafts.sign', { id, decision: 'approve', comment: 'Ký' })
    expect(signed).toMatchObject({ status: 'da_ky', assignee: null, version: 3 })
    expect(await box(chutich, 'du_thao_cho_toi')).toBe(0)
    expect(await box(clerk, 'cho_ban_hanh')).toBe(1)
    expect(await box(clerk2, 'cho_ban_hanh')).toBe(1)
    expect(await box(cv, 'cho_ban_hanh')).toBe(0)
    expect((await clerk.ok('drafts.get', { id })).actions).toMatchObject({
      issue: true,
      edit: false,
      cancel: false,
    })

    const history = (await cv.ok('drafts.get', { id })).steps.map((s) => [
      s.action,
      s.actor.name,
      s.version,
      s.toStatus,
      s.to?.name ?? null,
      s.comment,
    ])
    expect(history).toEqual([
      ['tao', 'Trịnh Văn Khoa', 1, 'du_thao', null, null],
      ['trinh', 'Trịnh Văn Khoa', 1, 'cho_duyet', 'Lý Thị Ngọc', 'Kính trình trưởng phòng'],
      ['tra_lai', 'Lý Thị Ngọc', 1, 'tra_lai', 'Trịnh Văn Khoa', 'Bổ sung số liệu thu ngân sách'],
      ['sua', 'Trịnh Văn Khoa', 2, 'tra_lai', null, null],
      ['sua', 'Trịnh Văn Khoa', 2, 'tra_lai', null, null],
      ['trinh', 'Trịnh Văn Khoa', 2, 'cho_duyet', 'Lý Thị Ngọc', null],
      [
        'chuyen',
        'Lý Thị Ngọc',
        2,
        'cho_duyet',
        'Hoàng Văn Long',
        'Kính chuyển Chánh Văn phòng cho ý kiến',
      ],
      ['duyet', 'Hoàng Văn Long', 2, 'cho_the_thuc', null, 'Đồng ý'],
      ['tra_lai', 'Ngô Thị Hương', 2, 'tra_lai', 'Trịnh Văn Khoa', 'Sai thể thức phần nơi nhận'],
      ['sua', 'Trịnh Văn Khoa', 3, 'tra_lai', null, null],
      ['trinh', 'Trịnh Văn Khoa', 3, 'cho_duyet', 'Lý Thị Ngọc', 'Đã sửa thể thức'],
      ['duyet', 'Lý Thị Ngọc', 3, 'cho_the_thuc', null, null],
      ['dat_the_thuc', 'Đỗ Văn Nam', 3, 'cho_ky', 'Nguyễn Văn Hùng', null],
      ['ky_duyet', 'Nguyễn Văn Hùng', 3, 'da_ky', null, 'Ký'],
    ])
    const audit = t.core.db
      .prepare("SELECT COUNT(*) AS n FROM audit_log WHERE record_type = 'draft' AND record_id = ?")
      .get(id) as { n: number }
    expect(audit.n).toBe(history.length)

    // Every version's files stay readable by those who see the draft, and by no one else.
    expect(canReadDraftFile(t.core.db, actorOf(cvp), v1.sha256)).toBe(true)
    expect(canReadDraftFile(t.core.db, actorOf(chutich), v1.sha256)).toBe(true)
    expect(
      canReadDraftFile(t.core.db, actorOf(await person(t.core, 'cv.kinhte1')), v1.sha256),
    ).toBe(false)

    const mine = await cv.ok('drafts.list', { box: 'mine' })
    expect(mine.total).toBe(1)
    expect(mine.rows[0]).toMatchObject({ id, status: 'da_ky', version: 3 })
    expect((await clerk.ok('drafts.list', { box: 'waiting' })).rows.map((r) => r.id)).toEqual([id])
    expect((await clerk.ok('drafts.list', { box: 'all', status: 'cho_duyet' })).total).toBe(0)
  })

  it('sends a leader’s own draft straight to the văn thư and lets the drafter cancel', async () => {
    const f = await uploadDraftFile(tpTH, 'to-trinh.docx', 'Tờ trình')
    const d = await tpTH.ok('drafts.create', draftInput(t.core, f))
    const sent = await tpTH.ok('drafts.submit', {
      id: d.id,
      reviewerId: null,
      signerId: userId(t.core, 'cvp'),
    })
    expect(sent).toMatchObject({
      status: 'cho_the_thuc',
      assignee: null,
      signer: { id: userId(t.core, 'cvp') },
    })
    expect(await box(clerk, 'cho_the_thuc')).toBe(1)
    await tpTH.ok('drafts.comment', { id: d.id, comment: 'Văn thư lưu ý gửi sớm' })
    const cancelled = await tpTH.ok('drafts.cancel', { id: d.id, reason: 'Không cần ban hành nữa' })
    expect(cancelled.status).toBe('huy')
    expect(cancelled.actions).toEqual({
      edit: false,
      submit: false,
      review: false,
      checkFormat: false,
      sign: false,
      issue: false,
      comment: false,
      cancel: false,
    })
    expect(await box(clerk, 'cho_the_thuc')).toBe(0)
    expect((await tpTH.fail('drafts.comment', { id: d.id, comment: 'Muộn' })).code).toBe('CONFLICT')
  })
})
