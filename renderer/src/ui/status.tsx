import { Button, Result, Spin } from 'antd'
import type { ReactElement } from 'react'

export function FullPageSpin({ label = 'Đang tải…' }: { label?: string }): ReactElement {
  return (
    <div className="full-page-center" role="status" aria-live="polite">
      <Spin size="large" />
      <span className="full-page-center__label">{label}</span>
    </div>
  )
}

type ErrorProps = Readonly<{ error: unknown; onRetry?: () => void; title?: string }>

/** A failed load, with the core's message and a way to try again. Never a silent blank. */
export function LoadError({
  error,
  onRetry,
  title = 'Không tải được dữ liệu',
}: ErrorProps): ReactElement {
  const message = error instanceof Error ? error.message : 'Đã có lỗi không mong muốn.'
  return (
    <Result
      status="error"
      title={title}
      subTitle={message}
      extra={
        onRetry ? (
          <Button type="primary" onClick={onRetry}>
            Thử lại
          </Button>
        ) : null
      }
    />
  )
}
