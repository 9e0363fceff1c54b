import type { Command } from 'commander'
import { formatVietnamese } from '../../../shared/calendar/iso-date'
import type { DocumentRow } from '../../../shared/api/document-types'
import type { Core } from '../../core/core'
import { importJsonl, type ImportSummary } from '../../core/import/import-jsonl'
import { importPdfs } from '../../core/import/import-pdfs'
import { action, withCore } from '../command-kit'
import { emit } from '../output'
import { progress } from '../progress'

const SYSTEM = { system: 'cli' } as const
const int = (v: string): number => Number.parseInt(v, 10)

const summaryText = (s: ImportSummary): string =>
  [
    `Đã thêm ${s.added}, trùng ${s.duplicates}, lỗi ${s.failed.length}` +
      (s.truncated ? `, rút gọn trích yếu ${s.truncated}` : ''),
    ...s.failed
      .slice(0, 20)
      .map((f) => `  - ${f.line !== undefined ? `dòng ${f.line}` : f.file}: ${f.error}`),
    ...(s.failed.length > 20
      ? [`  … và ${s.failed.length - 20} lỗi khác (dùng --json để xem hết)`]
      : []),
  ].join('\n')

/** Every row matching, page by page (the API pages at 1,000), unless a limit is given. */
async function allRows(
  core: Core,
  input: { direction: 'in' | 'out'; year?: number; registerId?: number },
  limit?: number,
): Promise<DocumentRow[]> {
  const rows: DocumentRow[] = []
  for (;;) {
    const want = Math.min(1000, limit !== undefined ? limit - rows.length : 1000)
    if (want <= 0) {
      return rows
    }
    const page = await core.invoke(
      'documents.list',
      { ...input, sort: { field: 'soDen', order: 'asc' }, offset: rows.length, limit: want },
      SYSTEM,
    )
    rows.push(...page.rows)
    if (page.rows.length < want || rows.length >= page.total) {
      return rows
    }
  }
}

/** Incoming: số đến, ngày đến, số ký hiệu; outgoing: its số, ký hiệu and ngày ban hành. */
const rowText = (d: DocumentRow): string =>
  d.direction === 'out'
    ? `${d.soKyHieu.padEnd(22)} ${d.ngayBanHanh ? formatVietnamese(d.ngayBanHanh) : ''.padEnd(10)}  ${d.trichYeu.slice(0, 80)}`
    : `${String(d.soDen ?? '').padStart(5)}  ${d.ngayDen ?? ''}  ${d.soKyHieu.padEnd(22)} ${d.trichYeu.slice(0, 80)}`

export function addDocumentCommands(program: Command): void {
  program
    .command('import <file>')
    .description(
      'vào sổ văn bản đến từ tệp JSONL (định dạng docs.jsonl); chạy lại không thêm trùng',
    )
    .option('--register <id>', 'mã sổ văn bản đến (mặc định: sổ mặc định)', int)
    .option('--received-on <date>', 'ngày đến YYYY-MM-DD (mặc định: hôm nay)')
    .action(
      action(async (mode, g, file: string, o: { register?: number; receivedOn?: string }) => {
        // No total: counting lines first would read a large file twice; the import streams it.
        const bar = progress('Đang nhập dòng', null)
        const summary = await withCore(g, (core) =>
          importJsonl(core.deps, file, {
            ...(o.register !== undefined ? { registerId: o.register } : {}),
            ...(o.receivedOn ? { receivedOn: o.receivedOn } : {}),
            onProgress: bar.tick,
          }),
        )
        bar.end()
        emit(mode, summary, () => summaryText(summary))
      }),
    )

  program
    .command('import-pdf <paths...>')
    .description('đưa tệp PDF vào danh sách chờ vào sổ, kèm chữ trích ra và gợi ý')
    .action(
      action(async (mode, g, paths: string[]) => {
        const bar = progress('Đang đọc PDF', paths.length)
        const summary = await withCore(g, (core) => importPdfs(core.deps, paths, bar.tick))
        bar.end()
        emit(mode, summary, () => summaryText(summary))
      }),
    )

  const docs = program.command('docs').description('đọc văn bản trong sổ')
  docs
    .command('list')
    .description('liệt kê văn bản theo thứ tự số')
    .option('--direction <in|out>', 'văn bản đến (in) hay đi (out)', 'in')
    .option('--year <year>', 'năm', int)
    .option('--register <id>', 'mã sổ', int)
    .option('--limit <n>', 'nhiều nhất n văn bản', int)
    .action(
      action(
        async (
          mode,
          g,
          o: { direction: string; year?: number; register?: number; limit?: number },
        ) => {
          const direction = o.direction === 'out' ? 'out' : 'in'
          const rows = await withCore(g, (core) =>
            allRows(
              core,
              {
                direction,
                ...(o.year !== undefined ? { year: o.year } : {}),
                ...(o.register !== undefined ? { registerId: o.register } : {}),
              },
              o.limit,
            ),
          )
          emit(mode, rows, () => rows.map(rowText).join('\n'))
        },
      ),
    )
  docs
    .command('show <id>')
    .description('xem một văn bản')
    .action(
      action(async (mode, g, id: string) => {
        const doc = await withCore(g, (core) =>
          core.invoke('documents.get', { id: int(id) }, SYSTEM),
        )
        emit(mode, doc, () =>
          [
            `Số đến ${doc.soDen ?? '-'} ngày ${doc.ngayDen ?? '-'} (${doc.registerName})`,
            `${doc.loaiVanBan} ${doc.soKyHieu} ngày ${doc.ngayBanHanh ?? '-'} của ${doc.coQuanBanHanh ?? '-'}`,
            doc.trichYeu,
            ...doc.files.map((f) => `  tệp: ${f.name} (${f.pages ?? '?'} trang)`),
          ].join('\n'),
        )
      }),
    )
}
