import { Alert, App, Button, Card, Flex, Form, InputNumber, Typography } from 'antd'
import { useState, type ReactElement } from 'react'
import { taskMethods } from '../../../../../shared/api/methods/tasks'
import { useTaskSettings, useUpdateTaskSettings } from '../../../api/dashboard'
import { applyApiError } from '../../../ui/form-errors'
import { LoadError } from '../../../ui/status'
import { zodRule } from '../../../ui/zod-rule'

type Values = { dueSoonDays: number }

const daysRule = zodRule(taskMethods['tasks.updateSettings'].input.shape.dueSoonDays)

/**
 * How many days ahead a task counts as "sắp đến hạn": the overview's card and lists, the task
 * lists' bucket and the reminders all judge with this one number.
 */
export function DueSoonCard(): ReactElement {
  const settings = useTaskSettings()
  const update = useUpdateTaskSettings()
  const [form] = Form.useForm<Values>()
  const { message } = App.useApp()
  const [error, setError] = useState<string | null>(null)

  const onFinish = async (values: Values): Promise<void> => {
    setError(null)
    try {
      const saved = await update.mutateAsync(values)
      void message.success(`Đã lưu: cảnh báo trước ${saved.dueSoonDays} ngày`)
    } catch (err) {
      setError(applyApiError(form, err))
    }
  }

  return (
    <Card
      title="Nhắc hạn nhiệm vụ"
      style={{ maxWidth: 640, marginTop: 16 }}
      loading={settings.isPending}
      data-testid="due-soon-settings"
    >
      {settings.isError ? (
        <LoadError error={settings.error} onRetry={() => void settings.refetch()} />
      ) : settings.data ? (
        <Form<Values>
          form={form}
          initialValues={settings.data}
          onFinish={(values) => void onFinish(values)}
          disabled={update.isPending}
        >
          {error ? (
            <Alert type="error" showIcon role="alert" title={error} style={{ marginBottom: 16 }} />
          ) : null}
          <Flex align="baseline" gap={8} wrap>
            <label htmlFor="dueSoonDays">Cảnh báo sắp đến hạn trước</label>
            {/* No min/max clamp: a number out of range is explained, not silently changed. */}
            <Form.Item
              name="dueSoonDays"
              noStyle
              rules={[{ required: true, message: 'Nhập số ngày' }, daysRule]}
            >
              <InputNumber id="dueSoonDays" precision={0} style={{ width: 80 }} />
            </Form.Item>
            <span>ngày</span>
            <Button type="primary" htmlType="submit" loading={update.isPending}>
              Lưu
            </Button>
          </Flex>
          <Form.Item noStyle shouldUpdate>
            {() => {
              const errors = form.getFieldError('dueSoonDays')
              return errors.length > 0 ? (
                <Typography.Text type="danger" role="alert">
                  {errors[0]}
                </Typography.Text>
              ) : null
            }}
          </Form.Item>
          <Typography.Paragraph type="secondary" style={{ margin: '12px 0 0' }}>
            Nhiệm vụ chưa hoàn thành có hạn trong số ngày này (tính cả ngày nghỉ) được đánh dấu “sắp
            đến hạn” trên Tổng quan, trong danh sách công việc, và được nhắc cho người chủ trì.
          </Typography.Paragraph>
        </Form>
      ) : null}
    </Card>
  )
}
