import { CloudDownloadOutlined } from '@ant-design/icons'
import { Alert, App, Button, Card, Descriptions, Table, type TableColumnsType } from 'antd'
import type { ReactElement } from 'react'
import type { BackupInfo, BackupSettings } from '../../../../shared/api/methods/backup'
import { formatDateTime } from '../../ui/format'
import { PageHeader } from '../../ui/page-header'
import { LoadError } from '../../ui/status'
import { useBackups, useBackupSettings, useRunBackup } from './backup-api'
import { ScheduleForm } from './schedule-form'

const number = new Intl.NumberFormat('vi-VN')

export const formatSize = (bytes: number): string =>
  bytes >= 1024 * 1024
    ? `${new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 }).format(bytes / 1024 / 1024)} MB`
    : `${number.format(Math.ceil(bytes / 1024))} KB`

const columns: TableColumnsType<BackupInfo> = [
  {
    title: 'Thời điểm',
    dataIndex: 'createdAt',
    render: (v: string) => formatDateTime(v),
    width: 160,
  },
  { title: 'Dung lượng', dataIndex: 'size', render: (v: number) => formatSize(v), align: 'right' },
  {
    title: 'Văn bản',
    key: 'documents',
    render: (_, b) => number.format(b.counts.documents),
    align: 'right',
  },
  { title: 'Tệp', key: 'files', render: (_, b) => number.format(b.counts.files), align: 'right' },
  {
    title: 'Dòng nhật ký',
    key: 'audit',
    render: (_, b) => number.format(b.counts.auditRows),
    align: 'right',
  },
  { title: 'Tên tệp', dataIndex: 'name', ellipsis: true },
]

function Status({ settings }: { settings: BackupSettings }): ReactElement {
  const last = settings.last
  return (
    <Descriptions
      size="small"
      column={1}
      items={[
        {
          key: 'last',
          label: 'Lần sao lưu gần nhất',
          children: last
            ? `${formatDateTime(last.at)} — ${last.ok ? 'thành công' : `không thành công: ${last.error ?? ''}`}`
            : 'chưa có',
        },
        {
          key: 'next',
          label: 'Lần tự động tiếp theo',
          children: settings.enabled ? formatDateTime(settings.nextDue) : 'đã tắt',
        },
        { key: 'folder', label: 'Thư mục', children: settings.folder ?? settings.defaultFolder },
      ]}
    />
  )
}

/** Quản trị › Sao lưu: the schedule, a backup on demand, and the archives in the folder. */
export function BackupScreen(): ReactElement {
  const settings = useBackupSettings()
  const list = useBackups()
  const run = useRunBackup()
  const { message } = App.useApp()

  const runNow = async (): Promise<void> => {
    try {
      const made = await run.mutateAsync()
      void message.success(
        `Đã sao lưu ${number.format(made.counts.documents)} văn bản, ${number.format(made.counts.files)} tệp (${formatSize(made.size)})`,
      )
    } catch (err) {
      void message.error(err instanceof Error ? err.message : 'Sao lưu không thành công')
    }
  }

  return (
    <>
      <PageHeader
        title="Sao lưu"
        description="Mỗi bản sao lưu là một tệp .tar.gz gồm cơ sở dữ liệu, mọi tệp đính kèm và bảng tổng kiểm; khôi phục bằng lệnh vanthu restore."
        extra={
          <Button
            type="primary"
            icon={<CloudDownloadOutlined aria-hidden />}
            loading={run.isPending}
            onClick={() => void runNow()}
          >
            Sao lưu ngay
          </Button>
        }
      />
      {run.isPending ? (
        <Alert
          type="info"
          showIcon
          title="Đang sao lưu… Ứng dụng vẫn dùng được bình thường trong lúc này."
          style={{ marginBottom: 16 }}
        />
      ) : null}
      <Card title="Lịch sao lưu tự động" style={{ maxWidth: 720 }} loading={settings.isPending}>
        {settings.isError ? (
          <LoadError error={settings.error} onRetry={() => void settings.refetch()} />
        ) : settings.data ? (
          <>
            <Status settings={settings.data} />
            <div style={{ marginTop: 16 }}>
              <ScheduleForm key={JSON.stringify(settings.data.folder)} settings={settings.data} />
            </div>
          </>
        ) : null}
      </Card>
      <Card title="Các bản sao lưu" style={{ marginTop: 16 }}>
        {list.isError ? (
          <LoadError error={list.error} onRetry={() => void list.refetch()} />
        ) : (
          <Table<BackupInfo>
            rowKey="name"
            size="small"
            columns={columns}
            dataSource={list.data ?? []}
            loading={list.isPending}
            pagination={false}
            aria-label="Các bản sao lưu"
            locale={{ emptyText: 'Chưa có bản sao lưu nào trong thư mục này' }}
          />
        )}
      </Card>
    </>
  )
}
