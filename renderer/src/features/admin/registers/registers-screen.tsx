import { PlusOutlined } from '@ant-design/icons'
import { App, Button, Card, Flex, Popconfirm, Segmented, Space, Table, Tag, Typography } from 'antd'
import type { TableColumnsType } from 'antd'
import { useMemo, useState, type ReactElement } from 'react'
import type { Direction, Register } from '../../../../../shared/api/document-types'
import { useAllRegisters, useSetRegisterDisabled, useUpdateRegister } from '../../../api/registers'
import { PageHeader } from '../../../ui/page-header'
import { LoadError } from '../../../ui/status'
import { RegisterFormModal, type RegisterFormTarget } from './register-form-modal'
import { directionName, directionPhrase, directionShort } from './register-labels'

type Filter = 'all' | Direction

const messageOf = (err: unknown): string =>
  err instanceof Error ? err.message : 'Đã có lỗi không mong muốn.'

export function RegistersScreen(): ReactElement {
  const registers = useAllRegisters()
  const update = useUpdateRegister()
  const setDisabled = useSetRegisterDisabled()
  const { message, modal } = App.useApp()
  const [filter, setFilter] = useState<Filter>('all')
  const [target, setTarget] = useState<RegisterFormTarget | null>(null)

  const list = useMemo(() => registers.data ?? [], [registers.data])
  const rows = filter === 'all' ? list : list.filter((r) => r.direction === filter)
  const count = (d: Direction): number => list.filter((r) => r.direction === d).length

  const makeDefault = async (r: Register): Promise<void> => {
    try {
      await update.mutateAsync({ id: r.id, isDefault: true })
      void message.success(`${r.name} là sổ mặc định cho ${directionPhrase[r.direction]}`)
    } catch (err) {
      modal.error({
        title: 'Không đặt làm mặc định được',
        content: messageOf(err),
        okText: 'Đã hiểu',
      })
    }
  }

  const toggle = async (r: Register): Promise<void> => {
    try {
      await setDisabled.mutateAsync({ id: r.id, disabled: !r.disabled })
      void message.success(r.disabled ? `Đã dùng lại ${r.name}` : `Đã ngừng sử dụng ${r.name}`)
    } catch (err) {
      modal.error({
        title: r.disabled ? 'Không dùng lại được' : 'Không ngừng sử dụng được',
        content: messageOf(err),
        okText: 'Đã hiểu',
      })
    }
  }

  const columns: TableColumnsType<Register> = [
    {
      title: 'Tên sổ',
      dataIndex: 'name',
      render: (name: string, r) => (
        <>
          <Typography.Text strong={r.isDefault}>{name}</Typography.Text>
          {r.isDefault ? (
            <Tag color="blue" style={{ marginInlineStart: 8 }}>
              Mặc định
            </Tag>
          ) : null}
          {r.secret ? (
            <Tag color="red" style={{ marginInlineStart: 8 }}>
              Văn bản mật
            </Tag>
          ) : null}
        </>
      ),
    },
    { title: 'Mã sổ', dataIndex: 'code', width: 120 },
    {
      title: 'Loại',
      dataIndex: 'direction',
      width: 90,
      render: (d: Direction) => directionShort[d],
    },
    {
      title: 'Trạng thái',
      dataIndex: 'disabled',
      width: 150,
      render: (disabled: boolean) =>
        disabled ? <Tag>Ngừng sử dụng</Tag> : <Tag color="green">Đang dùng</Tag>,
    },
    {
      title: 'Thao tác',
      key: 'actions',
      width: 340,
      render: (_v, r) => (
        <Space size={0}>
          <Button
            type="link"
            size="small"
            aria-label={`Sửa ${r.name}`}
            onClick={() => setTarget({ kind: 'edit', register: r })}
          >
            Sửa
          </Button>
          <Button
            type="link"
            size="small"
            // The core refuses a disabled default; the current default needs nothing.
            disabled={r.isDefault || r.disabled}
            aria-label={`Đặt ${r.name} làm mặc định`}
            onClick={() => void makeDefault(r)}
          >
            Đặt làm mặc định
          </Button>
          {r.disabled ? (
            <Button
              type="link"
              size="small"
              aria-label={`Dùng lại ${r.name}`}
              onClick={() => void toggle(r)}
            >
              Dùng lại
            </Button>
          ) : (
            <Popconfirm
              title={`Ngừng sử dụng ${r.name}?`}
              description="Sổ ngừng sử dụng không còn được chọn khi vào sổ; văn bản đã vào sổ vẫn giữ nguyên."
              okText="Ngừng sử dụng"
              okButtonProps={{ danger: true }}
              cancelText="Hủy"
              onConfirm={() => void toggle(r)}
            >
              <Button type="link" size="small" danger aria-label={`Ngừng sử dụng ${r.name}`}>
                Ngừng sử dụng
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
        title="Sổ văn bản"
        description={
          <>
            Số đến và số văn bản được đánh từ 01 bắt đầu mỗi năm, riêng trong từng sổ (Nghị định
            30/2020/NĐ-CP). Văn bản mật vào sổ mật riêng, có dãy số riêng.
          </>
        }
        extra={
          <Button
            type="primary"
            icon={<PlusOutlined aria-hidden />}
            onClick={() =>
              setTarget({ kind: 'create', direction: filter === 'all' ? 'in' : filter })
            }
          >
            Thêm sổ
          </Button>
        }
      />
      <Card styles={{ body: { padding: 0 } }}>
        <Flex style={{ padding: 16 }}>
          <Segmented<Filter>
            aria-label="Lọc theo loại sổ"
            value={filter}
            onChange={setFilter}
            options={[
              { value: 'all', label: `Tất cả (${list.length})` },
              { value: 'in', label: `${directionName.in} (${count('in')})` },
              { value: 'out', label: `${directionName.out} (${count('out')})` },
            ]}
          />
        </Flex>
        {registers.isError ? (
          <LoadError error={registers.error} onRetry={() => void registers.refetch()} />
        ) : (
          <Table<Register>
            rowKey="id"
            aria-label="Danh sách sổ văn bản"
            columns={columns}
            dataSource={rows}
            loading={registers.isPending}
            pagination={false}
            size="middle"
            rowClassName={(r) => (r.disabled ? 'row-disabled' : '')}
          />
        )}
      </Card>
      {target ? <RegisterFormModal target={target} onClose={() => setTarget(null)} /> : null}
    </>
  )
}
