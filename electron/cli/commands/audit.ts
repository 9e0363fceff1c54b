import type { Command } from 'commander'
import type { AuditVerifyResult } from '../../../shared/audit/types'
import { action, withCore } from '../command-kit'
import { emit } from '../output'

const verifyText = (r: AuditVerifyResult): string =>
  [
    r.ok
      ? `Nhật ký toàn vẹn: ${r.rows} dòng, chuỗi mã băm khớp${r.anchor ? `, khớp mốc dòng ${r.anchor.id}` : ' (chưa có mốc ngoài cơ sở dữ liệu)'}`
      : `Nhật ký KHÔNG toàn vẹn: ${r.problems.length} vấn đề trên ${r.rows} dòng`,
    ...r.problems.map((p) => `  - [${p.kind}] ${p.message}`),
  ].join('\n')

export function addAuditCommands(program: Command): void {
  const audit = program.command('audit').description('nhật ký hệ thống')
  audit
    .command('verify')
    .description(
      'kiểm tra toàn vẹn nhật ký: dòng bị sửa, bị thiếu, bị cắt cuối; lỗi thì thoát khác 0',
    )
    .action(
      action(async (mode, g) => {
        const result = await withCore(g, (core) =>
          core.invoke('audit.verify', {}, { system: 'cli' }),
        )
        emit(mode, result, () => verifyText(result))
        if (!result.ok) {
          process.exitCode = 1
        }
      }),
    )
}
