import { Flex, Typography } from 'antd'
import type { ReactElement, ReactNode } from 'react'

type Props = Readonly<{ title: string; description?: ReactNode; extra?: ReactNode }>

/** The title line of a screen inside the main layout. */
export function PageHeader({ title, description, extra }: Props): ReactElement {
  return (
    <Flex justify="space-between" align="flex-start" gap={16} wrap style={{ marginBottom: 16 }}>
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
        {description ? <Typography.Text type="secondary">{description}</Typography.Text> : null}
      </div>
      {extra ? <Flex gap={8}>{extra}</Flex> : null}
    </Flex>
  )
}
