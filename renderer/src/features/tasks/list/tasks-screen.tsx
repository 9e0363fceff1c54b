import { PlusOutlined } from '@ant-design/icons'
import { Button, Table, Tabs } from 'antd'
import { useState, type ReactElement } from 'react'
import { useNavigate } from 'react-router'
import { useTaskList, type TaskFilter } from '../../../api/tasks'
import { useCurrentUser } from '../../../app/current-user'
import { PageHeader } from '../../../ui/page-header'
import { LoadError } from '../../../ui/status'
import { CreateTaskModal } from '../form/create-task-modal'
import { BucketChips } from './bucket-chips'
import { taskColumns } from './task-columns'
import { TaskFilters } from './task-filters'
import { useTaskParams, type View } from './use-task-params'
import '../tasks.css'

const PAGE = 50

/** `/cong-viec`: the tasks I do, I gave, or may see, by tracking bucket. */
export function TasksScreen(): ReactElement {
  const user = useCurrentUser()
  const leader = user.roles.includes('lanh_dao')
  const [params, update] = useTaskParams(leader ? 'all' : 'mine')
  const [creating, setCreating] = useState(false)
  const navigate = useNavigate()
  const filter: TaskFilter = {
    view: params.view,
    ...(params.bucket ? { bucket: params.bucket } : {}),
    ...(params.unitId ? { unitId: params.unitId } : {}),
    ...(params.priority ? { priority: params.priority } : {}),
    ...(params.from ? { from: params.from } : {}),
    ...(params.to ? { to: params.to } : {}),
    ...(params.q.trim() ? { q: params.q.trim() } : {}),
  }
  const list = useTaskList(filter, (params.page - 1) * PAGE, PAGE)

  const tabs: { key: View; label: string }[] = [
    { key: 'mine', label: 'Việc của tôi' },
    ...(leader ? [{ key: 'assigned' as const, label: 'Tôi giao' }] : []),
    { key: 'all', label: 'Tất cả' },
  ]

  return (
    <>
      <PageHeader
        title="Công việc"
        description="Nhiệm vụ được giao từ ý kiến chỉ đạo và cuộc họp, theo dõi đến khi hoàn thành."
        extra={
          leader ? (
            <Button
              type="primary"
              icon={<PlusOutlined aria-hidden />}
              onClick={() => setCreating(true)}
            >
              Giao nhiệm vụ
            </Button>
          ) : null
        }
      />
      <Tabs
        activeKey={params.view}
        items={tabs}
        onChange={(key) => update({ view: key as View })}
      />
      <div className="tasks-toolbar">
        <BucketChips
          value={params.bucket}
          counts={list.data?.counts}
          onChange={(bucket) => update({ bucket })}
        />
        <TaskFilters params={params} onChange={update} />
      </div>
      {list.isError ? (
        <LoadError error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <Table
          rowKey="id"
          size="middle"
          className="tasks-table"
          scroll={{ x: 1000 }}
          loading={list.isFetching && !list.data}
          columns={taskColumns}
          dataSource={list.data?.rows ?? []}
          locale={{ emptyText: 'Không có nhiệm vụ nào khớp bộ lọc.' }}
          rowClassName={(t) => (t.bucket === 'qua_han' ? 'tasks-table__row--late' : '')}
          onRow={(t) => ({
            onDoubleClick: () => void navigate(`/cong-viec/${t.id}`),
          })}
          pagination={{
            current: params.page,
            pageSize: PAGE,
            total: list.data?.total ?? 0,
            showSizeChanger: false,
            hideOnSinglePage: true,
            showTotal: (n) => `${n} nhiệm vụ`,
            onChange: (page) => update({ page }),
          }}
        />
      )}
      {creating ? <CreateTaskModal onClose={() => setCreating(false)} /> : null}
    </>
  )
}
