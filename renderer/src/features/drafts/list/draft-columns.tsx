import { Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import { Link } from 'react-router'
import type { DraftRow } from '../../../../../shared/api/outgoing-types'
import { DoKhanTag } from '../../incoming/labels'
import { formatDate } from '../../../ui/format'
import { DraftStatusTag, waitingOn } from '../labels'

export const draftColumns: ColumnsType<DraftRow> = [
  {
    key: 'trichYeu',
    title: 'Trích yếu',
    render: (_v, d) => (
      <div className="draft-title">
        <Link to={`/van-ban-di/du-thao/${d.id}`} onClick={(e) => e.stopPropagation()}>
          {d.trichYeu}
        </Link>
        {d.replyTo ? (
          <Typography.Text type="secondary" className="draft-title__reply">
            Trả lời văn bản số {d.replyTo.soKyHieu}
          </Typography.Text>
        ) : null}
      </div>
    ),
  },
  {
    key: 'loai',
    title: 'Loại',
    width: 150,
    render: (_v, d) => (
      <>
        {d.loaiVanBan} <DoKhanTag value={d.doKhan} />
      </>
    ),
  },
  {
    key: 'unit',
    title: 'Đơn vị soạn',
    width: 190,
    render: (_v, d) => (
      <>
        {d.draftingUnit.name}
        <Typography.Text type="secondary" className="draft-drafter">
          {d.drafter.name}
        </Typography.Text>
      </>
    ),
  },
  {
    key: 'status',
    title: 'Trạng thái',
    width: 200,
    render: (_v, d) => <DraftStatusTag status={d.status} />,
  },
  { key: 'waiting', title: 'Đang chờ', width: 180, render: (_v, d) => waitingOn(d) },
  {
    key: 'updatedAt',
    title: 'Cập nhật',
    width: 110,
    render: (_v, d) => formatDate(d.updatedAt),
  },
]
