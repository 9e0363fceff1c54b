import { ToolOutlined } from '@ant-design/icons'
import { Card, Result, Typography } from 'antd'
import type { ReactElement } from 'react'
import type { Placeholder } from './placeholders'

/** An honest "not yet": the function is being built and arrives in a coming version. */
export function PlaceholderScreen({ title, purpose }: Placeholder): ReactElement {
  return (
    <Card>
      <Result
        icon={<ToolOutlined aria-hidden style={{ color: '#8c9bb0' }} />}
        title={
          <span role="heading" aria-level={1}>
            {title}
          </span>
        }
        subTitle="Chức năng này đang được xây dựng và sẽ có trong phiên bản tới."
        extra={
          <Typography.Paragraph type="secondary" style={{ maxWidth: 560, margin: '0 auto' }}>
            {purpose}
          </Typography.Paragraph>
        }
      />
    </Card>
  )
}
