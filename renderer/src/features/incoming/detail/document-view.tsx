import { FilePdfOutlined } from '@ant-design/icons'
import { Card, Col, Descriptions, Row, Space, Tag, Typography } from 'antd'
import { useState, type ReactElement } from 'react'
import type { DocumentDetail } from '../../../../../shared/api/document-types'
import { phuongThucNhanLabels } from '../../../../../shared/domain/levels'
import { formatDate, formatDateTime } from '../../../ui/format'
import { DocumentLinks } from '../../outgoing/document-links'
import { FilePreview } from '../file-preview'
import { DoKhanTag, DoMatTag, statusLabel } from '../labels'
import { TextStatusTag } from '../text-status-tag'
import { HistoryList } from './history-list'
import '../incoming.css'

type Props = Readonly<{ doc: DocumentDetail; compact?: boolean }>

const dash = (v: string | number | null | undefined): string =>
  v === null || v === undefined || v === '' ? '—' : String(v)

/** Everything about one incoming document: its metadata, its files, and what changed. */
export function DocumentView({ doc, compact }: Props): ReactElement {
  const [selected, setSelected] = useState<string | null>(doc.files[0]?.sha256 ?? null)
  const file = doc.files.find((f) => f.sha256 === selected) ?? doc.files[0] ?? null
  const span = compact ? 24 : undefined

  const meta = (
    <Descriptions
      bordered
      size="small"
      column={1}
      styles={{ label: { width: 150 } }}
      items={[
        { key: 'register', label: 'Sổ', children: doc.registerName },
        {
          key: 'soDen',
          label: 'Số đến',
          children: <Typography.Text strong>{dash(doc.soDen)}</Typography.Text>,
        },
        { key: 'ngayDen', label: 'Ngày đến', children: formatDate(doc.ngayDen) },
        { key: 'soKyHieu', label: 'Số, ký hiệu', children: dash(doc.soKyHieu) },
        { key: 'ngayBanHanh', label: 'Ngày ban hành', children: formatDate(doc.ngayBanHanh) },
        { key: 'coQuan', label: 'Cơ quan ban hành', children: dash(doc.coQuanBanHanh) },
        { key: 'loai', label: 'Loại văn bản', children: doc.loaiVanBan },
        { key: 'trichYeu', label: 'Trích yếu', children: doc.trichYeu },
        {
          key: 'nguoiKy',
          label: 'Người ký',
          children: [doc.chucVuNguoiKy, doc.nguoiKy].filter(Boolean).join(' ') || '—',
        },
        { key: 'soTrang', label: 'Số trang', children: dash(doc.soTrang) },
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
        { key: 'han', label: 'Hạn xử lý', children: formatDate(doc.hanXuLy) },
        {
          key: 'nhan',
          label: 'Đơn vị, người nhận',
          children: [doc.donViNhan, doc.nguoiNhan, doc.noiNhan].filter(Boolean).join(' · ') || '—',
        },
        {
          key: 'phuongThuc',
          label: 'Phương thức nhận',
          children: doc.phuongThuc ? phuongThucNhanLabels[doc.phuongThuc] : '—',
        },
        { key: 'status', label: 'Trạng thái', children: <Tag>{statusLabel(doc.status)}</Tag> },
        { key: 'ghiChu', label: 'Ghi chú', children: dash(doc.ghiChu) },
        {
          key: 'created',
          label: 'Vào sổ lúc',
          children: `${formatDateTime(doc.createdAt)}${doc.createdBy ? ` · ${doc.createdBy}` : ''}`,
        },
      ]}
    />
  )

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={span ?? 10}>
        <Card size="small" title="Thông tin văn bản">
          {meta}
        </Card>
        {doc.links.length > 0 ? (
          <Card size="small" title="Văn bản liên quan" style={{ marginTop: 16 }}>
            <DocumentLinks links={doc.links} />
          </Card>
        ) : null}
        <Card size="small" title="Lịch sử thay đổi" style={{ marginTop: 16 }}>
          <HistoryList entries={doc.history} />
        </Card>
      </Col>
      <Col xs={24} xl={span ?? 14}>
        <Card size="small" title={`Tệp đính kèm (${doc.files.length})`}>
          {doc.files.length > 0 ? (
            <ul className="attachments__list" aria-label="Tệp đính kèm">
              {doc.files.map((f) => (
                <li
                  key={f.sha256}
                  className={`attachments__row${f.sha256 === file?.sha256 ? ' attachments__row--selected' : ''}`}
                >
                  <button
                    type="button"
                    className="attachments__name"
                    onClick={() => setSelected(f.sha256)}
                  >
                    <FilePdfOutlined style={{ color: '#c0392b' }} aria-hidden />
                    <span>{f.name}</span>
                  </button>
                  <span className="attachments__meta">
                    {f.pages ? <Tag>{f.pages} trang</Tag> : null}
                    <TextStatusTag status={f.textStatus} />
                  </span>
                </li>
              ))}
            </ul>
          ) : (
            <Typography.Paragraph type="secondary">
              Văn bản không có tệp đính kèm.
            </Typography.Paragraph>
          )}
          {file ? <FilePreview file={file} height={compact ? 560 : 'calc(100vh - 260px)'} /> : null}
        </Card>
      </Col>
    </Row>
  )
}
