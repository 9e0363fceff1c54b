import { Card, Flex, Typography } from 'antd'
import type { ReactElement, ReactNode } from 'react'
import { DownloadButtons } from './download-buttons'
import type { ReportFormat } from './use-report-download'

type Props = Readonly<{
  title: string
  icon: ReactNode
  description: ReactNode
  /** A link beside the title, e.g. to the register on screen. */
  extra?: ReactNode
  /** The report's parameters: labelled fields side by side. */
  children: ReactNode
  pending: ReportFormat | null
  disabled?: boolean
  onDownload: (format: ReportFormat) => void
}>

/** One printable report: what it is, its parameters, and the two downloads. */
export function ReportCard(p: Props): ReactElement {
  return (
    <Card
      role="region"
      aria-label={p.title}
      title={
        <Flex gap={8} align="center">
          <span aria-hidden className="report-card__icon">
            {p.icon}
          </span>
          <span>{p.title}</span>
        </Flex>
      }
      extra={p.extra}
    >
      <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
        {p.description}
      </Typography.Paragraph>
      <Flex gap={16} align="flex-end" wrap justify="space-between">
        <Flex gap={16} align="flex-end" wrap>
          {p.children}
        </Flex>
        <DownloadButtons
          pending={p.pending}
          disabled={p.disabled ?? false}
          onDownload={p.onDownload}
        />
      </Flex>
    </Card>
  )
}
