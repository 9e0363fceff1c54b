import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Dashboard } from '../../../shared/api/task-types'
import { donePercent } from '../../../shared/tasks/buckets'
import type { TempCore } from '../helpers/temp-core'
import {
  demoCore,
  idOf,
  loadSheet,
  MARCH,
  person,
  seedMonth,
  sheetValues,
  TODAY,
  type Caller,
} from './task-fixtures'

const artifacts = join(
  new URL('../../../', import.meta.url).pathname,
  'tests/e2e/artifacts/reports',
)
const hasPoppler = spawnSync('pdftotext', ['-v']).error === undefined

let t: TempCore
let chutich: Caller

beforeEach(async () => {
  t = await demoCore()
  ;({ chutich } = await seedMonth(t))
})
afterEach(async () => {
  await t.cleanup()
})

type Report = { units: unknown[][]; total: unknown[]; overdue: unknown[][] }

/** The two sheets of the workbook, cut into their unit rows, total row and overdue rows. */
async function readXlsx(bytes: Uint8Array): Promise<Report> {
  const summary = sheetValues(await loadSheet(bytes, 'Tổng hợp theo đơn vị'))
  const head = summary.findIndex((r) => r[0] === 'STT')
  const totalAt = summary.findIndex((r) => r[1] === 'Tổng cộng')
  const overdue = sheetValues(await loadSheet(bytes, 'Nhiệm vụ quá hạn'))
  const oHead = overdue.findIndex((r) => r[0] === 'STT')
  return {
    units: summary.slice(head + 2, totalAt),
    total: summary[totalAt] ?? [],
    overdue: overdue.slice(oHead + 1).filter((r) => typeof r[0] === 'number'),
  }
}

/** A dashboard's figures laid out as the report's columns 3 to 9. */
const asColumns = (c: Dashboard['counts'], overdue: number): unknown[] => [
  c.total,
  c.hoan_thanh_dung_han,
  c.hoan_thanh_qua_han,
  c.trong_han,
  c.qua_han,
  donePercent(c),
  overdue,
]

async function expectSameAsDashboard(
  who: Caller,
  input: { from: string; to: string; unitId?: number },
): Promise<Report> {
  const bytes = await who.ok('reports.taskReport', { ...input, format: 'xlsx' })
  const report = await readXlsx(bytes)
  const dash = await who.ok('tasks.dashboard', input)
  expect(report.units.map((r) => [r[1], ...r.slice(2)])).toEqual(
    dash.byUnit.map((u) => [u.unitName, ...asColumns(u.counts, u.overduePercent)]),
  )
  expect(report.total.slice(2)).toEqual(asColumns(dash.counts, dash.overduePercent))
  return report
}

describe('Báo cáo tình hình thực hiện nhiệm vụ', () => {
  it('counts exactly what the dashboard counts, for the agency and for a unit with its rooms', async () => {
    const all = await expectSameAsDashboard(chutich, MARCH)
    // F was given in February: not in March's figures.
    expect(all.total.slice(2, 7)).toEqual([5, 1, 1, 1, 2])
    expect(all.units.map((r) => [r[0], r[1], r[2]])).toEqual([
      [1, 'Ban Tiếp công dân tỉnh', 1],
      [2, 'Phòng Khoa giáo - Văn xã', 1],
      [3, 'Phòng Kinh tế', 2],
      [4, 'Phòng Tổng hợp', 1],
    ])
    expect(all.units[2]).toEqual([3, 'Phòng Kinh tế', 2, 1, 1, 0, 0, 100, 50])

    // Văn phòng covers its rooms (Kinh tế, Tổng hợp, Văn xã), not the Ban Tiếp công dân.
    const vp = await expectSameAsDashboard(chutich, {
      ...MARCH,
      unitId: idOf(t.core, 'units', 'VP'),
    })
    expect(vp.total[2]).toBe(4)
    const kt = await expectSameAsDashboard(chutich, {
      ...MARCH,
      unitId: idOf(t.core, 'units', 'KT'),
    })
    expect(kt.total[2]).toBe(2)
    // A period ending before today is judged at its end: on 04/03 nothing was done yet.
    const early = await expectSameAsDashboard(chutich, { from: '2026-03-01', to: '2026-03-04' })
    expect(early.total.slice(2, 7)).toEqual([5, 0, 0, 5, 0])
  })

  it('lists the late tasks, open ones first, most days late first', async () => {
    const { overdue } = await readXlsx(
      await chutich.ok('reports.taskReport', { ...MARCH, format: 'xlsx' }),
    )
    expect(overdue.map((r) => [r[0], r[1], r[2], r[3], r[4], r[5], r[6]])).toEqual([
      [
        1,
        'Kiểm tra công tác phòng chống dịch',
        'Tạ Văn Bình',
        'Nguyễn Văn Hùng',
        new Date('2026-03-05T00:00:00Z'),
        7,
        'Đang giải quyết, 0%',
      ],
      [
        2,
        'Xây dựng chương trình công tác tháng 4',
        'Phòng Tổng hợp',
        'Nguyễn Văn Hùng',
        new Date('2026-03-10T00:00:00Z'),
        2,
        'Đang giải quyết, 40%',
      ],
      [
        3,
        'Báo cáo giải ngân vốn đầu tư công',
        'Phòng Kinh tế',
        'Nguyễn Văn Hùng',
        new Date('2026-03-04T00:00:00Z'),
        5,
        'Đã hoàn thành ngày 09/03/2026',
      ],
    ])
  })

  it('writes a workbook people can work with: merged two-level header, numbers, frozen, landscape', async () => {
    const bytes = await chutich.ok('reports.taskReport', { ...MARCH, format: 'xlsx' })
    const ws = await loadSheet(bytes, 'Tổng hợp theo đơn vị')
    const values = sheetValues(ws)
    const head = values.findIndex((r) => r[0] === 'STT') + 1
    expect(values[head - 1]).toEqual([
      'STT',
      'Đơn vị',
      'Tổng số nhiệm vụ được giao',
      'Đã hoàn thành',
      'Đã hoàn thành',
      'Chưa hoàn thành',
      'Chưa hoàn thành',
      'Tỷ lệ hoàn thành (%)',
      'Tỷ lệ quá hạn (%)',
    ])
    expect(values[head]?.slice(3, 7)).toEqual(['Đúng hạn', 'Quá hạn', 'Trong hạn', 'Quá hạn'])
    expect(ws.getCell(head, 4).isMerged && ws.getCell(head, 5).master.address).toBe(
      ws.getCell(head, 4).address,
    )
    expect(ws.getCell(head + 1, 1).master.address).toBe(ws.getCell(head, 1).address)
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: head + 1 })
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, fitToWidth: 1 })
    expect(ws.getCell(head + 2, 3).numFmt).toBe('0')
    expect(ws.getCell(head + 2, 9).numFmt).toBe('0.0')
    const title = values
      .slice(0, head)
      .flat()
      .filter((v) => typeof v === 'string')
    expect(title).toEqual(
      expect.arrayContaining([
        'ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH',
        'BÁO CÁO TÌNH HÌNH THỰC HIỆN NHIỆM VỤ',
        'Từ ngày 01/03/2026 đến ngày 31/03/2026',
        '(Số liệu tính đến ngày 12/03/2026)',
      ]),
    )
  })

  it('prints a landscape PDF in Noto Serif with the title, the headers and the unit rows', async () => {
    const bytes = await chutich.ok('reports.taskReport', { ...MARCH, format: 'pdf' })
    const pdf = Buffer.from(bytes)
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    expect(
      Buffer.from(await chutich.ok('reports.taskReport', { ...MARCH, format: 'pdf' })),
    ).toEqual(pdf)
    mkdirSync(artifacts, { recursive: true })
    const file = join(artifacts, 'task-report.pdf')
    writeFileSync(file, pdf)
    if (!hasPoppler) {
      return
    }
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' })
    expect(info).toMatch(/Page size:\s+841\.89 x 595\.28/)
    expect(execFileSync('pdffonts', [file], { encoding: 'utf8' })).toMatch(/NotoSerif/)
    // Content order, wrapped header lines joined: each cell's lines are drawn one after another.
    const text = execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }).replace(
      /\s+/g,
      ' ',
    )
    for (const s of [
      'ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH',
      'BÁO CÁO TÌNH HÌNH THỰC HIỆN NHIỆM VỤ',
      'Từ ngày 01/03/2026 đến ngày 31/03/2026',
      `Số liệu tính đến ngày ${TODAY.split('-').reverse().join('/')}`,
      'STT Đơn vị Tổng số nhiệm vụ được giao Đã hoàn thành Đúng hạn Quá hạn Chưa hoàn thành ' +
        'Trong hạn Quá hạn Tỷ lệ hoàn thành (%) Tỷ lệ quá hạn (%)',
      '3 Phòng Kinh tế 2 1 1 0 0 100,0 50,0',
      'Tổng cộng 5 1 1 1 2 40,0 60,0',
      'DANH SÁCH NHIỆM VỤ QUÁ HẠN',
      'STT Tên nhiệm vụ Đơn vị/người chủ trì Người giao Hạn Số ngày quá hạn Tiến độ',
      '1 Kiểm tra công tác phòng chống dịch Tạ Văn Bình Nguyễn Văn Hùng 05/03/2026 7',
      'Trang 1/1',
    ]) {
      expect(text).toContain(s)
    }
    execFileSync('pdftoppm', [
      '-r',
      '60',
      '-png',
      '-f',
      '1',
      '-l',
      '1',
      file,
      join(artifacts, 'task-report'),
    ])
  })

  it('shows each caller only what they may see; specialists are refused', async () => {
    const tpKT = await person(t.core, 'tp.kinhte')
    // Kinh tế leads A and B and supports C: it sees those three, and no other unit's work.
    const kt = await expectSameAsDashboard(tpKT, MARCH)
    expect(kt.units.map((r) => r[1])).toEqual(['Phòng Kinh tế', 'Phòng Tổng hợp'])
    expect(kt.total[2]).toBe(3)
    const clerk = await person(t.core, 'vanthu')
    expect((await expectSameAsDashboard(clerk, MARCH)).total[2]).toBe(5)

    const cv = await person(t.core, 'cv.kinhte1')
    expect(await cv.fail('reports.taskReport', { ...MARCH, format: 'pdf' })).toMatchObject({
      code: 'FORBIDDEN',
    })
    expect(
      await chutich.fail('reports.taskReport', {
        from: '2026-03-31',
        to: '2026-03-01',
        format: 'pdf',
      }),
    ).toMatchObject({ code: 'VALIDATION', fields: { from: expect.any(String) } })
    expect(
      await chutich.fail('reports.taskReport', { ...MARCH, unitId: 9999, format: 'xlsx' }),
    ).toMatchObject({ code: 'NOT_FOUND' })
  })
})
