import { Col, Empty, Flex, Row, Skeleton, Typography } from 'antd'
import type { ReactElement } from 'react'
import {
  inboxBoxLabels,
  inboxBoxes,
  type InboxBox as Box,
  type InboxSummary,
} from '../../../../shared/api/task-types'
import { useInboxSummary } from '../../api/inbox'
import { useCurrentUser } from '../../app/current-user'
import { PageHeader } from '../../ui/page-header'
import { LoadError } from '../../ui/status'
import { ownBoxes } from './box-roles'
import { BoxCount, InboxBox } from './inbox-box'
import './inbox.css'

/** `/xu-ly`: Văn bản chờ xử lý. Every count is the number of rows its box opens. */
export function InboxScreen(): ReactElement {
  const user = useCurrentUser()
  const summary = useInboxSummary()
  const header = (
    <PageHeader
      title="Văn bản chờ xử lý"
      description="Văn bản và nhiệm vụ đang chờ bạn. Văn bản nhận để biết tự rời hộp khi bạn mở xem."
    />
  )
  if (summary.isError) {
    return (
      <>
        {header}
        <LoadError error={summary.error} onRetry={() => void summary.refetch()} />
      </>
    )
  }
  const counts = summary.data
  const own = ownBoxes(user.roles)
  // Boxes of other roles show only when they hold something, apart, as things to keep an eye on
  // (a leader sees what the clerks have not yet presented); the menu badge counts the own ones.
  const watched = inboxBoxes.filter((b) => !own.includes(b) && (counts?.[b] ?? 0) > 0)
  const waiting = own.filter((b) => counts && counts[b] > 0)
  const empty = own.filter((b) => counts && counts[b] === 0)
  return (
    <>
      {header}
      {!counts ? (
        <Skeleton active />
      ) : (
        <>
          {waiting.length === 0 ? (
            <Empty description="Không có việc nào đang chờ bạn." style={{ margin: '32px 0' }} />
          ) : (
            <Boxes boxes={waiting} counts={counts} />
          )}
          {empty.length > 0 ? (
            <Flex gap={8} wrap align="center" className="inbox-empty">
              <Typography.Text type="secondary">Hộp trống:</Typography.Text>
              {empty.map((b) => (
                <span key={b} className="inbox-empty__box" data-testid={`inbox-box-${b}`}>
                  {inboxBoxLabels[b]} <BoxCount box={b} count={0} />
                </span>
              ))}
            </Flex>
          ) : null}
          {watched.length > 0 ? (
            <section className="inbox-watched" aria-label="Để theo dõi">
              <Typography.Title level={5}>Để theo dõi</Typography.Title>
              <Boxes boxes={watched} counts={counts} />
            </section>
          ) : null}
        </>
      )}
    </>
  )
}

function Boxes({ boxes, counts }: { boxes: Box[]; counts: InboxSummary }): ReactElement {
  return (
    <Row gutter={[16, 16]}>
      {boxes.map((b) => (
        <Col key={b} xs={24} xl={boxes.length === 1 ? 24 : 12}>
          <InboxBox box={b} count={counts[b]} />
        </Col>
      ))}
    </Row>
  )
}
