import { LockOutlined, UserOutlined } from '@ant-design/icons'
import { Alert, Button, Form, Input, type InputRef } from 'antd'
import { useEffect, useRef, useState, type ReactElement } from 'react'
import { useAuthNotice } from '../../api/auth-notice'
import { useLogin } from '../../api/auth'
import { isApiError } from '../../api/client'
import { CenteredPage } from '../../ui/centered-page'

type Values = { username: string; password: string }

/** Counts down the seconds the core asked us to wait after too many wrong passwords. */
function useCountdown(): [number, (seconds: number) => void] {
  const [until, setUntil] = useState(0)
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    if (until <= now) {
      return undefined
    }
    const timer = window.setTimeout(() => setNow(Date.now()), 250)
    return () => window.clearTimeout(timer)
  }, [until, now])
  const left = Math.max(0, Math.ceil((until - now) / 1000))
  return [
    left,
    (seconds) => {
      const start = Date.now()
      setNow(start)
      setUntil(start + seconds * 1000)
    },
  ]
}

export function LoginScreen({ agencyName }: { agencyName: string | null }): ReactElement {
  const [form] = Form.useForm<Values>()
  const login = useLogin()
  const notice = useAuthNotice()
  const [error, setError] = useState<string | null>(null)
  const passwordRef = useRef<InputRef>(null)
  const [wait, startWait] = useCountdown()
  // The core throttles per login name: only that name has to wait, not whoever types next.
  const [throttled, setThrottled] = useState<string | null>(null)
  const username = Form.useWatch('username', form)
  const mustWait = wait > 0 && throttled !== null && throttled === username?.trim().toLowerCase()

  const onFinish = async (values: Values): Promise<void> => {
    setError(null)
    try {
      await login.mutateAsync(values)
    } catch (err) {
      setError(err instanceof Error ? err.message : 'Không đăng nhập được')
      if (isApiError(err, 'RATE_LIMITED') && err.retryAfter) {
        setThrottled(values.username.trim().toLowerCase())
        startWait(err.retryAfter)
      }
      // Wrong password: clear it and put the cursor back, ready to retype.
      form.setFieldValue('password', '')
      passwordRef.current?.focus()
    }
  }

  return (
    <CenteredPage title="Đăng nhập" subtitle={agencyName ?? undefined}>
      {notice && !error ? (
        <Alert type="warning" showIcon title={notice} style={{ marginBottom: 16 }} />
      ) : null}
      {error ? (
        <Alert type="error" showIcon role="alert" title={error} style={{ marginBottom: 16 }} />
      ) : null}
      <Form<Values>
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={(values) => void onFinish(values)}
        disabled={login.isPending}
      >
        <Form.Item
          label="Tên đăng nhập"
          name="username"
          rules={[{ required: true, whitespace: true, message: 'Nhập tên đăng nhập' }]}
        >
          <Input
            prefix={<UserOutlined aria-hidden />}
            autoFocus
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            size="large"
          />
        </Form.Item>
        <Form.Item
          label="Mật khẩu"
          name="password"
          rules={[{ required: true, message: 'Nhập mật khẩu' }]}
        >
          <Input.Password
            ref={passwordRef}
            prefix={<LockOutlined aria-hidden />}
            autoComplete="current-password"
            size="large"
          />
        </Form.Item>
        <Button
          type="primary"
          htmlType="submit"
          size="large"
          block
          loading={login.isPending}
          disabled={mustWait}
        >
          {mustWait ? `Thử lại sau ${wait} giây` : 'Đăng nhập'}
        </Button>
      </Form>
    </CenteredPage>
  )
}
