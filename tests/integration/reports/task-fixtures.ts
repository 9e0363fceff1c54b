import ExcelJS from 'exceljs'
import { seedDemo } from '../../../electron/core/demo/seed'
import type { Input } from '../../../shared/api/contract'
import { tempCore, type TempCore } from '../helpers/temp-core'

// A month of work at the demo UBND tỉnh for the task reports, the tracking register and the CLI.

/**
 * An input with every key that accepts undefined made optional, at any depth: the contract's
 * nullish fields (a note, a comment) may simply be left out, as every door allows.
 */
export type Loose<T> = T extends readonly (infer U)[]
  ? Loose<U>[]
  : T extends object
    ? { [K in keyof T as undefined extends T[K] ? K : never]?: Loose<T[K]> } & {
        [K in keyof T as undefined extends T[K] ? never : K]: Loose<T[K]>
      }
    : T

// Signing in and calling as a demo person: the same helpers as the task tests.
import { idOf, person, type Caller } from '../tasks/helpers'
export { idOf, person, type Caller }

/** A core over the demo people whose sessions outlive the weeks a test moves through. */
export async function demoCore(dir?: string): Promise<TempCore> {
  const t = tempCore({
    config: { sessionIdleMs: 90 * 86_400_000, sessionMaxMs: 90 * 86_400_000 },
    ...(dir ? { dir } : {}),
  })
  await seedDemo(t.core.deps)
  return t
}

/** The period of the scenario, and the day its figures are taken on. */
export const MARCH = { from: '2026-03-01', to: '2026-03-31' } as const
export const TODAY = '2026-03-12'

export type Scenario = Readonly<{
  chutich: Caller
  tasks: Readonly<Record<'A' | 'B' | 'C' | 'D' | 'E' | 'F', number>>
}>

/**
 * Tasks given by the chairman (08:00 in Hà Nội on each day named):
 * - 20/02 F: Kinh tế, due 27/02, given before the period (never counted in March);
 * - 02/03 A: Kinh tế, due 06/03, done 05/03 (on time);
 * - 02/03 B: Kinh tế, due 04/03, done 09/03 (5 days late);
 * - 02/03 C: Tổng hợp with Kinh tế supporting, due 10/03, 40 % on 09/03 (open, 2 days late);
 * - 02/03 D: cv.vanxa1 in person, due 05/03 (open, 7 days late);
 * - 02/03 E: Ban Tiếp công dân, due 20/03 (open, in time).
 * The clock ends on 12/03.
 */
export async function seedMonth(t: TempCore): Promise<Scenario> {
  const { core, clock } = t
  const unit = (short: string) => ({ unitId: idOf(core, 'units', short) })
  const create = (
    chutich: Caller,
    title: string,
    lead: Loose<Input<'tasks.create'>['lead']>,
    deadline: string,
    extra: Partial<Loose<Input<'tasks.create'>>> = {},
  ) =>
    chutich.ok('tasks.create', { title, sourceText: 'Kết luận giao ban', lead, deadline, ...extra })

  clock.set('2026-02-20T01:00:00Z')
  const chutich = await person(core, 'chutich')
  const tpKT = await person(core, 'tp.kinhte')
  const tpTH = await person(core, 'tp.tonghop')
  const F = await create(chutich, 'Tổng hợp số liệu quý IV', unit('KT'), '2026-02-27')

  clock.set('2026-03-02T01:00:00Z')
  const A = await create(chutich, 'Rà soát quy hoạch khu công nghiệp', unit('KT'), '2026-03-06')
  const B = await create(chutich, 'Báo cáo giải ngân vốn đầu tư công', unit('KT'), '2026-03-04')
  const C = await create(
    chutich,
    'Xây dựng chương trình công tác tháng 4',
    unit('TH'),
    '2026-03-10',
    {
      support: [unit('KT')],
    },
  )
  const D = await create(
    chutich,
    'Kiểm tra công tác phòng chống dịch',
    { userId: idOf(core, 'users', 'cv.vanxa1') },
    '2026-03-05',
  )
  const E = await create(chutich, 'Giải quyết đơn thư tồn đọng', unit('TCD'), '2026-03-20')

  clock.set('2026-03-05T03:00:00Z')
  await tpKT.ok('tasks.complete', { id: A.id, result: 'Đã trình báo cáo rà soát.' })
  clock.set('2026-03-09T03:00:00Z')
  await tpKT.ok('tasks.complete', { id: B.id, result: 'Đã gửi báo cáo giải ngân.' })
  await tpTH.ok('tasks.report', { id: C.id, percent: 40, text: 'Đã có dự thảo chương trình.' })
  clock.set(`${TODAY}T03:00:00Z`)
  return { chutich, tasks: { A: A.id, B: B.id, C: C.id, D: D.id, E: E.id, F: F.id } }
}

/** One worksheet of a workbook's bytes. */
export async function loadSheet(bytes: Uint8Array, sheet: string): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook()
  // exceljs types its input as an ArrayBuffer; hand it exactly these bytes.
  await wb.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  )
  const ws = wb.getWorksheet(sheet)
  if (!ws) {
    throw new Error(`no sheet ${sheet}: ${wb.worksheets.map((w) => w.name).join(', ')}`)
  }
  return ws
}

/** A sheet's cell values, row by row, both 0-based. */
export function sheetValues(ws: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = []
  for (let r = 1; r <= ws.rowCount; r += 1) {
    const row: unknown[] = []
    for (let c = 1; c <= ws.columnCount; c += 1) {
      row.push(ws.getCell(r, c).value)
    }
    rows.push(row)
  }
  return rows
}
