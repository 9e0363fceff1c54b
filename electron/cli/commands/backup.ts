import type { Command } from 'commander'
import { join } from 'node:path'
import { createBackup } from '../../core/backup/create'
import { archiveName, backupFolder } from '../../core/backup/folder'
import { restoreBackup } from '../../core/backup/restore'
import { action, dataDirOf, withCore } from '../command-kit'
import { emit } from '../output'

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`

export function addBackupCommands(program: Command): void {
  program
    .command('backup')
    .description('sao lưu thư mục dữ liệu thành một tệp .tar.gz (chạy được khi ứng dụng đang mở)')
    .option('--out <file>', 'tệp sao lưu (mặc định: thư mục sao lưu, tên theo ngày giờ)')
    .action(
      action(async (mode, g, o: { out?: string }) => {
        const result = await withCore(g, (core) =>
          createBackup(
            core.deps,
            o.out ?? join(backupFolder(core.deps), archiveName(core.deps.clock())),
          ),
        )
        const out = {
          file: result.file,
          size: result.size,
          createdAt: result.manifest.createdAt,
          schemaVersion: result.manifest.schemaVersion,
          counts: result.manifest.counts,
          entries: result.manifest.entries.length,
          missingFiles: result.manifest.missingFiles,
          corruptFiles: result.corruptFiles,
        }
        emit(mode, out, () =>
          [
            `Đã sao lưu vào ${result.file} (${mb(result.size)}): ${out.counts.documents} văn bản, ` +
              `${out.counts.files} tệp, ${out.counts.auditRows} dòng nhật ký.`,
            ...out.missingFiles.map(
              (s) => `  Cảnh báo: thiếu tệp ${s} trên đĩa (không có trong bản sao lưu).`,
            ),
            ...out.corruptFiles.map(
              (s) => `  Cảnh báo: tệp ${s} đã hỏng từ trước (chạy vanthu check).`,
            ),
          ].join('\n'),
        )
      }),
    )

  program
    .command('restore <file>')
    .description(
      'khôi phục bản sao lưu vào một thư mục dữ liệu MỚI (--data-dir); kiểm tra mọi tổng kiểm trước khi ghi',
    )
    .action(
      action(async (mode, g, file: string) => {
        const result = await restoreBackup(file, dataDirOf(g))
        emit(mode, result, () =>
          [
            `Đã khôi phục bản sao lưu ngày ${result.manifest.createdAt} vào ${result.dataDir}.`,
            `  ${result.counts.documents} văn bản, ${result.counts.files} tệp, ${result.counts.auditRows} dòng nhật ký.`,
            ...(result.migratedFrom !== result.migratedTo
              ? [`  Đã nâng lược đồ từ ${result.migratedFrom} lên ${result.migratedTo}.`]
              : []),
          ].join('\n'),
        )
      }),
    )
}
