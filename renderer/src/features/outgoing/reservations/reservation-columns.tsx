import { Button, Flex, Tag, Typography } from 'antd'
import type { TableColumnsType } from 'antd'
import { Link } from 'react-router'
import {
  reservationStatusLabels,
  type Reservation,
  type ReservationStatus,
} from '../../../../../shared/api/outgoing-types'
import { formatDateTime } from '../../../ui/format'

const statusColors: Readonly<Record<ReservationStatus, string>> = {
  dang_giu: 'blue',
  da_dung: 'green',
  da_tra: 'default',
  cap_lai: 'purple',
}

type Actions = Readonly<{
  /** With one outgoing register (the usual case) the column says nothing. */
  showRegister: boolean
  onIssue: (r: Reservation) => void
  onRelease: (r: Reservation) => void
}>

/** The numbers taken ahead, as the văn thư reads them: number first, then what it is for. */
export function reservationColumns({
  showRegister,
  onIssue,
  onRelease,
}: Actions): TableColumnsType<Reservation> {
  const columns: TableColumnsType<Reservation> = [
    { key: 'year', title: 'Năm', dataIndex: 'year', width: 64 },
    { key: 'register', title: 'Sổ', dataIndex: 'registerName', width: 130 },
    { key: 'number', title: 'Số', dataIndex: 'number', width: 56 },
    {
      key: 'soKyHieu',
      title: 'Số, ký hiệu',
      width: 140,
      render: (_v, r) => <Typography.Text strong>{r.soKyHieu}</Typography.Text>,
    },
    { key: 'loai', title: 'Loại', dataIndex: 'loaiVanBan', width: 100 },
    {
      key: 'trichYeu',
      title: 'Trích yếu',
      render: (_v, r) => (
        <>
          {r.trichYeu ?? <Typography.Text type="secondary">—</Typography.Text>}
          {r.note ? (
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              Ghi chú: {r.note}
            </Typography.Text>
          ) : null}
          {r.releaseReason ? (
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              Lý do trả số: {r.releaseReason}
            </Typography.Text>
          ) : null}
        </>
      ),
    },
    {
      key: 'status',
      title: 'Trạng thái',
      width: 130,
      render: (_v, r) => (
        <Tag color={statusColors[r.status]}>{reservationStatusLabels[r.status]}</Tag>
      ),
    },
    {
      key: 'by',
      title: 'Người lấy, ngày',
      width: 160,
      render: (_v, r) => (
        <>
          {r.reservedBy ?? '—'}
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
            {formatDateTime(r.reservedAt)}
          </Typography.Text>
        </>
      ),
    },
    {
      key: 'actions',
      title: '',
      width: 170,
      // Always in view, however narrow the window.
      fixed: 'right',
      render: (_v, r) =>
        r.status === 'dang_giu' ? (
          <Flex gap={4} vertical align="flex-start">
            <Button size="small" type="primary" onClick={() => onIssue(r)}>
              Ban hành với số này
            </Button>
            <Button size="small" danger onClick={() => onRelease(r)}>
              Trả số
            </Button>
          </Flex>
        ) : r.documentId !== null ? (
          <Link to={`/van-ban-di/${r.documentId}`}>Xem văn bản</Link>
        ) : null,
    },
  ]
  return showRegister ? columns : columns.filter((c) => c.key !== 'register')
}
