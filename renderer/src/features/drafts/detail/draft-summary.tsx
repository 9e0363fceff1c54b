import { Alert, Card, Flex, Typography } from 'antd'
import type { ReactElement, ReactNode } from 'react'
import type { DraftDetail } from '../../../../../shared/api/outgoing-types'
import { formatDateTime } from '../../../ui/format'
import { DraftActionBar } from '../actions/draft-action-bar'
import { DraftStatusTag, waitingOn } from '../labels'

function Fact({ label, children }: { label: string; children: ReactNode }): ReactElement {
  return (
    <Flex vertical gap={4}>
      <Typography.Text type="secondary">{label}</Typography.Text>
      {children}
    </Flex>
  )
}

/** The first glance: where the draft stands, which version, who must act, and what to do. */
export function DraftSummary({ draft: d }: { draft: DraftDetail }): ReactElement {
  // A returned draft is back with its drafter together with the words that sent it back.
  const lastReturn =
    d.status === 'tra_lai' ? d.steps.findLast((s) => s.action === 'tra_lai') : undefined
  return (
    <Card size="small" style={{ marginBottom: 16 }}>
      <Flex gap={32} wrap align="flex-start">
        <Fact label="Trạng thái">
          <span>
            <DraftStatusTag status={d.status} />
          </span>
        </Fact>
        <Fact label="Phiên bản">
          <Typography.Text strong data-testid="draft-version">
            {d.version}
          </Typography.Text>
        </Fact>
        <Fact label="Đang chờ">
          <Typography.Text strong data-testid="draft-waiting">
            {waitingOn(d)}
          </Typography.Text>
        </Fact>
      </Flex>
      {lastReturn ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginTop: 12 }}
          data-testid="draft-return-note"
          title={`${lastReturn.actor.name} trả lại lúc ${formatDateTime(lastReturn.at)}${lastReturn.comment ? `: ${lastReturn.comment}` : ''}`}
        />
      ) : null}
      <div style={{ marginTop: 12 }}>
        <DraftActionBar draft={d} />
      </div>
    </Card>
  )
}
