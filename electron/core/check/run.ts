import type { CoreDeps } from '../context'
import { checkIndex } from '../search/doctor'
import { rebuildIndex } from '../search/maintain'
import { checkAttachments, isOldOrphan, quarantine, type AttachmentFindings } from './files'

// `vanthu check`: is the store whole? SQLite's own checks, the attachments against their rows
// both ways, and the search index against the database. `--repair` does only what cannot lose a
// record: old orphan files go to a quarantine folder and the search index is rebuilt. Database
// rows are never deleted here; what only a person can decide is reported, with what to do.

export type CheckName =
  'integrity' | 'foreign_keys' | 'attachments' | 'missing_files' | 'orphan_files' | 'search_index'

export type CheckResult = Readonly<{ name: CheckName; ok: boolean; problems: readonly string[] }>

export type CheckReport = Readonly<{
  ok: boolean
  checks: readonly CheckResult[]
  /** What --repair did, one Vietnamese sentence each. */
  repaired: readonly string[]
}>

const LIMIT = 200

const result = (name: CheckName, problems: readonly string[]): CheckResult => ({
  name,
  ok: problems.length === 0,
  problems:
    problems.length > LIMIT
      ? [...problems.slice(0, LIMIT), `… và ${problems.length - LIMIT} vấn đề nữa`]
      : problems,
})

function integrity(deps: CoreDeps): CheckResult {
  const rows = deps.db.pragma(`integrity_check(${LIMIT})`) as { integrity_check: string }[]
  const problems = rows.map((r) => r.integrity_check).filter((m) => m !== 'ok')
  return result(
    'integrity',
    problems.map((m) => `Cơ sở dữ liệu hỏng: ${m}. Hãy khôi phục từ bản sao lưu gần nhất.`),
  )
}

function foreignKeys(deps: CoreDeps): CheckResult {
  const rows = deps.db.pragma('foreign_key_check') as {
    table: string
    rowid: number | null
    parent: string
    fkid: number
  }[]
  return result(
    'foreign_keys',
    rows.map(
      (r) =>
        `Bảng ${r.table}, dòng ${r.rowid ?? '?'}: tham chiếu tới bảng ${r.parent} một bản ghi không tồn tại ` +
        '(không tự xoá; hãy xem lại bản ghi này hoặc khôi phục từ bản sao lưu).',
    ),
  )
}

function attachmentResults(found: AttachmentFindings, now: Date): CheckResult[] {
  return [
    result(
      'attachments',
      found.corrupt.map(
        (c) =>
          `Tệp ${c.sha256} bị hỏng: nội dung không còn khớp SHA-256 (${c.size} byte, cần ${c.expectedSize}). ` +
          'Hãy chép lại tệp này từ bản sao lưu.',
      ),
    ),
    result(
      'missing_files',
      found.missing.map(
        (sha) =>
          `Thiếu tệp ${sha}: cơ sở dữ liệu có bản ghi nhưng trên đĩa không có tệp (không tự xoá bản ghi; hãy chép lại tệp từ bản sao lưu).`,
      ),
    ),
    result(
      'orphan_files',
      found.orphans.map(
        (f) =>
          `Tệp mồ côi files/${f.rel}: không bản ghi nào dùng đến` +
          (isOldOrphan(f, now)
            ? ' (--repair sẽ chuyển vào thư mục quarantine).'
            : ' (mới ghi dưới 1 giờ, để lại).'),
      ),
    ),
  ]
}

function searchIndex(deps: CoreDeps): CheckResult {
  return result('search_index', checkIndex(deps.db).problems)
}

export async function runCheck(
  deps: CoreDeps,
  options: Readonly<{ repair?: boolean }> = {},
): Promise<CheckReport> {
  const repaired: string[] = []
  const first = integrity(deps)
  const fks = foreignKeys(deps)
  let found = await checkAttachments(deps)
  let index = searchIndex(deps)

  if (options.repair) {
    const old = found.orphans.filter((f) => isOldOrphan(f, deps.clock()))
    if (old.length > 0) {
      const q = await quarantine(deps, old)
      repaired.push(`Đã chuyển ${q.moved.length} tệp mồ côi vào ${q.folder} (không xoá).`)
      found = { ...found, orphans: found.orphans.filter((f) => !old.includes(f)) }
    }
    // A broken database must not be rebuilt from: its index is the least of its troubles.
    if (!index.ok && first.ok) {
      const status = await rebuildIndex(deps)
      repaired.push(
        `Đã dựng lại chỉ mục tìm kiếm: ${status.lastRebuild?.documents ?? 0} văn bản, ${status.lastRebuild?.tasks ?? 0} nhiệm vụ.`,
      )
      index = searchIndex(deps)
    }
  }

  const checks = [first, fks, ...attachmentResults(found, deps.clock()), index]
  return { ok: checks.every((c) => c.ok), checks, repaired }
}
