import { App, Form, Input, Typography } from 'antd'
import { useState, type ReactElement } from 'react'
import { requiredText } from '../../../../shared/api/schemas'
import { useSaveSearch, type SavedQuery } from '../../api/search'
import { applyApiError } from '../../ui/form-errors'
import { FormModal } from '../../ui/form-modal'
import { zodRule } from '../../ui/zod-rule'

type Values = { name: string }

// The contract's own rule, so the person reads the core's wording before sending.
const nameSchema = requiredText('tên tìm kiếm', 100)

type Props = Readonly<{ query: SavedQuery; summary: string; onClose: () => void }>

/** Keeps the search on screen under a name; the same name again replaces the older one. */
export function SaveSearchModal({ query, summary, onClose }: Props): ReactElement {
  const [form] = Form.useForm<Values>()
  const save = useSaveSearch()
  const { message } = App.useApp()
  const [error, setError] = useState<string | null>(null)

  const onFinish = async ({ name }: Values): Promise<void> => {
    setError(null)
    try {
      const saved = await save.mutateAsync({ name, query })
      void message.success(`Đã lưu tìm kiếm «${saved.name}»`)
      onClose()
    } catch (err) {
      setError(applyApiError(form, err, { query: 'name' }))
    }
  }

  return (
    <FormModal<Values>
      title="Lưu tìm kiếm"
      form={form}
      initialValues={{ name: query.q.trim().slice(0, 100) }}
      error={error}
      pending={save.isPending}
      onFinish={(values) => void onFinish(values)}
      onClose={onClose}
    >
      <Typography.Paragraph type="secondary">{summary}</Typography.Paragraph>
      <Form.Item
        name="name"
        label="Tên tìm kiếm"
        extra="Lưu trùng tên với một tìm kiếm đã có sẽ thay tìm kiếm đó."
        rules={[{ required: true, message: 'Nhập tên tìm kiếm' }, zodRule(nameSchema)]}
      >
        <Input autoFocus maxLength={100} />
      </Form.Item>
    </FormModal>
  )
}
