import type { Command } from 'commander'
import type { AccessExplanation, AccessMatrix } from '../../../shared/api/access-types'
import { CoreError } from '../../core/errors'
import { action, withCore } from '../command-kit'
import { emit } from '../output'

// `vanthu access …`: the admin's questions about who sees what (issue 7 §1).

const SYSTEM = { system: 'cli' } as const

const explanationText = (e: AccessExplanation): string =>
  [
    `${e.user.fullName} (${e.user.username}) ${e.canSee ? 'XEM ĐƯỢC' : 'KHÔNG xem được'} văn bản ${e.document.soKyHieu} (mã ${e.document.id}, độ mật: ${e.document.doMat})`,
    ...e.reasons.map((r) => `  - ${r}`),
  ].join('\n')

const matrixText = (m: AccessMatrix): string =>
  [
    ...m.groups.flatMap((g) => [
      `${g.label}:`,
      ...g.capabilities.map(
        (c) =>
          `  ${c.method.padEnd(30)} ${c.access === 'roles' ? c.allowed.join(', ') : c.access === 'public' ? 'không cần đăng nhập' : 'mọi người đã đăng nhập'}`,
      ),
    ]),
    '',
    m.secretRule,
    ...m.visibility.flatMap((v) => [`${v.audience}:`, ...v.rules.map((r) => `  - ${r}`)]),
  ].join('\n')

export function addAccessCommands(program: Command): void {
  const access = program.command('access').description('quyền xem văn bản')

  access
    .command('explain')
    .description('vì sao một người xem được hay không xem được một văn bản')
    .requiredOption('--user <username>', 'tên đăng nhập')
    .requiredOption('--document <id|số/ký hiệu>', 'mã văn bản, hoặc số/ký hiệu như 12/QĐ-UBND')
    .action(
      action(async (mode, g, o: { user: string; document: string }) => {
        const result = await withCore(g, async (core) => {
          const users = await core.invoke('users.list', { includeDisabled: true }, SYSTEM)
          const username = o.user.trim().toLowerCase()
          const user = users.find((u) => u.username === username)
          if (!user) {
            throw new CoreError('NOT_FOUND', `Không tìm thấy người dùng ${o.user}`)
          }
          const doc = o.document.trim()
          return core.invoke(
            'access.explain',
            /^\d+$/.test(doc)
              ? { userId: user.id, documentId: Number(doc) }
              : { userId: user.id, soKyHieu: doc },
            SYSTEM,
          )
        })
        emit(mode, result, () => explanationText(result))
      }),
    )

  access
    .command('matrix')
    .description('bảng vai trò và chức năng, và ai xem được văn bản nào')
    .action(
      action(async (mode, g) => {
        const result = await withCore(g, (core) => core.invoke('access.matrix', {}, SYSTEM))
        emit(mode, result, () => matrixText(result))
      }),
    )
}
