import { spawnSync } from 'node:child_process'
import { rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openCore } from '../../../electron/core/core'
import { seedDemo } from '../../../electron/core/demo/seed'
import { silentLogger } from '../../../electron/core/log/logger'
import type { DocumentDetail, DocumentRow } from '../../../shared/api/document-types'
import type { Reservation } from '../../../shared/api/outgoing-types'
import { formatVietnamese, vietnamDay } from '../../../shared/calendar/iso-date'
import { tempDir } from '../helpers/temp-core'
import { minimalPdf } from '../pdf/pdf-bytes'

// `vanthu outgoing` and `vanthu docs list --direction out` from source, each in its own process
// on today's real clock, against one data directory with the demo people.

let dir: string
let outRegister: number
const today = vietnamDay(new Date())
const year = Number(today.slice(0, 4))

const run = (...args: string[]): { status: number | null; stdout: string; stderr: string } => {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli/index.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, VANTHU_DATA_DIR: dir },
    timeout: 60_000,
  })
  return { status: r.status, stdout: r.stdout, stderr: r.stderr }
}
const json = <T>(...args: string[]): T => {
  const r = run(...args, '--json')
  expect(r.status, r.stderr || r.stdout).toBe(0)
  return JSON.parse(r.stdout) as T
}

/** How many outgoing documents the store holds, read directly rather than through the CLI. */
async function outgoingCount(): Promise<number> {
  const core = openCore({ dataDir: dir, logger: silentLogger })
  try {
    return (
      core.db.prepare("SELECT count(*) AS n FROM documents WHERE direction = 'out'").get() as {
        n: number
      }
    ).n
  } finally {
    await core.close()
  }
}

beforeAll(async () => {
  dir = tempDir()
  const core = openCore({ dataDir: dir, logger: silentLogger })
  await seedDemo(core.deps)
  outRegister = (
    core.db.prepare("SELECT id FROM registers WHERE direction = 'out'").get() as { id: number }
  ).id
  await core.close()
}, 60_000)
afterAll(() => {
  rmSync(dir, { recursive: true, force: true })
})

describe('vanthu outgoing', () => {
  it('issues by abbreviation, name or code, attaches the signed PDF, and lists them', () => {
    const qd = json<DocumentDetail>(
      'outgoing',
      'issue',
      '--type',
      'QĐ',
      '--trich-yeu',
      'Về việc thành lập Ban Chỉ đạo chuyển đổi số',
      '--signer',
      'Nguyễn Văn Hùng',
      '--position',
      'Chủ tịch UBND tỉnh',
    )
    expect(qd).toMatchObject({
      direction: 'out',
      soKyHieu: '01/QĐ-UBND',
      ngayBanHanh: today,
      loaiVanBanCode: 'quyet_dinh',
      nguoiKy: 'Nguyễn Văn Hùng',
      chucVuNguoiKy: 'Chủ tịch UBND tỉnh',
      registerId: outRegister,
      status: 'da_ban_hanh',
    })

    const pdf = join(dir, 'cong-van-ky-so.pdf')
    writeFileSync(pdf, minimalPdf(['UBND TINH - CONG VAN']))
    // The type's name as typed in another Unicode form; a công văn takes the unit's short name.
    const cv = json<DocumentDetail>(
      'outgoing',
      'issue',
      '--register',
      String(outRegister),
      '--type',
      'Công văn'.normalize('NFD'),
      '--unit',
      'vx',
      '--trich-yeu',
      'V/v tổ chức Ngày hội đọc sách',
      '--signer',
      'Trần Thị Thu Hà',
      '--position',
      'Phó Chủ tịch UBND tỉnh',
      '--authority',
      'kt',
      '--authority-title',
      'Chủ tịch',
      '--date',
      today,
      '--file',
      pdf,
    )
    expect(cv).toMatchObject({ soKyHieu: '02/UBND-VX', loaiVanBanCode: 'cong_van' })
    expect(cv.files.map((f) => f.name)).toEqual(['cong-van-ky-so.pdf'])
    expect(cv.outgoing).toMatchObject({ thamQuyen: 'kt', thamQuyenChucVu: 'Chủ tịch' })

    const qp = json<DocumentDetail>(
      'outgoing',
      'issue',
      '--type',
      'quyet_dinh',
      '--quy-pham',
      '--trich-yeu',
      'Ban hành Quy chế quản lý văn bản điện tử',
      '--signer',
      'Nguyễn Văn Hùng',
    )
    expect(qp.soKyHieu).toBe(`03/${year}/QĐ-UBND`)
    // Mixed-case abbreviations are matched as the catalogue spells them.
    expect(
      json<DocumentDetail>(
        'outgoing',
        'issue',
        '--type',
        'QyĐ',
        '--trich-yeu',
        'Quy định về tiếp công dân',
        '--signer',
        'Nguyễn Văn Hùng',
      ).soKyHieu,
    ).toBe('04/QyĐ-UBND')

    const text = run(
      'outgoing',
      'issue',
      '--type',
      'TB',
      '--trich-yeu',
      'Thông báo lịch tiếp công dân tháng này',
      '--signer',
      'Lê Quang Minh',
    )
    expect(text.status, text.stderr).toBe(0)
    expect(text.stdout).toContain(
      `Đã ban hành Thông báo số 05/TB-UBND ngày ${formatVietnamese(today)}`,
    )
    expect(text.stdout).toContain('Thông báo lịch tiếp công dân tháng này')

    const rows = json<DocumentRow[]>('docs', 'list', '--direction', 'out')
    expect(rows.map((r) => r.soKyHieu)).toEqual([
      '01/QĐ-UBND',
      '02/UBND-VX',
      `03/${year}/QĐ-UBND`,
      '04/QyĐ-UBND',
      '05/TB-UBND',
    ])
    expect(rows.every((r) => r.direction === 'out' && r.ngayBanHanh === today)).toBe(true)
    const listed = run('docs', 'list', '--direction', 'out')
    expect(listed.status).toBe(0)
    const lines = listed.stdout.trim().split('\n')
    expect(lines).toHaveLength(5)
    expect(lines[1]).toMatch(
      new RegExp(`^02/UBND-VX\\s+${formatVietnamese(today)}\\s+V/v tổ chức Ngày hội đọc sách$`),
    )
  }, 180_000)

  it('holds a number, lists it, gives it back, and the next issue gets it', async () => {
    const before = await outgoingCount()
    const held = json<Reservation>(
      'outgoing',
      'reserve',
      '--type',
      'KH',
      '--unit',
      'TH',
      '--note',
      'Kế hoạch ký giấy',
    )
    expect(held).toMatchObject({ number: before + 1, status: 'dang_giu', note: 'Kế hoạch ký giấy' })
    const list = json<Reservation[]>('outgoing', 'reservations', '--year', String(year))
    expect(list.map((r) => [r.id, r.status])).toEqual([[held.id, 'dang_giu']])
    const text = run('outgoing', 'reservations')
    expect(text.stdout).toContain(held.soKyHieu)
    expect(text.stdout).toContain('Đang giữ số')

    const released = json<Reservation>(
      'outgoing',
      'release',
      String(held.id),
      '--reason',
      'Không ban hành nữa',
    )
    expect(released).toMatchObject({ status: 'da_tra', releaseReason: 'Không ban hành nữa' })
    const next = json<DocumentDetail>(
      'outgoing',
      'issue',
      '--type',
      'QĐ',
      '--trich-yeu',
      'Về việc khen thưởng',
      '--signer',
      'Nguyễn Văn Hùng',
    )
    expect(next.so).toBe(held.soKyHieu.split('/')[0])
    expect(json<Reservation[]>('outgoing', 'reservations')[0]).toMatchObject({
      id: held.id,
      status: 'cap_lai',
      documentId: next.id,
    })
    // Given back once: a second release is refused (exit 1).
    const again = run('outgoing', 'release', String(held.id), '--reason', 'Lần hai')
    expect(again.status).toBe(1)
    expect(again.stderr).toMatch(/Lỗi \(CONFLICT\)/)
  }, 120_000)

  it('refuses bad input with exit code 2 and a Vietnamese message, taking no number', async () => {
    const count = await outgoingCount()
    const args = ['--trich-yeu', 'Thử', '--signer', 'A']
    const badType = run('outgoing', 'issue', '--type', 'qđ', ...args)
    expect(badType.status).toBe(2)
    expect(badType.stderr).toMatch(/Không có loại văn bản "qđ"/)
    const badAuthority = run('outgoing', 'issue', '--type', 'QĐ', '--authority', 'ky', ...args)
    expect(badAuthority.status).toBe(2)
    expect(badAuthority.stderr).toMatch(/--authority "ky"/)
    const badRegister = run('outgoing', 'issue', '--type', 'QĐ', '--register', 'mot', ...args)
    expect(badRegister.status).toBe(2)
    const inRegister = run(
      'outgoing',
      'issue',
      '--type',
      'QĐ',
      '--register',
      '1',
      '--json',
      ...args,
    )
    expect(inRegister.status).toBe(2)
    expect(JSON.parse(inRegister.stdout)).toMatchObject({ error: { code: 'VALIDATION' } })
    const badUnit = run('outgoing', 'issue', '--type', 'Công văn', '--unit', 'XYZ', ...args)
    expect(badUnit.status).toBe(2)
    expect(badUnit.stderr).toMatch(/Không có đơn vị "XYZ"/)
    expect(await outgoingCount()).toBe(count)
  }, 120_000)
})
