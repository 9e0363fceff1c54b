import type { Command } from 'commander'
import { action, withCore } from '../command-kit'
import { emit } from '../output'

const SYSTEM = { system: 'cli' } as const
const ddmmyyyy = (iso: string): string =>
  `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`
const kindLabel: Record<string, string> = {
  nghi_le: 'nghỉ lễ',
  nghi_bu: 'nghỉ bù',
  lam_bu: 'làm bù',
  khong_nghi: 'đi làm (bỏ ngày nghỉ mặc định)',
}

export function addCalendarCommands(program: Command): void {
  const calendar = program
    .command('calendar')
    .description('lịch ngày làm việc: ngày nghỉ, hạn xử lý')
  calendar
    .command('add-working-days')
    .description(
      'ngày hết hạn sau N ngày làm việc (không tính ngày bắt đầu; bỏ thứ Bảy, Chủ nhật, ngày lễ)',
    )
    .requiredOption('--from <date>', 'ngày bắt đầu YYYY-MM-DD')
    .requiredOption('--days <n>', 'số ngày làm việc', (v) => Number.parseInt(v, 10))
    .action(
      action(async (mode, g, o: { from: string; days: number }) => {
        const r = await withCore(g, (core) =>
          core.invoke('calendar.addWorkingDays', { from: o.from, days: o.days }, SYSTEM),
        )
        emit(mode, r, () => r.date)
      }),
    )
  calendar
    .command('holidays')
    .description('ngày nghỉ và ngày làm bù của một năm')
    .requiredOption('--year <year>', 'năm', (v) => Number.parseInt(v, 10))
    .action(
      action(async (mode, g, o: { year: number }) => {
        const days = await withCore(g, (core) =>
          core.invoke('calendar.holidays', { year: o.year }, SYSTEM),
        )
        emit(mode, days, () =>
          days
            .map(
              (d) =>
                `${ddmmyyyy(d.date)}  ${kindLabel[d.kind] ?? d.kind}  ${d.name}${d.source === 'admin' ? ' (đã điều chỉnh)' : ''}`,
            )
            .join('\n'),
        )
      }),
    )
}
