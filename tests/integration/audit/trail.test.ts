import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { handlers } from '../../../electron/core/api/handlers'
import { awaitingWrites } from '../../../electron/core/audit/trail'
import { seedDemo } from '../../../electron/core/demo/seed'
import { contract } from '../../../shared/api/contract'
import { methodNames } from '../../../shared/api/method-names'
import { incoming } from '../documents/helpers'
import { tempCore, type TempCore } from '../helpers/temp-core'
import { minimalPdf } from '../pdf/pdf-bytes'
import { idOf, person, type Caller } from '../tasks/helpers'

// Issue 7 §2: every write leaves one chained row naming the record, with before and after;
// opening a secret document leaves one too; the row and the write commit together.

type Row = {
  id: number
  method: string
  actor: string
  record_type: string | null
  record_id: number | null
  detail: string
}

let t: TempCore
let vanthu: Caller
let admin: Caller

type Snap = Record<string, unknown>
type Detail = Snap & { before?: Snap; after?: Snap; changes?: Snap }
const rows = (where = '1 = 1', ...params: unknown[]): (Row & { d: Detail })[] =>
  t.core.db
    .prepare<unknown[], Row>(`SELECT * FROM audit_log WHERE ${where} ORDER BY id`)
    .all(...params)
    .map((r) => ({ ...r, d: JSON.parse(r.detail) as Detail }))
const last = (): Row & { d: Detail } => rows().at(-1)!

beforeEach(async () => {
  t = tempCore()
  await seedDemo(t.core.deps)
  vanthu = await person(t.core, 'vanthu')
  admin = await person(t.core, 'admin')
})
afterEach(async () => {
  await t.cleanup()
})

describe('audit trail: before and after', () => {
  it('an edit of a document keeps the record, its changes, and both snapshots', async () => {
    const doc = await vanthu.ok('documents.registerIncoming', incoming())
    const created = last()
    expect(created).toMatchObject({
      method: 'documents.registerIncoming',
      actor: 'vanthu',
      record_type: 'document',
      record_id: doc.id,
    })
    await vanthu.ok('documents.updateIncoming', { id: doc.id, trichYeu: 'Trích yếu đã sửa' })
    const edit = last()
    expect(edit).toMatchObject({ record_type: 'document', record_id: doc.id })
    expect(edit.d.changes?.trichYeu).toEqual([incoming().trichYeu, 'Trích yếu đã sửa'])
    expect(edit.d.before?.trich_yeu).toBe(incoming().trichYeu)
    expect(edit.d.after?.trich_yeu).toBe('Trích yếu đã sửa')
    expect(edit.d.after).not.toHaveProperty('trich_yeu_sort')
  })

  it('a task step carries the task before and after, found from the input', async () => {
    const chutich = await person(t.core, 'chutich')
    const tp = await person(t.core, 'tp.tonghop')
    const task = await chutich.ok('tasks.create', {
      title: 'Báo cáo chuyển đổi số',
      sourceText: 'Giao ban',
      lead: { unitId: idOf(t.core, 'units', 'TH') },
      deadline: '2026-03-31',
    })
    await tp.ok('tasks.assign', { id: task.id, handlerId: idOf(t.core, 'users', 'cv.tonghop1') })
    const row = last()
    expect(row).toMatchObject({ method: 'tasks.assign', record_type: 'task', record_id: task.id })
    expect(row.d.before?.handler_id).toBeNull()
    expect(row.d.after?.handler_id).toBe(idOf(t.core, 'users', 'cv.tonghop1'))
  })

  it('a method without its own audit call gets the record from the map, keyed by date', async () => {
    await admin.ok('calendar.setDay', { date: '2026-04-28', kind: 'nghi_bu', name: 'Nghỉ bù' })
    const row = last()
    expect(row).toMatchObject({ method: 'calendar.setDay', record_type: 'holiday' })
    expect(row.d.before).toBeNull()
    expect(row.d.after).toMatchObject({ date: '2026-04-28', kind: 'nghi_bu' })
  })

  it('secret flags survive redaction; passwords do not reach the trail', async () => {
    const reg = await admin.ok('registers.create', {
      direction: 'in',
      name: 'Sổ văn bản mật',
      code: 'MAT',
      secret: true,
    })
    expect(last().d.after).toMatchObject({ id: reg.id, secret: true })
    await admin.ok('users.resetPassword', {
      id: idOf(t.core, 'users', 'cv.kinhte1'),
      newPassword: 'Matkhau@2026',
    })
    expect(JSON.stringify(rows())).not.toMatch(/Matkhau@2026|Demo@2026|\$argon|scrypt\$/)
    expect(last().d.after).not.toHaveProperty('password_hash')
  })

  it('the write and its audit row commit together: no row, no write', async () => {
    // notifications.markRead writes before its ctx.audit call, outside any transaction of its
    // own: only dispatch's transaction keeps the two together.
    const chutich = await person(t.core, 'chutich')
    await chutich.ok('tasks.create', {
      title: 'Tổng hợp báo cáo quý',
      sourceText: 'Giao ban',
      lead: { unitId: idOf(t.core, 'units', 'TH') },
      deadline: '2026-03-31',
    })
    const tp = await person(t.core, 'tp.tonghop')
    const unread = (): number =>
      (
        t.core.db
          .prepare('SELECT COUNT(*) AS n FROM notifications WHERE user_id = ? AND read_at IS NULL')
          .get(idOf(t.core, 'users', 'tp.tonghop')) as { n: number }
      ).n
    expect(unread()).toBeGreaterThan(0)
    const before = { unread: unread(), rows: rows().length }
    t.core.db.exec(
      "CREATE TRIGGER audit_refuses BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'disk full'); END",
    )
    expect((await tp.fail('notifications.markRead', { all: true })).code).toBe('CONFLICT')
    t.core.db.exec('DROP TRIGGER audit_refuses')
    expect({ unread: unread(), rows: rows().length }).toEqual(before)
    await tp.ok('notifications.markRead', { all: true })
    expect(unread()).toBe(0)
  })

  it('awaitingWrites lists exactly the write handlers that await', () => {
    const awaiting = methodNames.filter(
      (m) => contract[m].writes && handlers[m].constructor.name === 'AsyncFunction',
    )
    expect(new Set(awaiting)).toEqual(new Set(awaitingWrites))
  })
})

describe('audit trail: opening a secret document', () => {
  it('logs who opened it and through which door; an ordinary document leaves nothing', async () => {
    const pdf = await vanthu.ok('files.upload', {
      name: 'mat.pdf',
      bytes: new Uint8Array(minimalPdf(['Mat'])),
    })
    const secret = await vanthu.ok(
      'documents.registerIncoming',
      incoming({ so: '9', doMat: 'mat', files: [{ sha256: pdf.sha256, name: 'mat.pdf' }] }),
    )
    const plain = await vanthu.ok('documents.registerIncoming', incoming({ so: '10' }))
    const before = rows().length
    await vanthu.ok('documents.get', { id: plain.id })
    expect(rows().length).toBe(before)

    await vanthu.ok('documents.get', { id: secret.id })
    await vanthu.ok('files.content', { sha256: pdf.sha256 })
    const opened = rows('id > ?', before)
    expect(opened.map((r) => [r.method, r.record_type, r.record_id, r.actor])).toEqual([
      ['documents.get', 'document', secret.id, 'vanthu'],
      ['files.content', 'document', secret.id, 'vanthu'],
    ])
    expect(opened[0]!.d).toMatchObject({ opened: 'xem_chi_tiet', doMat: 'mat', door: 'http' })
    expect(opened[1]!.d).toMatchObject({ opened: 'tai_tep', name: 'mat.pdf' })
    expect(opened[0]!.d).not.toHaveProperty('after')

    // Someone it is hidden from gets NOT_FOUND and leaves no "opened" row.
    const cv = await person(t.core, 'cv.kinhte1')
    expect((await cv.fail('documents.get', { id: secret.id })).code).toBe('NOT_FOUND')
    expect(rows('id > ?', before).length).toBe(2)
  })
})
