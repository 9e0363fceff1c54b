import { PlusOutlined } from '@ant-design/icons'
import { App, Button, Card, Popconfirm, Space, Table, Tag, Typography } from 'antd'
import type { TableColumnsType } from 'antd'
import { useMemo, useState, type ReactElement } from 'react'
import { useNavigate } from 'react-router'
import type { Unit } from '../../../../../shared/api/types'
import { useSetUnitDisabled, useUnits } from '../../../api/units'
import { useUsers } from '../../../api/users'
import { LoadError } from '../../../ui/status'
import { PageHeader } from '../../../ui/page-header'
import { UnitFormModal, type UnitFormTarget } from './unit-form-modal'
import { buildTree, parentIds, type UnitNode } from './unit-tree'

export function UnitsScreen(): ReactElement {
  const units = useUnits()
  const users = useUsers()
  const navigate = useNavigate()
  const setDisabled = useSetUnitDisabled()
  const { message, modal } = App.useApp()
  const [target, setTarget] = useState<UnitFormTarget | null>(null)
  // Everything starts expanded; we remember only what the person folded.
  const [collapsed, setCollapsed] = useState<ReadonlySet<number>>(new Set())

  const list = useMemo(() => units.data ?? [], [units.data])
  const tree = useMemo(() => buildTree(list), [list])
  const expanded = parentIds(list).filter((id) => !collapsed.has(id))
  const root = list.find((u) => u.parentId === null)
  const memberCount = useMemo(() => {
    const counts = new Map<number, number>()
    for (const user of users.data ?? []) {
      if (!user.disabled) {
        counts.set(user.unitId, (counts.get(user.unitId) ?? 0) + 1)
      }
    }
    return counts
  }, [users.data])

  const toggle = async (unit: Unit): Promise<void> => {
    try {
      await setDisabled.mutateAsync({ id: unit.id, disabled: !unit.disabled })
      void message.success(
        unit.disabled ? `Đã cho ${unit.name} hoạt động lại` : `Đã ngừng hoạt động ${unit.name}`,
      )
    } catch (err) {
      modal.error({
        title: unit.disabled ? 'Không kích hoạt lại được' : 'Không ngừng hoạt động được',
        content: err instanceof Error ? err.message : String(err),
        okText: 'Đã hiểu',
      })
    }
  }

  const columns: TableColumnsType<UnitNode> = [
    {
      title: 'Tên đơn vị',
      dataIndex: 'name',
      // Inline, not a flex box: a long name wraps beside the expand button instead of under it.
      render: (name: string, unit) =>
        unit.parentId === null ? (
          <>
            <Typography.Text strong>{name}</Typography.Text>{' '}
            <Tag color="blue" style={{ marginInlineStart: 4 }}>
              Cơ quan
            </Tag>
          </>
        ) : (
          name
        ),
    },
    { title: 'Tên viết tắt', dataIndex: 'shortName', width: 100 },
    {
      title: 'Mã định danh',
      dataIndex: 'code',
      width: 130,
      render: (code: string | null) =>
        code ?? <Typography.Text type="secondary">—</Typography.Text>,
    },
    {
      title: 'Người dùng',
      key: 'members',
      width: 110,
      align: 'right',
      render: (_v, unit) => (users.data ? (memberCount.get(unit.id) ?? 0) : ''),
    },
    {
      title: 'Trạng thái',
      dataIndex: 'disabled',
      width: 140,
      render: (disabled: boolean) =>
        disabled ? <Tag>Ngừng hoạt động</Tag> : <Tag color="green">Đang hoạt động</Tag>,
    },
    {
      title: 'Thao tác',
      key: 'actions',
      width: 330,
      render: (_v, unit) => (
        <Space size={0}>
          <Button
            type="link"
            size="small"
            disabled={unit.disabled}
            aria-label={`Thêm đơn vị con vào ${unit.name}`}
            onClick={() => setTarget({ kind: 'create', parentId: unit.id })}
          >
            Thêm đơn vị con
          </Button>
          <Button
            type="link"
            size="small"
            aria-label={`Sửa ${unit.name}`}
            onClick={() =>
              unit.parentId === null
                ? void navigate('/quan-tri/co-quan')
                : setTarget({ kind: 'edit', unit })
            }
          >
            Sửa
          </Button>
          {unit.parentId === null ? null : (
            <Popconfirm
              title={
                unit.disabled ? `Cho ${unit.name} hoạt động lại?` : `Ngừng hoạt động ${unit.name}?`
              }
              description={
                unit.disabled
                  ? undefined
                  : 'Đơn vị ngừng hoạt động không nhận văn bản và không gán được người dùng mới.'
              }
              okText={unit.disabled ? 'Kích hoạt lại' : 'Ngừng hoạt động'}
              cancelText="Hủy"
              onConfirm={() => void toggle(unit)}
            >
              <Button
                type="link"
                size="small"
                danger={!unit.disabled}
                aria-label={`${unit.disabled ? 'Kích hoạt lại' : 'Ngừng hoạt động'} ${unit.name}`}
              >
                {unit.disabled ? 'Kích hoạt lại' : 'Ngừng hoạt động'}
              </Button>
            </Popconfirm>
          )}
        </Space>
      ),
    },
  ]

  return (
    <>
      <PageHeader
        title="Đơn vị"
        description="Cơ cấu tổ chức của cơ quan: dùng để gán người dùng và phân công xử lý văn bản."
        extra={
          <Button
            type="primary"
            icon={<PlusOutlined aria-hidden />}
            disabled={!root}
            onClick={() => root && setTarget({ kind: 'create', parentId: root.id })}
          >
            Thêm đơn vị
          </Button>
        }
      />
      <Card styles={{ body: { padding: 0 } }}>
        {units.isError ? (
          <LoadError error={units.error} onRetry={() => void units.refetch()} />
        ) : (
          <Table<UnitNode>
            rowKey="id"
            columns={columns}
            dataSource={tree}
            loading={units.isPending}
            pagination={false}
            size="middle"
            aria-label="Cây đơn vị"
            rowClassName={(unit) => (unit.disabled ? 'row-disabled' : '')}
            expandable={{
              expandedRowKeys: expanded,
              onExpand: (open, unit) =>
                setCollapsed((prev) => {
                  const next = new Set(prev)
                  if (open) {
                    next.delete(unit.id)
                  } else {
                    next.add(unit.id)
                  }
                  return next
                }),
            }}
          />
        )}
      </Card>
      {target ? (
        <UnitFormModal target={target} units={list} onClose={() => setTarget(null)} />
      ) : null}
    </>
  )
}
