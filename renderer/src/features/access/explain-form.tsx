import { Alert, Button, Form, Input } from 'antd'
import type { ReactElement } from 'react'
import { useUsers } from '../../api/users'
import { PersonSelect } from '../tasks/form/person-select'
import { useExplain } from './use-access'

type Values = { userId: number | null; document: string }

/** The admin's question: pick a person, type a document's id or số/ký hiệu, read the reasons. */
export function ExplainForm(): ReactElement {
  const [form] = Form.useForm<Values>()
  const users = useUsers()
  const explain = useExplain()
  const onFinish = (v: Values): void => {
    const doc = v.document.trim()
    explain.mutate(
      /^\d+$/.test(doc)
        ? { userId: v.userId ?? 0, documentId: Number(doc) }
        : { userId: v.userId ?? 0, soKyHieu: doc },
    )
  }
  const r = explain.data
  return (
    <>
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ userId: null, document: '' }}
        onFinish={onFinish}
      >
        <Form.Item
          label="Người dùng"
          name="userId"
          rules={[{ required: true, message: 'Chọn người dùng' }]}
        >
          <PersonSelect people={users.data ?? []} aria-label="Người dùng" />
        </Form.Item>
        <Form.Item
          label="Văn bản (mã hoặc số/ký hiệu)"
          name="document"
          rules={[{ required: true, whitespace: true, message: 'Nhập mã hoặc số/ký hiệu văn bản' }]}
        >
          <Input placeholder="Ví dụ 12 hoặc 45/QĐ-UBND" aria-label="Văn bản" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={explain.isPending}>
          Kiểm tra
        </Button>
      </Form>
      {explain.isError ? (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={explain.error.message}
          style={{ marginTop: 16 }}
        />
      ) : null}
      {r ? (
        <Alert
          role="status"
          style={{ marginTop: 16 }}
          type={r.canSee ? 'success' : 'warning'}
          showIcon
          title={`${r.user.fullName} ${r.canSee ? 'xem được' : 'không xem được'} văn bản ${r.document.soKyHieu} (độ mật: ${r.document.doMat})`}
          description={
            <ul style={{ margin: 0, paddingLeft: 20 }}>
              {r.reasons.map((reason) => (
                <li key={reason}>{reason}</li>
              ))}
            </ul>
          }
        />
      ) : null}
    </>
  )
}
