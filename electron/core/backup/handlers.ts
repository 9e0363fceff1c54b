import { accessSync, constants, statSync } from 'node:fs'
import { isAbsolute, relative, resolve } from 'node:path'
import type { BackupSchedule, BackupSettings } from '../../../shared/api/methods/backup'
import type { Handlers } from '../api/handler'
import type { CoreDeps } from '../context'
import { CoreError } from '../errors'
import { backupRunning, listBackups, runBackupNow } from './folder'
import {
  lastGoodAt,
  nextDue,
  readLastRun,
  readSchedule,
  saveSchedule,
  scheduleAnchor,
} from './schedule'

// Sao lưu for admins: the schedule, "Sao lưu ngay" and the list. Permission (quản trị) is checked
// by dispatch from the contract.

function settingsOf(deps: CoreDeps): BackupSettings {
  const schedule = readSchedule(deps.db)
  const now = deps.clock()
  const since = lastGoodAt(deps.db) ?? scheduleAnchor(deps.db, now)
  const due = nextDue(schedule, since, now)
  return {
    ...schedule,
    defaultFolder: deps.paths.backups,
    last: readLastRun(deps.db),
    nextDue: due === null ? null : new Date(Math.max(due.getTime(), now.getTime())).toISOString(),
    running: backupRunning(deps),
  }
}

/** An existing folder the app can write to, not inside the store it is backing up. */
function checkFolder(deps: CoreDeps, folder: string | null): string | null {
  if (folder === null) {
    return null
  }
  const bad = (message: string): CoreError =>
    new CoreError('VALIDATION', message, { fields: { folder: message } })
  if (!isAbsolute(folder)) {
    throw bad('Nhập đường dẫn đầy đủ của thư mục, ví dụ D:\\SaoLuu hoặc /mnt/usb/saoluu')
  }
  const abs = resolve(folder)
  const inside = (dir: string): boolean => {
    const rel = relative(dir, abs)
    return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel))
  }
  if (inside(deps.paths.files) || inside(deps.paths.index)) {
    throw bad('Không lưu bản sao lưu trong thư mục tệp đính kèm hay chỉ mục của Văn Thư')
  }
  // An existing folder only: creating one where a removable drive should be mounted would put
  // the "off-site" copies back on the same disk.
  try {
    if (!statSync(abs).isDirectory()) {
      throw new Error('not a folder')
    }
  } catch {
    throw bad(`Không thấy thư mục ${abs}: hãy tạo thư mục (hoặc cắm ổ ngoài) trước`)
  }
  try {
    accessSync(abs, constants.W_OK)
  } catch {
    throw bad(`Văn Thư không ghi được vào thư mục ${abs}`)
  }
  return abs
}

export const backupHandlers = {
  'backup.settings': (ctx) => settingsOf(ctx),
  'backup.saveSettings': (ctx, input) => {
    const schedule: BackupSchedule = { ...input, folder: checkFolder(ctx, input.folder) }
    const before = readSchedule(ctx.db)
    saveSchedule(ctx.db, schedule)
    ctx.audit({
      recordType: 'backup_settings',
      recordId: null,
      detail: { before, after: schedule },
    })
    return settingsOf(ctx)
  },
  'backup.run': async (ctx) => {
    const info = await runBackupNow(ctx)
    ctx.audit({
      recordType: 'backup',
      recordId: null,
      detail: { name: info.name, counts: info.counts },
    })
    return info
  },
  'backup.list': (ctx) => listBackups(ctx),
} satisfies Partial<Handlers>
