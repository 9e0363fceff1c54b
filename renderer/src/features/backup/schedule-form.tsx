import { Alert, App, Button, Form, Input, InputNumber, Radio, Switch, Typography } from 'antd'
import { useState, type ReactElement } from 'react'
import { backupScheduleSchema, type BackupSettings } from '../../../../shared/api/methods/backup'
import { applyApiError } from '../../ui/form-errors'
import { zodRule } from '../../ui/zod-rule'
import { useSaveBackupSettings } from './backup-api'

type Values = {
  enabled: boolean
  mode: 'daily' | 'hours'
  at: string
  everyHours: number
  folder: string | null
  keep: number
}

const rule = (key: keyof typeof backupScheduleSchema.shape): ReturnType<typeof zodRule> =>
  zodRule(backupScheduleSchema.shape[key])

/** When to back up, where to, and how many to keep. */
export function ScheduleForm({ settings }: { settings: BackupSettings }): ReactElement {
  const save = useSaveBackupSettings()
  const [form] = Form.useForm<Values>()
  const { message } = App.useApp()
  const [error, setError] = useState<string | null>(null)
  const mode = Form.useWatch('mode', form) ?? settings.mode

  const onFinish = async (): Promise<void> => {
    setError(null)
    // Every field, shown or not: the hidden one of "at" / "everyHours" keeps its value.
    const v = form.getFieldsValue(true) as Values
    try {
      const saved = await save.mutateAsync({
        enabled: v.enabled,
        mode: v.mode,
        at: v.at,
        everyHours: v.everyHours,
        folder: v.folder?.trim() || null,
        keep: v.keep,
      })
      void message.success(
        saved.enabled
          ? `Đã lưu lịch sao lưu; giữ lại ${saved.keep} bản gần nhất`
          : 'Đã lưu: tắt sao lưu tự động',
      )
    } catch (err) {
      setError(applyApiError(form, err))
    }
  }

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      initialValues={settings}
      onFinish={() => void onFinish()}
      disabled={save.isPending}
      aria-label="Lịch sao lưu tự động"
    >
      {error ? (
        <Alert type="error" showIcon role="alert" title={error} style={{ marginBottom: 16 }} />
      ) : null}
      <Form.Item name="enabled" label="Sao lưu tự động" valuePropName="checked">
        <Switch checkedChildren="Bật" unCheckedChildren="Tắt" />
      </Form.Item>
      <Form.Item name="mode" label="Lặp lại">
        <Radio.Group
          options={[
            { value: 'daily', label: 'Hằng ngày' },
            { value: 'hours', label: 'Sau mỗi số giờ' },
          ]}
        />
      </Form.Item>
      {mode === 'daily' ? (
        <Form.Item
          name="at"
          label="Vào lúc (giờ Việt Nam)"
          rules={[rule('at')]}
          extra="Máy tắt vào giờ này thì bản sao lưu được tạo ngay khi ứng dụng mở lại."
        >
          <Input placeholder="23:00" style={{ width: 120 }} />
        </Form.Item>
      ) : (
        <Form.Item name="everyHours" label="Mỗi (giờ)" rules={[rule('everyHours')]}>
          <InputNumber style={{ width: 120 }} />
        </Form.Item>
      )}
      <Form.Item name="keep" label="Số bản giữ lại" rules={[rule('keep')]}>
        <InputNumber style={{ width: 120 }} />
      </Form.Item>
      <Form.Item
        name="folder"
        label="Thư mục lưu"
        extra={
          <Typography.Text type="secondary">
            Để trống: {settings.defaultFolder}. Nên chọn ổ khác hoặc ổ ngoài để phòng hỏng ổ đĩa.
          </Typography.Text>
        }
      >
        <Input placeholder={settings.defaultFolder} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={save.isPending}>
        Lưu lịch sao lưu
      </Button>
    </Form>
  )
}
