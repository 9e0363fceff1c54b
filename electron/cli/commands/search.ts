import type { Command } from 'commander'
import type { SearchResult } from '../../../shared/search/types'
import { action, withCore } from '../command-kit'
import { emit } from '../output'

const SYSTEM = { system: 'cli' } as const
const int = (v: string): number => Number.parseInt(v, 10)

const hitsText = (r: SearchResult): string =>
  [
    `${r.totalExact ? '' : 'hơn '}${r.total} kết quả`,
    ...r.hits.map(
      (h) =>
        `${String(h.id).padStart(7)}  ${h.direction === 'in' ? 'đến' : 'đi '}  ${h.soKyHieu.padEnd(22)} ${h.trichYeu.slice(0, 80)}`,
    ),
    ...r.corrections.map(([typed, used]) => `(đã tìm với «${used}» thay cho «${typed}»)`),
  ].join('\n')

export function addSearchCommands(program: Command): void {
  program
    .command('search <query>')
    .description('tìm văn bản theo số, ký hiệu, từ ngữ hay nội dung, gõ có dấu hay không dấu')
    .option('--limit <n>', 'số kết quả (mặc định 20, tối đa 100)', int)
    .option('--direction <in|out>', 'chỉ văn bản đến (in) hoặc đi (out)')
    .action(
      action(async (mode, g, query: string, o: { limit?: number; direction?: string }) => {
        const result = await withCore(g, (core) =>
          core.invoke(
            'search.documents',
            {
              q: query,
              ...(o.limit !== undefined ? { limit: o.limit } : {}),
              ...(o.direction === 'in' || o.direction === 'out' ? { direction: o.direction } : {}),
            },
            SYSTEM,
          ),
        )
        // The JSON the issue names: rank order, with the fields a script needs.
        const out = {
          total: result.total,
          hits: result.hits.map((h) => ({
            id: h.id,
            soKyHieu: h.soKyHieu,
            trichYeu: h.trichYeu,
            score: h.score,
          })),
        }
        emit(mode, out, () => hitsText(result))
      }),
    )

  program
    .command('reindex')
    .description('dựng lại chỉ mục tìm kiếm (trong luồng nền; tìm kiếm vẫn trả lời trong lúc dựng)')
    .action(
      action(async (mode, g) => {
        const status = await withCore(g, (core) => core.invoke('search.reindex', {}, SYSTEM))
        emit(mode, status, () =>
          [
            `Đã dựng lại chỉ mục: ${status.lastRebuild?.documents ?? 0} văn bản, ${status.lastRebuild?.tasks ?? 0} nhiệm vụ trong ${Math.round(status.lastRebuild?.ms ?? 0)} ms`,
            ...status.problems,
          ].join('\n'),
        )
      }),
    )
}
