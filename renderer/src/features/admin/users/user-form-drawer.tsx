import { Alert, App, Button, Col, Drawer, Flex, Form, Input, Row, Select } from 'antd'
import { useState, type ReactElement } from 'react'
import { roleLabels, roles, type Role } from '../../../../../shared/api/roles'
import {
  fullNameSchema,
  passwordSchema,
  positionSchema,
  usernameSchema,
} from '../../../../../shared/api/schemas'
import type { User } from '../../../../../shared/api/types'
import { useCreateUser, useUpdateUser } from '../../../api/users'
import { EnterSubmits } from '../../../ui/form-actions'
import { applyApiError } from '../../../ui/form-errors'
import { zodRule } from '../../../ui/zod-rule'
import type { UnitOption } from '../units/unit-tree'
import { UnitTreeSelect } from '../units/unit-tree-select'

export type UserFormTarget =
  Readonly<{ kind: 'create'; unitId?: number }> | Readonly<{ kind: 'edit'; user: User }>

type Values = {
  fullName: string
  username: string
  position: string
  unitId?: number
  roles: Role[]
  password?: string
  email?: string | null
  phone?: string | null
}

type Props = Readonly<{ target: UserFormTarget; unitChoices: UnitOption[]; onClose: () => void }>

const roleOptions = roles.map((role) => ({ value: role, label: roleLabels[role] }))

/** Adds a user, or edits one; the login name is fixed once the account exists. */
export function UserFormDrawer({ target, unitChoices, onClose }: Props): ReactElement {
  const [form] = Form.useForm<Values>()
  const create = useCreateUser()
  const update = useUpdateUser()
  const { message } = App.useApp()
  const [error, setError] = useState<string | null>(null)
  const editing = target.kind === 'edit' ? target.user : null

  const initial: Partial<Values> = editing
    ? {
        fullName: editing.fullName,
        username: editing.username,
        position: editing.position,
        unitId: editing.unitId,
        roles: editing.roles,
        email: editing.email,
        phone: editing.phone,
      }
    : { roles: ['chuyen_vien'], ...(target.kind === 'create' ? { unitId: target.unitId } : {}) }

  const onFinish = async (values: Values): Promise<void> => {
    setError(null)
    const common = {
      fullName: values.fullName,
      position: values.position,
      unitId: values.unitId ?? 0,
      roles: values.roles,
      email: values.email ?? null,
      phone: values.phone ?? null,
    }
    try {
      if (editing) {
        await update.mutateAsync({ id: editing.id, ...common })
        void message.success(`Đã lưu thông tin ${values.fullName}`)
      } else {
        await create.mutateAsync({
          ...common,
          username: values.username,
          password: values.password ?? '',
        })
        void message.success(
          `Đã thêm ${values.fullName}. Người này sẽ đổi mật khẩu ở lần đăng nhập đầu tiên.`,
        )
      }
      onClose()
    } catch (err) {
      setError(applyApiError(form, err))
    }
  }

  const pending = create.isPending || update.isPending
  return (
    <Drawer
      open
      title={editing ? `Sửa người dùng: ${editing.fullName}` : 'Thêm người dùng'}
      onClose={onClose}
      size={520}
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>Hủy</Button>
          <Button type="primary" loading={pending} onClick={() => form.submit()}>
            Lưu
          </Button>
        </Flex>
      }
    >
      {error ? (
        <Alert type="error" showIcon role="alert" title={error} style={{ marginBottom: 16 }} />
      ) : null}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={initial}
        onFinish={(values) => void onFinish(values)}
        disabled={pending}
      >
        <Form.Item
          label="Họ tên"
          name="fullName"
          rules={[{ required: true, message: 'Nhập họ tên' }, zodRule(fullNameSchema)]}
        >
          <Input autoFocus placeholder="Ví dụ: Nguyễn Thị Hoa" />
        </Form.Item>
        <Form.Item
          label="Tên đăng nhập"
          name="username"
          extra={editing ? 'Không đổi được tên đăng nhập.' : 'Chữ không dấu, số, dấu chấm, gạch.'}
          rules={
            editing
              ? []
              : [{ required: true, message: 'Nhập tên đăng nhập' }, zodRule(usernameSchema)]
          }
        >
          <Input disabled={editing !== null} autoCapitalize="none" spellCheck={false} />
        </Form.Item>
        <Form.Item
          label="Chức vụ"
          name="position"
          rules={[{ required: true, message: 'Nhập chức vụ' }, zodRule(positionSchema)]}
        >
          <Input placeholder="Ví dụ: Chuyên viên, Trưởng phòng" />
        </Form.Item>
        <Form.Item
          label="Đơn vị"
          name="unitId"
          rules={[{ required: true, message: 'Chọn đơn vị' }]}
        >
          <UnitTreeSelect options={unitChoices} />
        </Form.Item>
        <Form.Item
          label="Vai trò"
          name="roles"
          rules={[{ required: true, type: 'array', min: 1, message: 'Chọn ít nhất một vai trò' }]}
        >
          <Select mode="multiple" options={roleOptions} placeholder="Chọn vai trò" />
        </Form.Item>
        {editing ? null : (
          <Form.Item
            label="Mật khẩu ban đầu"
            name="password"
            extra="Ít nhất 8 ký tự. Người dùng phải đổi mật khẩu này khi đăng nhập lần đầu."
            rules={[{ required: true, message: 'Nhập mật khẩu ban đầu' }, zodRule(passwordSchema)]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        )}
        <Row gutter={16}>
          <Col span={14}>
            <Form.Item
              label="Email"
              name="email"
              rules={[{ type: 'email', message: 'Email không hợp lệ' }, { max: 100 }]}
            >
              <Input type="email" autoComplete="off" />
            </Form.Item>
          </Col>
          <Col span={10}>
            <Form.Item
              label="Điện thoại"
              name="phone"
              rules={[{ max: 20, message: 'Số điện thoại dài tối đa 20 ký tự' }]}
            >
              <Input type="tel" autoComplete="off" />
            </Form.Item>
          </Col>
        </Row>
        <EnterSubmits />
      </Form>
    </Drawer>
  )
}
