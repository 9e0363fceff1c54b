import { PlusOutlined, SearchOutlined } from '@ant-design/icons'
import { Card, Button, Flex, Input, Select, Table } from 'antd'
import { useDeferredValue, useMemo, useState, type ReactElement } from 'react'
import type { User } from '../../../../../shared/api/types'
import { useUnits } from '../../../api/units'
import { useUsers } from '../../../api/users'
import { useCurrentUser } from '../../../app/current-user'
import { PageHeader } from '../../../ui/page-header'
import { LoadError } from '../../../ui/status'
import { buildTree, subtreeIds, unitOptions } from '../units/unit-tree'
import { UnitTreeSelect } from '../units/unit-tree-select'
import { ResetPasswordModal } from './reset-password-modal'
import { useUserActions } from './use-user-actions'
import { userColumns } from './user-columns'
import { UserFormDrawer, type UserFormTarget } from './user-form-drawer'
import { matchUser, type StatusFilter } from './user-search'

export function UsersScreen(): ReactElement {
  const me = useCurrentUser()
  const users = useUsers()
  const units = useUnits()
  const actions = useUserActions()
  const [text, setText] = useState('')
  const [unitId, setUnitId] = useState<number | undefined>(undefined)
  const [status, setStatus] = useState<StatusFilter>('all')
  const [formTarget, setFormTarget] = useState<UserFormTarget | null>(null)
  const [resetting, setResetting] = useState<User | null>(null)
  const query = useDeferredValue(text)

  const unitList = useMemo(() => units.data ?? [], [units.data])
  const tree = useMemo(() => buildTree(unitList), [unitList])
  const names = useMemo(() => new Map(unitList.map((u) => [u.id, u.name])), [unitList])
  const unitName = (id: number): string => names.get(id) ?? ''
  const filterChoices = useMemo(() => unitOptions(tree), [tree])
  // New users go only to units that are still active.
  const formChoices = useMemo(() => unitOptions(tree, { hideDisabled: true }), [tree])

  const rows = useMemo(() => {
    const scope = unitId !== undefined ? subtreeIds(unitList, unitId) : null
    const filter = { text: query, unitIds: scope, status }
    return (users.data ?? []).filter((u) => matchUser(u, names.get(u.unitId) ?? '', filter))
  }, [users.data, unitList, names, unitId, query, status])

  const columns = userColumns({
    unitName,
    selfId: me.id,
    onEdit: (user) => setFormTarget({ kind: 'edit', user }),
    onResetPassword: setResetting,
    actions,
  })

  return (
    <>
      <PageHeader
        title="Người dùng"
        description="Tài khoản của cán bộ trong cơ quan, đơn vị công tác và vai trò của từng người."
        extra={
          <Button
            type="primary"
            icon={<PlusOutlined aria-hidden />}
            onClick={() => setFormTarget({ kind: 'create', ...(unitId ? { unitId } : {}) })}
          >
            Thêm người dùng
          </Button>
        }
      />
      <Card styles={{ body: { padding: 0 } }}>
        <Flex gap={12} wrap style={{ padding: 16 }}>
          <Input
            allowClear
            prefix={<SearchOutlined aria-hidden />}
            placeholder="Tìm theo tên, tên đăng nhập, chức vụ…"
            aria-label="Tìm người dùng"
            value={text}
            onChange={(e) => setText(e.target.value)}
            style={{ width: 320 }}
          />
          <UnitTreeSelect
            aria-label="Lọc theo đơn vị"
            placeholder="Tất cả đơn vị"
            allowClear
            options={filterChoices}
            value={unitId ?? null}
            onChange={setUnitId}
            style={{ width: 280 }}
          />
          <Select<StatusFilter>
            aria-label="Lọc theo trạng thái"
            value={status}
            onChange={setStatus}
            style={{ width: 180 }}
            options={[
              { value: 'all', label: 'Mọi trạng thái' },
              { value: 'active', label: 'Đang hoạt động' },
              { value: 'locked', label: 'Đã khóa' },
            ]}
          />
        </Flex>
        {users.isError ? (
          <LoadError error={users.error} onRetry={() => void users.refetch()} />
        ) : (
          <Table<User>
            rowKey="id"
            aria-label="Danh sách người dùng"
            columns={columns}
            dataSource={rows}
            loading={users.isPending}
            size="middle"
            scroll={{ x: 1000 }}
            rowClassName={(u) => (u.disabled ? 'row-disabled' : '')}
            locale={{ emptyText: text || unitId ? 'Không có người dùng phù hợp' : undefined }}
            pagination={{
              defaultPageSize: 20,
              hideOnSinglePage: true,
              showTotal: (total) => `${total} người dùng`,
            }}
          />
        )}
      </Card>
      {formTarget ? (
        <UserFormDrawer
          target={formTarget}
          unitChoices={formChoices}
          onClose={() => setFormTarget(null)}
        />
      ) : null}
      {resetting ? (
        <ResetPasswordModal user={resetting} onClose={() => setResetting(null)} />
      ) : null}
    </>
  )
}
