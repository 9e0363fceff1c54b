import { Alert, App, Button, Card, Form, Input } from 'antd'
import { useState, type ReactElement } from 'react'
import { shortNameSchema, unitNameSchema } from '../../../../../shared/api/schemas'
import { useAgency, useUpdateAgency } from '../../../api/agency'
import { applyApiError } from '../../../ui/form-errors'
import { organIdRule, organIdValue } from '../../../ui/organ-id'
import { PageHeader } from '../../../ui/page-header'
import { LoadError } from '../../../ui/status'
import { zodRule } from '../../../ui/zod-rule'

type Values = { name: string; shortName: string; code?: string | null }

export function AgencyScreen(): ReactElement {
  const agency = useAgency()
  const update = useUpdateAgency()
  const [form] = Form.useForm<Values>()
  const { message } = App.useApp()
  const [error, setError] = useState<string | null>(null)

  const onFinish = async (values: Values): Promise<void> => {
    setError(null)
    try {
      await update.mutateAsync({ ...values, code: organIdValue(values.code) })
      void message.success('Đã lưu thông tin cơ quan')
    } catch (err) {
      setError(applyApiError(form, err))
    }
  }

  return (
    <>
      <PageHeader
        title="Cơ quan"
        description="Tên cơ quan hiện ở đầu màn hình và trong văn bản; tên viết tắt dùng trong ký hiệu văn bản."
      />
      <Card style={{ maxWidth: 640 }} loading={agency.isPending}>
        {agency.isError ? (
          <LoadError error={agency.error} onRetry={() => void agency.refetch()} />
        ) : agency.data ? (
          <Form<Values>
            form={form}
            layout="vertical"
            initialValues={agency.data}
            onFinish={(values) => void onFinish(values)}
            disabled={update.isPending}
          >
            {error ? (
              <Alert
                type="error"
                showIcon
                role="alert"
                title={error}
                style={{ marginBottom: 16 }}
              />
            ) : null}
            <Form.Item
              label="Tên cơ quan"
              name="name"
              rules={[{ required: true, message: 'Nhập tên cơ quan' }, zodRule(unitNameSchema)]}
            >
              <Input />
            </Form.Item>
            <Form.Item
              label="Tên viết tắt"
              name="shortName"
              extra="Dùng trong ký hiệu văn bản, ví dụ 12/UBND-VP."
              rules={[{ required: true, message: 'Nhập tên viết tắt' }, zodRule(shortNameSchema)]}
            >
              <Input style={{ maxWidth: 200 }} />
            </Form.Item>
            <Form.Item
              label="Mã định danh (không bắt buộc)"
              name="code"
              extra="Theo QCVN 102:2016/BTTTT, dạng 000.00.00.H49."
              rules={[organIdRule]}
            >
              <Input placeholder="000.00.00.H49" style={{ maxWidth: 200 }} />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={update.isPending}>
              Lưu thay đổi
            </Button>
          </Form>
        ) : null}
      </Card>
    </>
  )
}
