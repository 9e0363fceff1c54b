import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { seedDemo } from '../../../electron/core/demo/seed'
import { register } from '../documents/helpers'
import { tempCore, type TempCore } from '../helpers/temp-core'
import { person, type Caller } from '../tasks/helpers'
import { draftCount, draftInput, stepCount, unitId, uploadDraftFile, userId } from './helpers'

// A refused write changes nothing: no draft, no version, no step, no audit, no notification;
// the error names each field in trouble in Vietnamese.

let t: TempCore
let cv: Caller, tpTH: Caller
let file: { sha256: string; name: string }
beforeEach(async () => {
  t = tempCore()
  await seedDemo(t.core.deps)
  cv = await person(t.core, 'cv.tonghop1')
  tpTH = await person(t.core, 'tp.tonghop')
  file = await uploadDraftFile(cv, 'du-thao.docx', 'Nội dung dự thảo')
})
afterEach(async () => {
  await t.cleanup()
})

const count = (sql: string): number => (t.core.db.prepare(sql).get() as { n: number }).n
const draftAudits = (): number =>
  count("SELECT COUNT(*) AS n FROM audit_log WHERE record_type = 'draft'")
const notifications = (): number => count('SELECT COUNT(*) AS n FROM notifications')

describe('drafts: validation', () => {
  it('reports every bad field of a new draft at once and writes nothing', async () => {
    await register(t.core, { so: '77', donViNhanId: unitId(t.core, 'KT') })
    const hiddenDoc = count("SELECT id AS n FROM documents WHERE so = '77'")
    const err = await cv.fail(
      'drafts.create',
      draftInput(t.core, file, {
        loaiVanBan: 'khong_co_loai_nay',
        draftingUnitId: unitId(t.core, 'KT'),
        recipients: [{ kind: 'unit', unitId: 99_999 }],
        files: [{ sha256: 'a'.repeat(64), name: 'chua-tai.pdf' }],
        replyToDocumentId: hiddenDoc,
        taskId: 99_999,
        signerId: userId(t.core, 'cv.kinhte1'),
      }),
    )
    expect(err.code).toBe('VALIDATION')
    expect(err.fields).toEqual({
      loaiVanBan: 'Loại văn bản không có hoặc đã ngừng sử dụng',
      draftingUnitId: 'Bạn chỉ soạn thảo cho đơn vị của mình',
      recipients: 'Nơi nhận có đơn vị không tồn tại',
      replyToDocumentId: 'Chọn một văn bản đến mà bạn được xem',
      taskId: 'Chọn một nhiệm vụ mà bạn được xem',
      signerId: 'Người được chọn không phải lãnh đạo đang làm việc',
      files: 'Tệp "chua-tai.pdf" chưa được tải lên',
    })
    expect(err.message).toBe('Loại văn bản không có hoặc đã ngừng sử dụng')
    expect(draftCount(t.core)).toBe(0)
    expect(stepCount(t.core)).toBe(0)
    expect(draftAudits()).toBe(0)
    expect(count('SELECT COUNT(*) AS n FROM draft_versions')).toBe(0)
  })

  it('refuses a disabled type or unit', async () => {
    t.core.db
      .prepare("UPDATE document_types SET disabled_at = '2026-01-01' WHERE code = 'to_trinh'")
      .run()
    t.core.db.prepare("UPDATE units SET disabled_at = '2026-01-01' WHERE short_name = 'XD'").run()
    const err = await tpTH.fail(
      'drafts.create',
      draftInput(t.core, file, { loaiVanBan: 'to_trinh', draftingUnitId: unitId(t.core, 'XD') }),
    )
    expect(Object.keys(err.fields ?? {}).sort()).toEqual(['draftingUnitId', 'loaiVanBan'])
    // A leader drafts for any unit; a specialist for their own or one above it.
    expect(
      (
        await tpTH.ok(
          'drafts.create',
          draftInput(t.core, file, { draftingUnitId: unitId(t.core, 'KT') }),
        )
      ).status,
    ).toBe('du_thao')
    expect(
      (
        await cv.ok(
          'drafts.create',
          draftInput(t.core, file, { draftingUnitId: unitId(t.core, 'VP') }),
        )
      ).draftingUnit.shortName,
    ).toBe('VP')
  })

  it('refuses bad steps without moving the draft', async () => {
    const d = await cv.ok('drafts.create', draftInput(t.core, file))
    const steps = stepCount(t.core)
    const audits = draftAudits()
    const noSelf = await cv.fail('drafts.submit', {
      id: d.id,
      reviewerId: null,
      signerId: userId(t.core, 'chutich'),
    })
    expect(noSelf.fields).toEqual({ reviewerId: 'Chọn lãnh đạo đơn vị duyệt dự thảo' })
    const notLeader = await cv.fail('drafts.submit', {
      id: d.id,
      reviewerId: userId(t.core, 'cv.tonghop2'),
      signerId: userId(t.core, 'vanthu'),
    })
    expect(notLeader.fields).toEqual({
      reviewerId: 'Người được chọn không phải lãnh đạo đang làm việc',
      signerId: 'Người được chọn không phải lãnh đạo đang làm việc',
    })
    expect((await cv.fail('drafts.update', { id: d.id, files: [] })).fields).toEqual({
      files: 'Đính kèm tệp dự thảo',
    })
    const badUpdate = await cv.fail('drafts.update', {
      id: d.id,
      trichYeu: 'Trích yếu mới',
      recipients: [{ kind: 'unit', unitId: 99_999 }],
    })
    expect(badUpdate.fields).toEqual({ recipients: 'Nơi nhận có đơn vị không tồn tại' })
    const still = await cv.ok('drafts.get', { id: d.id })
    expect(still).toMatchObject({ status: 'du_thao', version: 1, trichYeu: d.trichYeu })
    expect(stepCount(t.core)).toBe(steps)
    expect(draftAudits()).toBe(audits)

    await cv.ok('drafts.submit', {
      id: d.id,
      reviewerId: userId(t.core, 'tp.tonghop'),
      signerId: userId(t.core, 'chutich'),
    })
    const before = { steps: stepCount(t.core), audits: draftAudits(), notes: notifications() }
    expect((await tpTH.fail('drafts.review', { id: d.id, decision: 'return' })).fields).toEqual({
      comment: 'Nhập lý do trả lại để người soạn thảo biết cần sửa gì',
    })
    expect((await tpTH.fail('drafts.review', { id: d.id, decision: 'forward' })).fields).toEqual({
      reviewerId: 'Chọn lãnh đạo nhận chuyển duyệt',
    })
    const self = await tpTH.fail('drafts.review', {
      id: d.id,
      decision: 'forward',
      reviewerId: userId(t.core, 'tp.tonghop'),
    })
    expect(self.fields).toEqual({ reviewerId: 'Chọn một lãnh đạo khác' })
    const unseenFile = await tpTH.fail('drafts.review', {
      id: d.id,
      decision: 'approve',
      files: [{ sha256: 'b'.repeat(64), name: 'sua.docx' }],
    })
    expect(unseenFile.fields).toEqual({ files: 'Tệp "sua.docx" chưa được tải lên' })
    expect(await tpTH.ok('drafts.get', { id: d.id })).toMatchObject({
      status: 'cho_duyet',
      version: 1,
      assignee: { id: userId(t.core, 'tp.tonghop') },
    })
    expect({ steps: stepCount(t.core), audits: draftAudits(), notes: notifications() }).toEqual(
      before,
    )
  })

  it('makes a new version when the leader edits the content while approving', async () => {
    const d = await cv.ok('drafts.create', draftInput(t.core, file))
    await cv.ok('drafts.submit', {
      id: d.id,
      reviewerId: userId(t.core, 'tp.tonghop'),
      signerId: userId(t.core, 'chutich'),
    })
    const edit = await uploadDraftFile(tpTH, 'da-sua.docx', 'Trưởng phòng sửa câu chữ')
    const approved = await tpTH.ok('drafts.review', {
      id: d.id,
      decision: 'approve',
      files: [edit],
    })
    expect(approved).toMatchObject({ version: 2, files: [{ name: 'da-sua.docx' }] })
    expect(approved.versions[1]?.by.name).toBe('Lý Thị Ngọc')
    expect(approved.steps.at(-1)).toMatchObject({ action: 'duyet', version: 2 })
  })
})
