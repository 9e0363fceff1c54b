import { readFile } from 'node:fs/promises'
import { basename } from 'node:path'
import type { Command } from 'commander'
import { formatVietnamese } from '../../../shared/calendar/iso-date'
import type { DocumentDetail } from '../../../shared/api/document-types'
import type { Reservation } from '../../../shared/api/outgoing-types'
import { reservationStatusLabels } from '../../../shared/api/outgoing-types'
import { THAM_QUYEN_KY, type ThamQuyenKy } from '../../../shared/domain/levels'
import { sameText } from '../../../shared/text/normalize'
import type { Core } from '../../core/core'
import { CoreError } from '../../core/errors'
import { action, withCore } from '../command-kit'
import { emit } from '../output'

// `vanthu outgoing`: issue outgoing documents from the command line (paper-signed documents,
// bulk back-filling) and hold or give back numbers, through the same core methods as the UI.

const SYSTEM = { system: 'cli' } as const

/**
 * A whole number as typed on the command line, refused in Vietnamese when it is not one. Parsed
 * inside the action, not by commander, so a refusal prints like any other (exit code 2).
 */
function whole(value: string, flag: string): number
function whole(value: string | undefined, flag: string): number | undefined
function whole(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) {
    return undefined
  }
  if (!/^\d+$/.test(value.trim())) {
    throw new CoreError('VALIDATION', `${flag} "${value}" phải là một số nguyên dương`)
  }
  return Number.parseInt(value, 10)
}

/**
 * A document type as a clerk types it: its abbreviation exactly as the catalogue stores it (QĐ,
 * TB, QyĐ …, any Unicode form), its code (quyet_dinh) or its name ("Công văn", any case).
 */
async function typeCodeOf(core: Core, typed: string): Promise<string> {
  const wanted = typed.normalize('NFC').trim()
  const types = await core.invoke('catalog.documentTypes', {}, SYSTEM)
  const found =
    types.find((t) => t.abbreviation !== null && t.abbreviation.normalize('NFC') === wanted) ??
    types.find((t) => t.code === wanted) ??
    types.find((t) => sameText(t.name, wanted))
  if (!found) {
    const some = types
      .filter((t) => t.kind === 'hanh_chinh')
      .map((t) => t.abbreviation ?? t.code)
      .join(', ')
    throw new CoreError('VALIDATION', `Không có loại văn bản "${typed}". Dùng ví dụ: ${some}`)
  }
  return found.code
}

/** A unit by id or short name (VP, KT …), as the other commands take `--unit`. */
async function unitIdOf(core: Core, unit: string | undefined): Promise<number | undefined> {
  if (unit === undefined) {
    return undefined
  }
  const units = await core.invoke('units.list', { includeDisabled: true }, SYSTEM)
  const found = units.find(
    (u) => String(u.id) === unit || u.shortName.toLowerCase() === unit.toLowerCase(),
  )
  if (!found) {
    throw new CoreError(
      'VALIDATION',
      `Không có đơn vị "${unit}". Các đơn vị: ${units.map((u) => u.shortName).join(', ')}`,
    )
  }
  return found.id
}

function authorityOf(value: string | undefined): ThamQuyenKy | undefined {
  if (value === undefined) {
    return undefined
  }
  const found = THAM_QUYEN_KY.find((t) => t.code === value.toLowerCase())
  if (!found) {
    throw new CoreError(
      'VALIDATION',
      `--authority "${value}" không hợp lệ. Chọn một trong: ${THAM_QUYEN_KY.map((t) => t.code).join(', ')}`,
    )
  }
  return found.code
}

/** Uploads the signed file through the core, as the screen does, and names it for the document. */
async function uploaded(core: Core, path: string): Promise<{ sha256: string; name: string }> {
  const name = basename(path)
  const stored = await core.invoke(
    'files.upload',
    { name, bytes: new Uint8Array(await readFile(path)) },
    SYSTEM,
  )
  return { sha256: stored.sha256, name }
}

const issuedText = (d: DocumentDetail): string =>
  [
    `Đã ban hành ${d.loaiVanBan} số ${d.soKyHieu}` +
      `${d.ngayBanHanh ? ` ngày ${formatVietnamese(d.ngayBanHanh)}` : ''} (${d.registerName}, mã ${d.id})`,
    `  ${d.trichYeu}`,
    ...(d.outgoing?.signatureTitle || d.nguoiKy
      ? [`  Người ký: ${[d.outgoing?.signatureTitle, d.nguoiKy].filter(Boolean).join(' – ')}`]
      : []),
    ...d.files.map((f) => `  Tệp: ${f.name}`),
  ].join('\n')

const reservationText = (r: Reservation): string =>
  `${String(r.id).padStart(5)}  ${r.soKyHieu.padEnd(22)} ${reservationStatusLabels[r.status].padEnd(14)} ` +
  `${r.loaiVanBan}${r.trichYeu ? `: ${r.trichYeu}` : ''}${r.note ? ` (${r.note})` : ''}` +
  `${r.releaseReason ? ` — trả số: ${r.releaseReason}` : ''}`

type IssueOptions = {
  register?: string
  reservation?: string
  type: string
  trichYeu: string
  signer: string
  position?: string
  authority?: string
  authorityTitle?: string
  unit?: string
  date?: string
  quyPham?: boolean
  file?: string[]
}

export function addOutgoingCommands(program: Command): void {
  const outgoing = program
    .command('outgoing')
    .description('văn bản đi: ban hành, lấy số trước, trả số')

  outgoing
    .command('issue')
    .description('cấp số và ban hành một văn bản đi đã ký (in số, ký hiệu đã cấp)')
    .option('--register <id>', 'mã sổ văn bản đi (mặc định: sổ văn bản đi mặc định)')
    .option('--reservation <id>', 'dùng số đã lấy trước (mã giữ số)')
    .requiredOption('--type <loai>', 'loại văn bản: chữ viết tắt (QĐ, TB, KH …), mã hoặc tên')
    .requiredOption('--trich-yeu <text>', 'trích yếu nội dung')
    .requiredOption('--signer <name>', 'họ tên người ký')
    .option('--position <text>', 'chức vụ người ký, ví dụ "Phó Chủ tịch"')
    .option(
      '--authority <kt|tm|q|tl|tuq>',
      'thẩm quyền ký: ký thay, thay mặt, quyền, thừa lệnh, thừa ủy quyền',
    )
    .option('--authority-title <text>', 'chức danh được ký thay, ví dụ "Chủ tịch" (KT. CHỦ TỊCH)')
    .option('--unit <unit>', 'đơn vị soạn thảo: mã số hoặc tên viết tắt (công văn: UBND-VX)')
    .option('--date <YYYY-MM-DD>', 'ngày ban hành (mặc định: hôm nay)')
    .option('--quy-pham', 'văn bản quy phạm pháp luật: ký hiệu có năm (07/2026/QĐ-UBND)')
    .option('--file <pdf...>', 'tệp văn bản đã ký (PDF) đính kèm')
    .action(
      action(async (mode, g, o: IssueOptions) => {
        const thamQuyen = authorityOf(o.authority)
        const registerId = whole(o.register, '--register')
        const reservationId = whole(o.reservation, '--reservation')
        const doc = await withCore(g, async (core) => {
          const loaiVanBan = await typeCodeOf(core, o.type)
          const draftingUnitId = await unitIdOf(core, o.unit)
          const files = []
          for (const path of o.file ?? []) {
            files.push(await uploaded(core, path))
          }
          return core.invoke(
            'outgoing.issue',
            {
              loaiVanBan,
              trichYeu: o.trichYeu,
              nguoiKy: o.signer,
              quyPham: o.quyPham === true,
              files,
              ...(registerId !== undefined ? { registerId } : {}),
              ...(reservationId !== undefined ? { reservationId } : {}),
              ...(o.position !== undefined ? { chucVuNguoiKy: o.position } : {}),
              ...(thamQuyen ? { thamQuyen } : {}),
              ...(o.authorityTitle !== undefined ? { thamQuyenChucVu: o.authorityTitle } : {}),
              ...(draftingUnitId !== undefined ? { draftingUnitId } : {}),
              ...(o.date !== undefined ? { ngayBanHanh: o.date } : {}),
            },
            SYSTEM,
          )
        })
        emit(mode, doc, () => issuedText(doc))
      }),
    )

  outgoing
    .command('reserve')
    .description('lấy số trước cho văn bản sẽ ký trên giấy')
    .requiredOption('--type <loai>', 'loại văn bản: chữ viết tắt (QĐ, TB, KH …), mã hoặc tên')
    .option('--register <id>', 'mã sổ văn bản đi (mặc định: sổ văn bản đi mặc định)')
    .option('--unit <unit>', 'đơn vị soạn thảo: mã số hoặc tên viết tắt')
    .option('--date <YYYY-MM-DD>', 'ngày dự kiến ban hành (mặc định: hôm nay)')
    .option('--quy-pham', 'văn bản quy phạm pháp luật: ký hiệu có năm')
    .option('--trich-yeu <text>', 'trích yếu dự kiến')
    .option('--note <text>', 'ghi chú')
    .action(
      action(
        async (
          mode,
          g,
          o: {
            type: string
            register?: string
            unit?: string
            date?: string
            quyPham?: boolean
            trichYeu?: string
            note?: string
          },
        ) => {
          const registerId = whole(o.register, '--register')
          const held = await withCore(g, async (core) => {
            const draftingUnitId = await unitIdOf(core, o.unit)
            return core.invoke(
              'outgoing.reserve',
              {
                loaiVanBan: await typeCodeOf(core, o.type),
                quyPham: o.quyPham === true,
                ...(registerId !== undefined ? { registerId } : {}),
                ...(draftingUnitId !== undefined ? { draftingUnitId } : {}),
                ...(o.date !== undefined ? { ngay: o.date } : {}),
                ...(o.trichYeu !== undefined ? { trichYeu: o.trichYeu } : {}),
                ...(o.note !== undefined ? { note: o.note } : {}),
              },
              SYSTEM,
            )
          })
          emit(
            mode,
            held,
            () => `Đã giữ số ${held.soKyHieu} (${held.registerName}, mã giữ số ${held.id})`,
          )
        },
      ),
    )

  outgoing
    .command('release <id>')
    .description('trả lại một số đã lấy trước; văn bản ban hành tiếp theo sẽ được cấp số này')
    .requiredOption('--reason <text>', 'lý do trả số')
    .action(
      action(async (mode, g, id: string, o: { reason: string }) => {
        const reservationId = whole(id, 'mã giữ số')
        const released = await withCore(g, (core) =>
          core.invoke('outgoing.release', { id: reservationId, reason: o.reason }, SYSTEM),
        )
        emit(mode, released, () => `Đã trả số ${released.soKyHieu} (${released.registerName})`)
      }),
    )

  outgoing
    .command('reservations')
    .description('liệt kê các số đã lấy trước')
    .option('--year <year>', 'năm')
    .option('--register <id>', 'mã sổ văn bản đi')
    .action(
      action(async (mode, g, o: { year?: string; register?: string }) => {
        const year = whole(o.year, '--year')
        const registerId = whole(o.register, '--register')
        const list = await withCore(g, (core) =>
          core.invoke(
            'outgoing.reservations',
            {
              ...(year !== undefined ? { year } : {}),
              ...(registerId !== undefined ? { registerId } : {}),
            },
            SYSTEM,
          ),
        )
        emit(mode, list, () =>
          list.length === 0 ? 'Chưa lấy trước số nào.' : list.map(reservationText).join('\n'),
        )
      }),
    )
}
