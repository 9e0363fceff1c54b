import { Card, Typography } from 'antd'
import type { ReactElement, ReactNode } from 'react'

type Props = Readonly<{
  title: string
  subtitle?: ReactNode
  width?: number
  children: ReactNode
}>

/** The frame of the screens shown before the main layout: setup, login, forced password change. */
export function CenteredPage({ title, subtitle, width = 420, children }: Props): ReactElement {
  return (
    <main className="centered-page">
      <div className="centered-page__brand" aria-hidden="true">
        Văn Thư
      </div>
      <Card className="centered-page__card" style={{ width, maxWidth: '100%' }}>
        <Typography.Title level={3} style={{ marginTop: 0, marginBottom: 4 }}>
          {title}
        </Typography.Title>
        {subtitle ? (
          <Typography.Paragraph type="secondary" style={{ marginBottom: 24 }}>
            {subtitle}
          </Typography.Paragraph>
        ) : null}
        {children}
      </Card>
      <Typography.Text type="secondary" className="centered-page__footer">
        Văn Thư — quản lý văn bản và điều hành
      </Typography.Text>
    </main>
  )
}
