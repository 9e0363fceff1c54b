import { MoreOutlined } from '@ant-design/icons'
import { Button, Dropdown, Space, Tag, Typography } from 'antd'
import type { TableColumnsType } from 'antd'
import type { User } from '../../../../../shared/api/types'
import { formatDateTime } from '../../../ui/format'
import { RoleTags } from '../../../ui/role-tags'
import { compareByGivenName } from './user-search'
import type { UserActions } from './use-user-actions'

type Options = Readonly<{
  unitName: (id: number) => string
  selfId: number
  onEdit: (user: User) => void
  onResetPassword: (user: User) => void
  actions: UserActions
}>

export function userColumns({
  unitName,
  selfId,
  onEdit,
  onResetPassword,
  actions,
}: Options): TableColumnsType<User> {
  return [
    {
      title: 'Họ tên',
      dataIndex: 'fullName',
      width: 210,
      sorter: compareByGivenName,
      defaultSortOrder: 'ascend',
      // The login name sits under the person's name: one column less on a laptop screen.
      render: (name: string, user) => (
        <div style={{ display: 'flex', flexDirection: 'column', alignItems: 'flex-start' }}>
          <Typography.Text strong>{name}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {user.username}
          </Typography.Text>
        </div>
      ),
    },
    { title: 'Chức vụ', dataIndex: 'position' },
    { title: 'Đơn vị', dataIndex: 'unitId', render: (id: number) => unitName(id) },
    {
      title: 'Vai trò',
      dataIndex: 'roles',
      width: 130,
      render: (_r, user) => <RoleTags roles={user.roles} />,
    },
    {
      title: 'Trạng thái',
      key: 'status',
      width: 150,
      render: (_v, user) => (
        <Space size={4} wrap>
          {user.disabled ? <Tag color="red">Đã khóa</Tag> : <Tag color="green">Đang hoạt động</Tag>}
          {user.mustChangePassword && !user.disabled ? (
            <Tag color="orange">Chưa đổi mật khẩu</Tag>
          ) : null}
        </Space>
      ),
    },
    {
      title: 'Đăng nhập gần nhất',
      dataIndex: 'lastLoginAt',
      width: 170,
      render: (at: string | null) => formatDateTime(at),
    },
    {
      title: 'Thao tác',
      key: 'actions',
      width: 100,
      // Reachable without scrolling sideways on narrow screens.
      fixed: 'right',
      render: (_v, user) => (
        <Space size={0}>
          <Button
            type="link"
            size="small"
            aria-label={`Sửa ${user.fullName}`}
            onClick={() => onEdit(user)}
          >
            Sửa
          </Button>
          <Dropdown
            trigger={['click']}
            menu={{
              items: [
                { key: 'reset', label: 'Đặt lại mật khẩu' },
                user.disabled
                  ? { key: 'unlock', label: 'Mở khóa' }
                  : { key: 'lock', label: 'Khóa', disabled: user.id === selfId },
                { type: 'divider' },
                { key: 'delete', label: 'Xóa', danger: true, disabled: user.id === selfId },
              ],
              onClick: ({ key }) => {
                if (key === 'reset') {
                  onResetPassword(user)
                } else if (key === 'lock') {
                  actions.lock(user)
                } else if (key === 'unlock') {
                  void actions.unlock(user)
                } else if (key === 'delete') {
                  actions.remove(user)
                }
              },
            }}
          >
            <Button
              type="text"
              size="small"
              icon={<MoreOutlined aria-hidden />}
              aria-label={`Thao tác khác với ${user.fullName}`}
            />
          </Dropdown>
        </Space>
      ),
    },
  ]
}
