import { Typography } from 'antd'
import type { TableColumnsType } from 'antd'
import type { ReactNode } from 'react'
import type { Direction, DocumentRow } from '../../../../../shared/api/document-types'
import type { DocumentFilter } from '../../../api/documents'
import { formatDate } from '../../../ui/format'
import { outgoingStatusLabel } from '../../outgoing/labels'
import { DoKhanTag, DoMatTag, statusLabel } from '../labels'
import { isPlaceholder, type Slot } from './use-register-rows'

export type SortField = NonNullable<DocumentFilter['sort']>['field']
export type Sort = Readonly<{ field: SortField; order: 'asc' | 'desc' }>

export type Column = Readonly<{
  key: string
  title: string
  width: number
  sortField?: SortField
  /** Shown unless the person hides it. */
  initial: boolean
  /** The column that names the row: it cannot be hidden. */
  locked?: boolean
  render: (row: DocumentRow) => ReactNode
}>

const clamp = (text: string | null, lines = 2): ReactNode => (
  <Typography.Paragraph ellipsis={{ rows: lines, tooltip: text }} style={{ margin: 0 }}>
    {text ?? '—'}
  </Typography.Paragraph>
)

const doKhanColumn: Column = {
  key: 'doKhan',
  title: 'Độ khẩn',
  width: 110,
  initial: true,
  render: (r) => <DoKhanTag value={r.doKhan} />,
}

/** The paper register's columns (NĐ 30 Phụ lục IV), then what the screen can add. */
export const INCOMING_COLUMNS: readonly Column[] = [
  {
    key: 'soDen',
    title: 'Số đến',
    width: 92,
    sortField: 'soDen',
    initial: true,
    locked: true,
    render: (r) => <Typography.Text strong>{r.soDen ?? '—'}</Typography.Text>,
  },
  {
    key: 'ngayDen',
    title: 'Ngày đến',
    width: 104,
    sortField: 'ngayDen',
    initial: true,
    render: (r) => formatDate(r.ngayDen),
  },
  {
    key: 'coQuanBanHanh',
    title: 'Cơ quan ban hành',
    width: 190,
    sortField: 'coQuanBanHanh',
    initial: true,
    render: (r) => clamp(r.coQuanBanHanh),
  },
  {
    key: 'soKyHieu',
    title: 'Số ký hiệu',
    width: 150,
    sortField: 'soKyHieu',
    initial: true,
    render: (r) => r.soKyHieu || '—',
  },
  {
    key: 'ngayBanHanh',
    title: 'Ngày văn bản',
    width: 124,
    sortField: 'ngayBanHanh',
    initial: true,
    render: (r) => formatDate(r.ngayBanHanh),
  },
  {
    key: 'trichYeu',
    title: 'Loại và trích yếu',
    width: 380,
    sortField: 'trichYeu',
    initial: true,
    render: (r) => (
      <Typography.Paragraph ellipsis={{ rows: 2, tooltip: r.trichYeu }} style={{ margin: 0 }}>
        <Typography.Text strong>{r.loaiVanBan}</Typography.Text> {r.trichYeu}
      </Typography.Paragraph>
    ),
  },
  {
    key: 'nhan',
    title: 'Đơn vị, người nhận',
    width: 170,
    initial: true,
    render: (r) => clamp([r.donViNhan, r.nguoiNhan].filter(Boolean).join(' · ') || null),
  },
  {
    key: 'hanXuLy',
    title: 'Hạn xử lý',
    width: 104,
    sortField: 'hanXuLy',
    initial: true,
    render: (r) => formatDate(r.hanXuLy),
  },
  doKhanColumn,
  {
    key: 'doMat',
    title: 'Độ mật',
    width: 90,
    initial: false,
    render: (r) => <DoMatTag value={r.doMat} />,
  },
  {
    key: 'status',
    title: 'Trạng thái',
    width: 130,
    initial: false,
    render: (r) => statusLabel(r.status),
  },
  { key: 'fileCount', title: 'Số tệp', width: 72, initial: false, render: (r) => r.fileCount },
]

/**
 * Sổ văn bản đi: what the clerk looks a document up by (NĐ 30 Phụ lục IV), then what the
 * screen can add. The numbering column sorts by the register's own series.
 */
export const OUTGOING_COLUMNS: readonly Column[] = [
  {
    key: 'soKyHieu',
    title: 'Số, ký hiệu',
    width: 130,
    sortField: 'soDen',
    initial: true,
    locked: true,
    render: (r) => <Typography.Text strong>{r.soKyHieu || '—'}</Typography.Text>,
  },
  {
    key: 'ngayBanHanh',
    title: 'Ngày ban hành',
    width: 115,
    sortField: 'ngayBanHanh',
    initial: true,
    render: (r) => formatDate(r.ngayBanHanh),
  },
  { key: 'loai', title: 'Loại', width: 105, initial: true, render: (r) => r.loaiVanBan },
  {
    key: 'trichYeu',
    title: 'Trích yếu',
    width: 270,
    sortField: 'trichYeu',
    initial: true,
    render: (r) => clamp(r.trichYeu),
  },
  { key: 'nguoiKy', title: 'Người ký', width: 145, initial: true, render: (r) => clamp(r.nguoiKy) },
  { key: 'noiNhan', title: 'Nơi nhận', width: 190, initial: true, render: (r) => clamp(r.noiNhan) },
  {
    key: 'status',
    title: 'Trạng thái',
    width: 120,
    initial: true,
    render: (r) => outgoingStatusLabel(r.status),
  },
  { ...doKhanColumn, initial: false },
  {
    key: 'doMat',
    title: 'Độ mật',
    width: 90,
    initial: false,
    render: (r) => <DoMatTag value={r.doMat} />,
  },
  { key: 'fileCount', title: 'Số tệp', width: 72, initial: false, render: (r) => r.fileCount },
]

export const registerColumns = (direction: Direction): readonly Column[] =>
  direction === 'in' ? INCOMING_COLUMNS : OUTGOING_COLUMNS

export const initialColumns = (columns: readonly Column[]): string[] =>
  columns.filter((c) => c.initial).map((c) => c.key)

/** antd columns for the visible keys, sorted by the core as the header shows. */
export function tableColumns(
  columns: readonly Column[],
  visible: readonly string[],
  sort: Sort,
): TableColumnsType<Slot> {
  return columns
    .filter((c) => visible.includes(c.key))
    .map((c) => ({
      key: c.key,
      title: c.title,
      width: c.width,
      sorter: c.sortField !== undefined,
      sortOrder: c.sortField === sort.field ? (sort.order === 'asc' ? 'ascend' : 'descend') : null,
      render: (_v: unknown, slot: Slot) =>
        isPlaceholder(slot) ? <span className="row-loading">…</span> : c.render(slot),
    }))
}
