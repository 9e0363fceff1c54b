import { Alert, App, Button, Card, Form } from 'antd'
import { useState, type ReactElement } from 'react'
import { useAgency, useUpdateAgency } from '../../../api/agency'
import { applyApiError } from '../../../ui/form-errors'
import { DueSoonCard } from '../../dashboard/settings/due-soon-card'
import { organIdValue } from '../../../ui/organ-id'
import { PageHeader } from '../../../ui/page-header'
import { LoadError } from '../../../ui/status'
import { UnitIdentityFields } from '../../../ui/unit-identity-fields'

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
            <UnitIdentityFields
              names={{ name: 'name', shortName: 'shortName', code: 'code' }}
              noun="cơ quan"
              kyHieuExample="12/UBND-VP"
            />
            <Button type="primary" htmlType="submit" loading={update.isPending}>
              Lưu thay đổi
            </Button>
          </Form>
        ) : null}
      </Card>
      <DueSoonCard />
    </>
  )
}
