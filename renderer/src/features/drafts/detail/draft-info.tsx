import { Descriptions, Space, Typography } from 'antd'
import type { ReactElement } from 'react'
import { Link } from 'react-router'
import type { DraftDetail } from '../../../../../shared/api/outgoing-types'
import { formatDateTime } from '../../../ui/format'
import { DoKhanTag, DoMatTag } from '../../incoming/labels'

const dash = (v: string | number | null | undefined): string =>
  v === null || v === undefined || v === '' ? '—' : String(v)

/** Loại, trích yếu, who writes and signs, where it goes, what it answers and completes. */
export function DraftInfo({ draft: d }: { draft: DraftDetail }): ReactElement {
  const recipients = d.recipients.map((r) => r.name)
  return (
    <Descriptions
      bordered
      size="small"
      column={1}
      styles={{ label: { width: 150 } }}
      items={[
        { key: 'loai', label: 'Loại văn bản', children: d.loaiVanBan },
        { key: 'trichYeu', label: 'Trích yếu', children: d.trichYeu },
        { key: 'unit', label: 'Đơn vị soạn thảo', children: d.draftingUnit.name },
        {
          key: 'drafter',
          label: 'Người soạn',
          children: `${d.drafter.name}${d.drafter.position ? ` · ${d.drafter.position}` : ''}`,
        },
        {
          key: 'signer',
          label: 'Người ký (đề xuất)',
          children: d.signer
            ? `${d.signer.name}${d.signer.position ? ` · ${d.signer.position}` : ''}`
            : '—',
        },
        {
          key: 'muc',
          label: 'Độ khẩn, độ mật',
          children: (
            <Space size={4}>
              <DoKhanTag value={d.doKhan} />
              <DoMatTag value={d.doMat} />
              {d.doKhan === 'thuong' && d.doMat === 'thuong' ? 'Thường' : null}
            </Space>
          ),
        },
        {
          key: 'reply',
          label: 'Trả lời văn bản',
          children: d.replyTo ? (
            <Link to={`/van-ban-den/${d.replyTo.documentId}`} data-testid="draft-reply-link">
              Số {d.replyTo.soKyHieu || '(không số)'}
              <Typography.Text type="secondary"> — {d.replyTo.trichYeu}</Typography.Text>
            </Link>
          ) : (
            '—'
          ),
        },
        {
          key: 'task',
          label: 'Hoàn thành nhiệm vụ',
          children: d.taskId ? (
            <Link to={`/cong-viec/${d.taskId}`} data-testid="draft-task-link">
              Xem nhiệm vụ
            </Link>
          ) : (
            '—'
          ),
        },
        {
          key: 'recipients',
          label: 'Nơi nhận',
          children: recipients.length > 0 ? recipients.join('; ') : '—',
        },
        { key: 'soLuongBan', label: 'Số lượng bản', children: dash(d.soLuongBan) },
        { key: 'ghiChu', label: 'Ghi chú', children: dash(d.ghiChu) },
        { key: 'updated', label: 'Cập nhật', children: formatDateTime(d.updatedAt) },
        ...(d.documentId
          ? [
              {
                key: 'issued',
                label: 'Văn bản ban hành',
                children: <Link to={`/van-ban-di/${d.documentId}`}>Xem văn bản đã ban hành</Link>,
              },
            ]
          : []),
      ]}
    />
  )
}
