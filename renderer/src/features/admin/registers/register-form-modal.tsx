import { App, Checkbox, Form, Input, Radio } from 'antd'
import { useState, type ReactElement } from 'react'
import type { Direction, Register } from '../../../../../shared/api/document-types'
import { requiredText } from '../../../../../shared/api/schemas'
import { useCreateRegister, useUpdateRegister } from '../../../api/registers'
import { FormModal } from '../../../ui/form-modal'
import { applyApiError } from '../../../ui/form-errors'
import { zodRule } from '../../../ui/zod-rule'
import { directionName } from './register-labels'

export type RegisterFormTarget =
  | Readonly<{ kind: 'create'; direction: Direction }>
  | Readonly<{ kind: 'edit'; register: Register }>

type Values = {
  direction: Direction
  name: string
  code: string
  secret: boolean
  isDefault: boolean
}

// The contract's own rules, so the person reads the core's wording before sending.
const nameSchema = requiredText('tên sổ', 200)
const codeSchema = requiredText('mã sổ', 20)

type Props = Readonly<{ target: RegisterFormTarget; onClose: () => void }>

/** Adds a register, or renames one. Kind and secrecy are fixed once documents may be in it. */
export function RegisterFormModal({ target, onClose }: Props): ReactElement {
  const [form] = Form.useForm<Values>()
  const create = useCreateRegister()
  const update = useUpdateRegister()
  const { message } = App.useApp()
  const [error, setError] = useState<string | null>(null)
  const editing = target.kind === 'edit' ? target.register : null

  const initial: Values = editing
    ? {
        direction: editing.direction,
        name: editing.name,
        code: editing.code,
        secret: editing.secret,
        isDefault: editing.isDefault,
      }
    : {
        direction: target.kind === 'create' ? target.direction : 'in',
        name: '',
        code: '',
        secret: false,
        isDefault: false,
      }

  const onFinish = async (values: Values): Promise<void> => {
    setError(null)
    try {
      if (editing) {
        await update.mutateAsync({ id: editing.id, name: values.name, code: values.code })
        void message.success(`Đã lưu ${values.name}`)
      } else {
        await create.mutateAsync(values)
        void message.success(`Đã thêm ${values.name}`)
      }
      onClose()
    } catch (err) {
      setError(applyApiError(form, err))
    }
  }

  const pending = create.isPending || update.isPending
  return (
    <FormModal<Values>
      title={editing ? `Sửa sổ: ${editing.name}` : 'Thêm sổ văn bản'}
      form={form}
      initialValues={initial}
      error={error}
      pending={pending}
      onFinish={(values) => void onFinish(values)}
      onClose={onClose}
    >
      {editing ? null : (
        <Form.Item label="Loại sổ" name="direction" rules={[{ required: true }]}>
          <Radio.Group
            optionType="button"
            options={(['in', 'out'] as const).map((d) => ({ value: d, label: directionName[d] }))}
          />
        </Form.Item>
      )}
      <Form.Item
        label="Tên sổ"
        name="name"
        rules={[{ required: true, message: 'Nhập tên sổ' }, zodRule(nameSchema)]}
      >
        <Input autoFocus placeholder="Ví dụ: Sổ văn bản mật đến" />
      </Form.Item>
      <Form.Item
        label="Mã sổ"
        name="code"
        extra="Mã ngắn hiện trong danh sách văn bản, ví dụ VBĐ, MẬT-Đ."
        rules={[{ required: true, message: 'Nhập mã sổ' }, zodRule(codeSchema)]}
      >
        <Input style={{ maxWidth: 200 }} />
      </Form.Item>
      {editing ? null : (
        <>
          <Form.Item
            name="secret"
            valuePropName="checked"
            extra="Văn bản mật được vào sổ riêng này, với dãy số riêng."
            style={{ marginBottom: 12 }}
          >
            <Checkbox>Sổ văn bản mật</Checkbox>
          </Form.Item>
          <Form.Item
            name="isDefault"
            valuePropName="checked"
            extra="Sổ mặc định được chọn sẵn khi vào sổ; sổ mặc định cũ cùng loại thôi là mặc định."
          >
            <Checkbox>Đặt làm sổ mặc định</Checkbox>
          </Form.Item>
        </>
      )}
    </FormModal>
  )
}
