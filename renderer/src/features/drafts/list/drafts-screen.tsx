import { PlusOutlined } from '@ant-design/icons'
import { Button, Select, Table, Tabs, Typography } from 'antd'
import type { ReactElement } from 'react'
import { useNavigate, useSearchParams } from 'react-router'
import {
  draftStatuses,
  draftStatusLabels,
  type DraftStatus,
} from '../../../../../shared/api/outgoing-types'
import { useDraftList, type DraftFilter } from '../../../api/drafts'
import { useCurrentUser } from '../../../app/current-user'
import { PageHeader } from '../../../ui/page-header'
import { LoadError } from '../../../ui/status'
import { draftColumns } from './draft-columns'
import '../drafts.css'

type Box = NonNullable<DraftFilter['box']>
const boxes: { key: Box; label: string }[] = [
  { key: 'mine', label: 'Của tôi' },
  { key: 'waiting', label: 'Chờ tôi xử lý' },
  { key: 'all', label: 'Tất cả' },
]

const isBox = (v: string | null): v is Box => boxes.some((b) => b.key === v)
const isStatus = (v: string | null): v is DraftStatus =>
  (draftStatuses as readonly (string | null)[]).includes(v)

/** `/van-ban-di/du-thao`: the drafts I wrote, those waiting on me, all I may see. */
export function DraftsScreen(): ReactElement {
  const user = useCurrentUser()
  const navigate = useNavigate()
  const [params, setParams] = useSearchParams()
  // A leader's and a clerk's work is what waits on them; a specialist's is what they wrote.
  const own: Box = user.roles.some((r) => r === 'lanh_dao' || r === 'van_thu') ? 'waiting' : 'mine'
  const tab = params.get('hop')
  const box: Box = isBox(tab) ? tab : own
  const statusParam = params.get('trang-thai')
  const status = isStatus(statusParam) ? statusParam : undefined
  const list = useDraftList({ box, ...(status ? { status } : {}) })

  const update = (change: { box?: Box; status?: DraftStatus | null }): void => {
    const next = new URLSearchParams(params)
    if (change.box) {
      next.set('hop', change.box)
    }
    if (change.status !== undefined) {
      if (change.status) {
        next.set('trang-thai', change.status)
      } else {
        next.delete('trang-thai')
      }
    }
    setParams(next, { replace: true })
  }

  const rows = list.data?.rows ?? []
  const total = list.data?.total ?? 0
  return (
    <>
      <PageHeader
        title="Dự thảo văn bản"
        description="Soạn, trình duyệt, kiểm tra thể thức và ký duyệt trước khi ban hành."
        extra={
          <Button
            type="primary"
            icon={<PlusOutlined aria-hidden />}
            onClick={() => void navigate('/van-ban-di/du-thao/moi')}
          >
            Soạn dự thảo
          </Button>
        }
      />
      <Tabs
        activeKey={box}
        items={boxes}
        onChange={(key) => update({ box: key as Box })}
        tabBarExtraContent={
          <Select<DraftStatus>
            allowClear
            aria-label="Lọc theo trạng thái"
            placeholder="Mọi trạng thái"
            style={{ width: 260 }}
            value={status}
            onChange={(v) => update({ status: v ?? null })}
            options={draftStatuses.map((s) => ({ value: s, label: draftStatusLabels[s] }))}
          />
        }
      />
      {list.isError ? (
        <LoadError error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <>
          <Table
            rowKey="id"
            size="middle"
            className="drafts-table"
            scroll={{ x: 1000 }}
            loading={list.isFetching && !list.data}
            columns={draftColumns}
            dataSource={rows}
            locale={{ emptyText: 'Không có dự thảo nào.' }}
            onRow={(d) => ({ onClick: () => void navigate(`/van-ban-di/du-thao/${d.id}`) })}
            pagination={{
              pageSize: 50,
              showSizeChanger: false,
              hideOnSinglePage: true,
              showTotal: (n) => `${n} dự thảo`,
            }}
          />
          {total > rows.length ? (
            <Typography.Text type="secondary">
              Hiển thị {rows.length}/{total} dự thảo mới cập nhật nhất; lọc theo trạng thái để thấy
              các dự thảo khác.
            </Typography.Text>
          ) : null}
        </>
      )}
    </>
  )
}
