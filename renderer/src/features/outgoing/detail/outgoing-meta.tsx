import { Descriptions, Space, Tag, Typography } from 'antd'
import type { ReactElement } from 'react'
import type { DocumentDetail } from '../../../../../shared/api/document-types'
import { formatDate, formatDateTime } from '../../../ui/format'
import { DoKhanTag, DoMatTag } from '../../incoming/labels'
import { outgoingStatusColors, outgoingStatusLabel } from '../labels'

const dash = (v: string | number | null | undefined): string =>
  v === null || v === undefined || v === '' ? '—' : String(v)

/** What the register and the signature block say about one issued document. */
export function OutgoingMeta({ doc }: { doc: DocumentDetail }): ReactElement {
  const out = doc.outgoing
  return (
    <Descriptions
      bordered
      size="small"
      column={1}
      styles={{ label: { width: 150 } }}
      items={[
        { key: 'register', label: 'Sổ', children: doc.registerName },
        {
          key: 'soKyHieu',
          label: 'Số, ký hiệu',
          children: (
            <Typography.Text strong data-testid="so-ky-hieu">
              {dash(doc.soKyHieu)}
            </Typography.Text>
          ),
        },
        { key: 'ngayBanHanh', label: 'Ngày ban hành', children: formatDate(doc.ngayBanHanh) },
        {
          key: 'loai',
          label: 'Loại văn bản',
          children: `${doc.loaiVanBan}${out?.quyPham ? ' (quy phạm pháp luật)' : ''}`,
        },
        { key: 'trichYeu', label: 'Trích yếu', children: doc.trichYeu },
        { key: 'unit', label: 'Đơn vị soạn thảo', children: dash(out?.draftingUnit?.name) },
        {
          key: 'nguoiKy',
          label: 'Người ký',
          children: (
            <>
              {out?.signatureTitle ? (
                <Typography.Text type="secondary" style={{ display: 'block' }}>
                  {out.signatureTitle}
                </Typography.Text>
              ) : null}
              {dash(doc.nguoiKy)}
            </>
          ),
        },
        {
          key: 'muc',
          label: 'Độ khẩn, độ mật',
          children: (
            <Space size={4}>
              <DoKhanTag value={doc.doKhan} />
              <DoMatTag value={doc.doMat} />
              {doc.doKhan === 'thuong' && doc.doMat === 'thuong' ? 'Thường' : null}
            </Space>
          ),
        },
        { key: 'soTrang', label: 'Số trang', children: dash(doc.soTrang) },
        { key: 'soLuongBan', label: 'Số lượng bản', children: dash(out?.soLuongBan) },
        {
          key: 'status',
          label: 'Trạng thái',
          children: (
            <>
              <Tag color={outgoingStatusColors[doc.status]}>{outgoingStatusLabel(doc.status)}</Tag>
              {out?.recallReason ? (
                <Typography.Text type="secondary">
                  {formatDateTime(out.recalledAt)} · {out.recallReason}
                </Typography.Text>
              ) : null}
            </>
          ),
        },
        { key: 'ghiChu', label: 'Ghi chú', children: dash(doc.ghiChu) },
        {
          key: 'created',
          label: 'Ban hành lúc',
          children: `${formatDateTime(doc.createdAt)}${doc.createdBy ? ` · ${doc.createdBy}` : ''}`,
        },
      ]}
    />
  )
}
