import { Empty, Timeline, Typography } from 'antd'
import type { ReactElement } from 'react'
import type { DocumentHistoryEntry } from '../../../../../shared/api/document-types'
import {
  doKhanLabels,
  doMatLabels,
  phuongThucNhanLabels,
} from '../../../../../shared/domain/levels'
import { formatDate, formatDateTime } from '../../../ui/format'
import { outgoingStatusLabels } from '../../outgoing/labels'
import { statusLabels } from '../labels'

const fieldLabels: Readonly<Record<string, string>> = {
  registerId: 'Sổ',
  soDen: 'Số đến',
  ngayDen: 'Ngày đến',
  so: 'Số',
  kyHieu: 'Ký hiệu',
  ngayBanHanh: 'Ngày ban hành',
  coQuanBanHanh: 'Cơ quan ban hành',
  loaiVanBan: 'Loại văn bản',
  trichYeu: 'Trích yếu',
  nguoiKy: 'Người ký',
  chucVuNguoiKy: 'Chức vụ người ký',
  soTrang: 'Số trang',
  doKhan: 'Độ khẩn',
  doMat: 'Độ mật',
  hanXuLy: 'Hạn xử lý',
  donViNhanId: 'Đơn vị nhận',
  nguoiNhanId: 'Người nhận',
  noiNhan: 'Nơi nhận',
  phuongThuc: 'Phương thức nhận',
  ghiChu: 'Ghi chú',
  files: 'Tệp đính kèm',
  status: 'Trạng thái',
  traLoi: 'Trả lời bằng văn bản',
  thayTheBoi: 'Thay thế bởi văn bản',
  dinhChinhBoi: 'Đính chính bởi văn bản',
  lyDoThuHoi: 'Lý do thu hồi',
}

const actionLabels: Readonly<Record<string, string>> = {
  'documents.registerIncoming': 'Vào sổ',
  'documents.updateIncoming': 'Sửa thông tin',
  'documents.import': 'Nhập vào sổ từ dữ liệu có sẵn',
  'documents.present': 'Trình lãnh đạo',
  'documents.direct': 'Cho ý kiến chỉ đạo',
  'outgoing.issue': 'Ban hành văn bản đi',
  'outgoing.send': 'Đánh dấu đã gửi',
  'outgoing.addRecipients': 'Thêm nơi nhận',
  'outgoing.receive': 'Đơn vị đã nhận',
  'outgoing.recall': 'Thu hồi',
  'access.grant': 'Cấp quyền xem',
  'access.revoke': 'Thu hồi quyền xem',
  'documents.get': 'Mở xem văn bản mật',
  'files.content': 'Tải tệp của văn bản mật',
}

const allStatusLabels: Readonly<Record<string, string>> = {
  ...statusLabels,
  ...outgoingStatusLabels,
}

function actorName(actor: string): string {
  return actor.startsWith('system:') ? 'Hệ thống' : actor
}

/** Only what really changed: the core may list a field whose value stayed the same. */
function realChanges(changes: DocumentHistoryEntry['changes']): [string, [unknown, unknown]][] {
  return Object.entries(changes ?? {}).filter(
    ([, [before, after]]) => JSON.stringify(before ?? null) !== JSON.stringify(after ?? null),
  )
}

function show(field: string, value: unknown): string {
  if (
    value === null ||
    value === undefined ||
    value === '' ||
    (Array.isArray(value) && value.length === 0)
  ) {
    return '(trống)'
  }
  if (typeof value === 'string') {
    if (field === 'doKhan') {
      return doKhanLabels[value as keyof typeof doKhanLabels] ?? value
    }
    if (field === 'doMat') {
      return doMatLabels[value as keyof typeof doMatLabels] ?? value
    }
    if (field === 'status') {
      return allStatusLabels[value] ?? value
    }
    if (field === 'phuongThuc') {
      return phuongThucNhanLabels[value as keyof typeof phuongThucNhanLabels] ?? value
    }
    return /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDate(value) : value
  }
  if (Array.isArray(value)) {
    return value
      .map((v: unknown) =>
        typeof v === 'object' && v !== null && 'name' in v ? String(v.name) : JSON.stringify(v),
      )
      .join(', ')
  }
  if (typeof value === 'boolean') {
    return value ? 'Có' : 'Không'
  }
  return typeof value === 'number' ? String(value) : JSON.stringify(value)
}

/** Every change to the document: when, who, and each field before → after. */
export function HistoryList({
  entries,
}: {
  entries: readonly DocumentHistoryEntry[]
}): ReactElement {
  if (entries.length === 0) {
    return <Empty description="Chưa có thay đổi nào được ghi lại." />
  }
  return (
    <Timeline
      className="history-list"
      items={entries.map((h, i) => ({
        key: `${h.at}-${i}`,
        content: (
          <div>
            <Typography.Text strong>{actionLabels[h.method] ?? h.method}</Typography.Text>
            <Typography.Text type="secondary">
              {' '}
              · {formatDateTime(h.at)} · {actorName(h.actor)}
            </Typography.Text>
            {realChanges(h.changes).length > 0 ? (
              <ul className="history-list__changes">
                {realChanges(h.changes).map(([field, [before, after]]) => (
                  <li key={field}>
                    <Typography.Text>{fieldLabels[field] ?? field}: </Typography.Text>
                    <Typography.Text delete type="secondary">
                      {show(field, before)}
                    </Typography.Text>
                    {' → '}
                    <Typography.Text>{show(field, after)}</Typography.Text>
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
        ),
      }))}
    />
  )
}
