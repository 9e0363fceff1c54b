import type { Command } from 'commander'
import { runCheck, type CheckReport } from '../../core/check/run'
import { action, withCore } from '../command-kit'
import { emit } from '../output'

const labels: Record<string, string> = {
  integrity: 'Toàn vẹn cơ sở dữ liệu (integrity_check)',
  foreign_keys: 'Khoá ngoại (foreign_key_check)',
  attachments: 'Nội dung tệp đính kèm (SHA-256)',
  missing_files: 'Bản ghi có tệp trên đĩa',
  orphan_files: 'Tệp trên đĩa có bản ghi',
  search_index: 'Chỉ mục tìm kiếm khớp dữ liệu',
}

const reportText = (r: CheckReport): string =>
  [
    ...r.checks.flatMap((c) => [
      `${c.ok ? '✓' : '✗'} ${labels[c.name] ?? c.name}`,
      ...c.problems.map((p) => `    ${p}`),
    ]),
    ...r.repaired.map((s) => `Đã sửa: ${s}`),
    r.ok ? 'Dữ liệu toàn vẹn.' : 'Còn vấn đề cần xử lý (xem trên).',
  ].join('\n')

export function addCheckCommands(program: Command): void {
  program
    .command('check')
    .description(
      'kiểm tra toàn vẹn: cơ sở dữ liệu, khoá ngoại, tệp đính kèm, tệp mồ côi, chỉ mục tìm kiếm',
    )
    .option(
      '--repair',
      'sửa những gì sửa được an toàn: chuyển tệp mồ côi vào quarantine, dựng lại chỉ mục',
    )
    .action(
      action(async (mode, g, o: { repair?: boolean }) => {
        const report = await withCore(g, (core) =>
          runCheck(core.deps, { repair: o.repair === true }),
        )
        emit(mode, report, () => reportText(report))
        if (!report.ok) {
          process.exitCode = 1
        }
      }),
    )
}
