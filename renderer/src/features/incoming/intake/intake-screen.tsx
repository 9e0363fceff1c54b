import { InboxOutlined } from '@ant-design/icons'
import { App, Button, Card, Space, Table, Tag, Typography, Upload } from 'antd'
import type { TableColumnsType } from 'antd'
import { useState, type ReactElement } from 'react'
import { useNavigate } from 'react-router'
import type { IntakeItem, Suggestion } from '../../../../../shared/api/document-types'
import { useUploadFile } from '../../../api/files'
import { useAddIntake, useIntake } from '../../../api/intake'
import { formatDate, formatDateTime } from '../../../ui/format'
import { LoadError } from '../../../ui/status'
import { TextStatusTag } from '../text-status-tag'
import { DismissModal } from './dismiss-modal'
import '../incoming.css'

function summary(s: Suggestion | null): string {
  if (!s) {
    return ''
  }
  const number = s.so && s.kyHieu ? `${s.so}/${s.kyHieu}` : (s.so ?? s.kyHieu ?? '')
  return [number, s.coQuanBanHanh, s.ngayBanHanh ? formatDate(s.ngayBanHanh) : null]
    .filter(Boolean)
    .join(' · ')
}

/** "Chờ vào sổ": files received but not registered yet; one click opens the form. */
export function IntakeScreen(): ReactElement {
  const intake = useIntake()
  const upload = useUploadFile()
  const add = useAddIntake()
  const navigate = useNavigate()
  const { message } = App.useApp()
  const [dismissing, setDismissing] = useState<IntakeItem | null>(null)
  const open = (item: IntakeItem): void => void navigate(`/van-ban-den/vao-so?intake=${item.id}`)

  const receive = async (file: File): Promise<void> => {
    try {
      const result = await upload.mutateAsync(file)
      await add.mutateAsync({ file: { sha256: result.sha256, name: result.name } })
      void message.success(`Đã đưa ${result.name} vào danh sách chờ vào sổ.`)
    } catch (err) {
      void message.error(
        `${file.name}: ${err instanceof Error ? err.message : 'không nhận được tệp.'}`,
      )
    }
  }

  const columns: TableColumnsType<IntakeItem> = [
    {
      title: 'Tệp',
      key: 'file',
      render: (_v, item) => (
        <Space orientation="vertical" size={2}>
          <Typography.Text strong>{item.file.name}</Typography.Text>
          <Space size={4} wrap>
            {item.file.pages ? <Tag>{item.file.pages} trang</Tag> : null}
            <TextStatusTag status={item.file.textStatus} />
          </Space>
        </Space>
      ),
    },
    {
      title: 'Nhận lúc',
      dataIndex: 'receivedAt',
      width: 150,
      render: (at: string, item) => (
        <Space orientation="vertical" size={0}>
          {formatDateTime(at)}
          {item.receivedBy ? (
            <Typography.Text type="secondary">{item.receivedBy}</Typography.Text>
          ) : null}
        </Space>
      ),
    },
    {
      title: 'Gợi ý từ tệp',
      key: 'suggestion',
      render: (_v, item) =>
        item.suggestion ? (
          <Space orientation="vertical" size={0}>
            <Typography.Text>{summary(item.suggestion) || '—'}</Typography.Text>
            <Typography.Text type="secondary" ellipsis style={{ maxWidth: 420 }}>
              {item.suggestion.trichYeu ?? ''}
            </Typography.Text>
          </Space>
        ) : (
          <Typography.Text type="secondary">Không đọc được thông tin, cần nhập tay</Typography.Text>
        ),
    },
    {
      title: 'Trùng',
      key: 'dup',
      width: 110,
      render: (_v, item) =>
        item.duplicates.length > 0 ? (
          <Tag color="orange">Có thể trùng ({item.duplicates.length})</Tag>
        ) : null,
    },
    {
      title: 'Thao tác',
      key: 'actions',
      width: 170,
      render: (_v, item) => (
        <Space size={4} onClick={(e) => e.stopPropagation()}>
          <Button type="primary" size="small" onClick={() => open(item)}>
            Vào sổ
          </Button>
          <Button size="small" onClick={() => setDismissing(item)}>
            Bỏ qua
          </Button>
        </Space>
      ),
    },
  ]

  return (
    <Card styles={{ body: { padding: 16 } }}>
      <Upload.Dragger
        multiple
        showUploadList={false}
        accept=".pdf,application/pdf"
        customRequest={({ file, onSuccess }) => {
          void receive(file as File).then(() => onSuccess?.(null))
        }}
        style={{ marginBottom: 16 }}
      >
        <p style={{ margin: 0 }}>
          <InboxOutlined aria-hidden /> Kéo thả tệp văn bản nhận được vào đây (hoặc <a>chọn tệp</a>)
          để đưa vào danh sách chờ vào sổ
        </p>
      </Upload.Dragger>
      {intake.isError ? (
        <LoadError error={intake.error} onRetry={() => void intake.refetch()} />
      ) : (
        <Table<IntakeItem>
          rowKey="id"
          aria-label="Danh sách chờ vào sổ"
          columns={columns}
          dataSource={intake.data ?? []}
          loading={intake.isPending}
          size="middle"
          pagination={false}
          onRow={(item) => ({ onClick: () => open(item), style: { cursor: 'pointer' } })}
          locale={{ emptyText: 'Không có tệp nào chờ vào sổ.' }}
          title={() => `${intake.data?.length ?? 0} tệp chờ vào sổ`}
        />
      )}
      {dismissing ? <DismissModal item={dismissing} onClose={() => setDismissing(null)} /> : null}
    </Card>
  )
}
