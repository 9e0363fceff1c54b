import { z } from 'zod'
import { admin, method } from '../define'

// Sao lưu (issue 7): scheduled and on-demand backups of the whole data directory, for admins.
// `vanthu backup` / `vanthu restore` / `vanthu check` work on the files directly (no session).

export type BackupCounts = Readonly<{
  documents: number
  files: number
  auditRows: number
  /** The hash of the newest audit row: a restored trail must end on the same one. */
  lastAuditHash: string | null
}>

/** One archive in the backup folder, described by its own manifest. */
export type BackupInfo = Readonly<{
  /** File name inside the backup folder. */
  name: string
  size: number
  createdAt: string
  appVersion: string
  schemaVersion: number
  counts: BackupCounts
}>

export type BackupSchedule = Readonly<{
  enabled: boolean
  /** `daily`: every day at `at` (giờ Việt Nam); `hours`: every `everyHours` hours. */
  mode: 'daily' | 'hours'
  at: string
  everyHours: number
  /** Absolute folder; null means `<thư mục dữ liệu>/backups`. */
  folder: string | null
  keep: number
}>

export type BackupLastRun = Readonly<{
  at: string
  ok: boolean
  name: string | null
  error: string | null
}>

export type BackupSettings = BackupSchedule &
  Readonly<{
    defaultFolder: string
    last: BackupLastRun | null
    /** When the scheduler will next make one (ISO), or null when switched off. */
    nextDue: string | null
    running: boolean
  }>

export const backupScheduleSchema = z.object({
  enabled: z.boolean(),
  mode: z.enum(['daily', 'hours'], { error: 'Chọn cách lặp lại' }),
  at: z
    .string({ error: 'Nhập giờ sao lưu' })
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Giờ sao lưu có dạng HH:mm, ví dụ 23:30'),
  everyHours: z
    .number({ error: 'Nhập số giờ' })
    .int('Số giờ là số nguyên')
    .min(1, 'Ít nhất mỗi 1 giờ')
    .max(168, 'Nhiều nhất mỗi 168 giờ (7 ngày)'),
  folder: z
    .string()
    .trim()
    .max(1000, 'Đường dẫn dài tối đa 1000 ký tự')
    .nullable()
    .transform((s) => (s === null || s === '' ? null : s)),
  keep: z
    .number({ error: 'Nhập số bản giữ lại' })
    .int('Số bản giữ lại là số nguyên')
    .min(1, 'Giữ lại ít nhất 1 bản')
    .max(365, 'Giữ lại nhiều nhất 365 bản'),
})

export const backupMethods = {
  'backup.settings': method<BackupSettings>()({
    input: z.object({}),
    access: admin,
    writes: false,
  }),
  'backup.saveSettings': method<BackupSettings>()({
    input: backupScheduleSchema,
    access: admin,
    writes: true,
  }),
  /** Makes one backup now, in a worker, into the configured folder; then applies retention. */
  'backup.run': method<BackupInfo>()({ input: z.object({}), access: admin, writes: true }),
  'backup.list': method<BackupInfo[]>()({ input: z.object({}), access: admin, writes: false }),
}
