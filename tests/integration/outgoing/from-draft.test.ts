import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { seedDemo } from '../../../electron/core/demo/seed'
import { register } from '../documents/helpers'
import { draftInput, uploadDraftFile, userId } from '../drafts/helpers'
import { tempCore, type TempCore } from '../helpers/temp-core'
import { person, type Caller } from '../tasks/helpers'

// The whole loop at the core: an incoming document is directed to Phòng Tổng hợp, its leader
// drafts the reply, the văn thư checks it, the chairman signs it off, the văn thư issues it:
// the reply closes the incoming document and the task, and the draft is marked issued.

const SIGNED = join(
  import.meta.dirname,
  '..',
  '..',
  '..',
  '..',
  'shared',
  'corpus',
  'pdf',
  '07_text_TB-480-TB-VPCP.pdf',
)

let t: TempCore
let clerk: Caller, chutich: Caller, tpTH: Caller

beforeEach(async () => {
  t = tempCore({ config: { sessionIdleMs: 60 * 86_400_000, sessionMaxMs: 60 * 86_400_000 } })
  await seedDemo(t.core.deps)
  clerk = await person(t.core, 'vanthu')
  chutich = await person(t.core, 'chutich')
  tpTH = await person(t.core, 'tp.tonghop')
})
afterEach(async () => {
  await t.cleanup()
})

describe('issuing a signed-off draft', () => {
  it('takes the draft as defaults and closes the document, the task and the draft', async () => {
    await register(t.core, {
      so: '88',
      kyHieu: 'STC-NS',
      coQuanBanHanh: 'Sở Tài chính',
      trichYeu: 'Đề nghị báo cáo quý I',
    })
    const incomingId = (
      t.core.db.prepare("SELECT id FROM documents WHERE so = '88'").get() as { id: number }
    ).id
    await clerk.ok('documents.present', {
      documentId: incomingId,
      leaderId: userId(t.core, 'chutich'),
    })
    const flow = await chutich.ok('documents.direct', {
      documentId: incomingId,
      comment: 'Phòng Tổng hợp dự thảo văn bản trả lời.',
      task: {
        lead: {
          unitId: t.core.db
            .prepare("SELECT id FROM units WHERE short_name = 'TH'")
            .pluck()
            .get() as number,
        },
        deadline: '2026-03-09',
      },
    })
    const taskId = flow.tasks[0]?.id ?? -1

    const file = await uploadDraftFile(tpTH, 'du-thao.docx', 'Dự thảo công văn trả lời')
    const draft = await tpTH.ok(
      'drafts.create',
      draftInput(t.core, file, {
        replyToDocumentId: incomingId,
        taskId,
        ghiChu: 'Gửi kèm số liệu',
      }),
    )
    await tpTH.ok('drafts.submit', {
      id: draft.id,
      reviewerId: null,
      signerId: userId(t.core, 'chutich'),
    })
    expect((await clerk.fail('outgoing.issue', { draftId: draft.id })).code).toBe('CONFLICT')
    await clerk.ok('drafts.checkFormat', { id: draft.id, decision: 'approve' })
    await chutich.ok('drafts.sign', {
      id: draft.id,
      decision: 'approve',
      comment: 'Đồng ý ban hành',
    })

    const signed = await clerk.ok('files.upload', {
      name: 'ban-ky-so.pdf',
      bytes: new Uint8Array(readFileSync(SIGNED)),
    })
    const doc = await clerk.ok('outgoing.issue', {
      draftId: draft.id,
      files: [{ sha256: signed.sha256, name: 'ban-ky-so.pdf' }],
    })
    expect(doc).toMatchObject({
      soKyHieu: '01/UBND-TH',
      loaiVanBanCode: 'cong_van',
      trichYeu: draft.trichYeu,
      nguoiKy: 'Nguyễn Văn Hùng',
      ghiChu: 'Gửi kèm số liệu',
      noiNhan: 'Phòng Kinh tế; Sở Tài chính',
    })
    expect(doc.outgoing?.draftId).toBe(draft.id)
    expect(doc.files.map((f) => f.name)).toEqual(['ban-ky-so.pdf'])

    const after = await tpTH.ok('drafts.get', { id: draft.id })
    expect(after.status).toBe('da_ban_hanh')
    expect(after.documentId).toBe(doc.id)
    expect(after.steps.at(-1)).toMatchObject({ action: 'ban_hanh', comment: 'Số 01/UBND-TH' })
    expect((await clerk.fail('outgoing.issue', { draftId: draft.id })).message).toMatch(
      /đã được ban hành/,
    )

    expect((await chutich.ok('documents.get', { id: incomingId })).status).toBe('da_giai_quyet')
    const task = await tpTH.ok('tasks.get', { id: taskId })
    expect(task.bucket).toBe('hoan_thanh_dung_han')
    expect(task.replyDocument?.soKyHieu).toBe('01/UBND-TH')
    // The drafter opens the issued document and was told its number.
    expect((await tpTH.ok('documents.get', { id: doc.id })).id).toBe(doc.id)
    expect(
      (await tpTH.ok('notifications.list', {})).items.some(
        (n) => n.draftId === draft.id && n.kind === 'da_ban_hanh',
      ),
    ).toBe(true)
  })
})
