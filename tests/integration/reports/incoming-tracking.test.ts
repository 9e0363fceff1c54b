import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { register } from '../documents/helpers'
import type { TempCore } from '../helpers/temp-core'
import { expectedHeaders } from './register-fixtures'
import { demoCore, idOf, loadSheet, person, sheetValues, type Caller } from './task-fixtures'

const artifacts = join(
  new URL('../../../', import.meta.url).pathname,
  'tests/e2e/artifacts/reports',
)
const hasPoppler = spawnSync('pdftotext', ['-v']).error === undefined
const MARCH = { registerId: 1, from: '2026-03-01', to: '2026-03-31' } as const

let t: TempCore
let chutich: Caller

const docId = (so: string): number =>
  (t.core.db.prepare('SELECT id FROM documents WHERE so = ?').get(so) as { id: number }).id

/**
 * Seven incoming documents at various stages (clock: Monday 02/03/2026, then 12/03):
 * 45 directed to Tổng hợp with Kinh tế supporting, done on 06/03 · 46 presented, waiting ·
 * 47 only registered, to Kinh tế, hạn 16/03 · 48 directed "để biết" · 49 two tasks, one late ·
 * 50 received in February · 51 secret.
 */
beforeEach(async () => {
  t = await demoCore()
  const unit = (short: string) => ({ unitId: idOf(t.core, 'units', short) })
  for (const so of ['45', '46', '47', '48', '49']) {
    await register(t.core, {
      so,
      ngayDen: '2026-03-02',
      ...(so === '47'
        ? { donViNhanId: unit('KT').unitId, hanXuLy: '2026-03-16', ghiChu: 'Bản giấy lưu HCTC' }
        : {}),
    })
  }
  await register(t.core, { so: '50', ngayDen: '2026-02-27' })
  await register(t.core, {
    so: '51',
    ngayDen: '2026-03-02',
    doMat: 'mat',
    donViNhanId: unit('KT').unitId,
  })

  const clerk = await person(t.core, 'vanthu')
  chutich = await person(t.core, 'chutich')
  const leaderId = idOf(t.core, 'users', 'chutich')
  for (const so of ['45', '46', '48', '49']) {
    await clerk.ok('documents.present', { documentId: docId(so), leaderId })
  }
  await chutich.ok('documents.direct', {
    documentId: docId('45'),
    comment: 'Giao Phòng Tổng hợp chủ trì, Phòng Kinh tế phối hợp.',
    task: { lead: unit('TH'), support: [unit('KT')], deadline: '2026-03-09' },
  })
  await chutich.ok('documents.direct', {
    documentId: docId('48'),
    comment: 'Để biết.',
    inform: [idOf(t.core, 'users', 'pct.kinhte')],
  })
  const vanxa = await chutich.ok('documents.direct', {
    documentId: docId('49'),
    comment: 'Giao đồng chí Bình kiểm tra.',
    task: { lead: { userId: idOf(t.core, 'users', 'cv.vanxa1') }, deadline: '2026-03-04' },
  })
  await chutich.ok('documents.direct', {
    documentId: docId('49'),
    comment: 'Phòng Kinh tế đánh giá kinh phí.',
    task: { lead: unit('KT'), deadline: '2026-03-20' },
  })
  t.clock.set('2026-03-03T03:00:00Z')
  await (
    await person(t.core, 'cv.vanxa1')
  ).ok('tasks.report', {
    id: vanxa.tasks[0]?.id as number,
    percent: 30,
    text: 'Đã kiểm tra hai huyện.',
  })
  t.clock.set('2026-03-06T03:00:00Z')
  const th = (await chutich.ok('documents.flow', { documentId: docId('45') })).tasks[0]?.id
  await (
    await person(t.core, 'tp.tonghop')
  ).ok('tasks.complete', {
    id: th as number,
    result: 'Đã trình.',
  })
  t.clock.set('2026-03-12T03:00:00Z')
})
afterEach(async () => {
  await t.cleanup()
})

const vanBan = (so: string): string =>
  `Quyết định số ${so}/QĐ-UBND ngày 27/02/2026 của Ủy ban nhân dân tỉnh Quảng Nam`

/** The register's rows as read back from the workbook: the 7 columns, from row 7 on. */
async function rows(who: Caller): Promise<unknown[][]> {
  const bytes = await who.ok('reports.incomingTracking', { ...MARCH, format: 'xlsx' })
  const ws = await loadSheet(bytes, 'Sổ văn bản đến')
  const values = sheetValues(ws)
  expect(values[4]).toEqual(expectedHeaders.theo_doi)
  return values.slice(6).map((r) => r.map((v) => v ?? ''))
}

describe('Sổ theo dõi giải quyết văn bản đến', () => {
  it('has one row per document received in the period, the 7 columns in order', async () => {
    expect(await rows(chutich)).toEqual([
      [
        '01',
        vanBan('45'),
        'Phòng Tổng hợp (phối hợp: Phòng Kinh tế)',
        '09/03/2026',
        'Đã hoàn thành ngày 06/03/2026 (đúng hạn)',
        '',
        '',
      ],
      ['02', vanBan('46'), '', '', 'Chờ ý kiến chỉ đạo', '', ''],
      ['03', vanBan('47'), 'Phòng Kinh tế', '16/03/2026', 'Chờ trình', '', 'Bản giấy lưu HCTC'],
      ['04', vanBan('48'), '', '', 'Đã chỉ đạo để biết', '', ''],
      [
        '05',
        vanBan('49'),
        'Tạ Văn Bình\nPhòng Kinh tế',
        '04/03/2026\n20/03/2026',
        'Tạ Văn Bình: Đang giải quyết, 30% (quá hạn 8 ngày)\n' +
          'Phòng Kinh tế: Đang giải quyết, 0% (trong hạn)',
        '',
        '',
      ],
      // Secret: the agency's leaders see it (issue 7); a unit leader does not (below).
      ['07', vanBan('51'), 'Phòng Kinh tế', '', 'Chờ trình', '', ''],
    ])
  })

  it('shows a unit leader only the documents and tasks of their unit; specialists are refused', async () => {
    const tpKT = await person(t.core, 'tp.kinhte')
    expect((await rows(tpKT)).map((r) => [r[0], r[2], r[4]])).toEqual([
      [
        '01',
        'Phòng Tổng hợp (phối hợp: Phòng Kinh tế)',
        'Đã hoàn thành ngày 06/03/2026 (đúng hạn)',
      ],
      ['03', 'Phòng Kinh tế', 'Chờ trình'],
      ['05', 'Phòng Kinh tế', 'Đang giải quyết, 0% (trong hạn)'],
    ])
    const cv = await person(t.core, 'cv.kinhte1')
    expect(await cv.fail('reports.incomingTracking', { ...MARCH, format: 'pdf' })).toMatchObject({
      code: 'FORBIDDEN',
    })
    expect(
      await chutich.fail('reports.incomingTracking', { ...MARCH, registerId: 999, format: 'pdf' }),
    ).toMatchObject({ code: 'NOT_FOUND' })
  })

  it('prints like the Sổ đăng ký văn bản đến: cover, headers, progress in words', async () => {
    const bytes = await chutich.ok('reports.incomingTracking', { ...MARCH, format: 'pdf' })
    mkdirSync(artifacts, { recursive: true })
    const file = join(artifacts, 'incoming-tracking.pdf')
    writeFileSync(file, Buffer.from(bytes))
    if (!hasPoppler) {
      return
    }
    const text = execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }).replace(
      /\s+/g,
      ' ',
    )
    for (const s of [
      'SỔ THEO DÕI GIẢI QUYẾT VĂN BẢN ĐẾN',
      'Từ ngày 01/03/2026 đến ngày 31/03/2026',
      'Từ số 01 đến số 07',
      'Chờ ý kiến chỉ đạo',
      'Đã chỉ đạo để biết',
      'Tiến độ giải quyết',
      'quá hạn 8 ngày',
    ]) {
      expect(text).toContain(s)
    }
    execFileSync('pdftoppm', [
      '-r',
      '60',
      '-png',
      '-f',
      '2',
      '-l',
      '2',
      file,
      join(artifacts, 'tracking'),
    ])
  })
})
