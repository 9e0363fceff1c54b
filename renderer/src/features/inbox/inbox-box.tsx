import { Badge, Card, List, Skeleton, Tag, Typography } from 'antd'
import type { ReactElement } from 'react'
import { Link } from 'react-router'
import type { InboxBox as Box, InboxItem } from '../../../../shared/api/task-types'
import { inboxBoxLabels } from '../../../../shared/api/task-types'
import { doKhanCodes, doKhanInfo, type DoKhan } from '../../../../shared/domain/levels'
import { useInboxList } from '../../api/inbox'
import { formatDate, formatDateTime } from '../../ui/format'
import { LoadError } from '../../ui/status'
import { BucketTag } from '../tasks/labels'

const hrefOf = (item: InboxItem): string =>
  item.draftId !== null
    ? `/van-ban-di/du-thao/${item.draftId}`
    : item.taskId !== null
      ? `/cong-viec/${item.taskId}`
      : item.box === 'noi_bo_den'
        ? `/van-ban-di/${item.documentId ?? 0}`
        : `/van-ban-den/${item.documentId ?? 0}`

function Row({ item }: { item: InboxItem }): ReactElement {
  const known = (doKhanCodes as readonly string[]).includes(item.doKhan ?? '')
  const urgent = known ? doKhanInfo(item.doKhan as DoKhan) : null
  return (
    <List.Item className="inbox-item">
      <div className="inbox-item__main">
        <Link to={hrefOf(item)} className="inbox-item__title">
          {item.title}
        </Link>
        <Typography.Text type="secondary" className="inbox-item__sub">
          {item.subtitle}
        </Typography.Text>
      </div>
      <div className="inbox-item__side">
        {urgent && urgent.priority > 0 ? <Tag color="red">{urgent.label}</Tag> : null}
        {item.bucket ? <BucketTag bucket={item.bucket} /> : null}
        {item.taskId === null ? (
          <Typography.Text type="secondary" className="inbox-item__when">
            {item.deadline ? `Hạn ${formatDate(item.deadline)}` : formatDateTime(item.at)}
          </Typography.Text>
        ) : null}
      </div>
    </List.Item>
  )
}

type Props = Readonly<{ box: Box; count: number }>

/** A box's count: grey at zero, red when something waits. */
export function BoxCount({ box, count }: Props): ReactElement {
  return (
    <Badge
      count={count}
      showZero
      color={count > 0 ? '#d4380d' : '#bfbfbf'}
      aria-label={`${count} mục`}
      data-testid={`inbox-count-${box}`}
    />
  )
}

/** One box of "Văn bản chờ xử lý" that holds something: its count and its rows. */
export function InboxBox({ box, count }: Props): ReactElement {
  const items = useInboxList(box, count > 0)
  const title = (
    <span className="inbox-box__title">
      {inboxBoxLabels[box]}
      <BoxCount box={box} count={count} />
    </span>
  )
  return (
    <Card size="small" title={title} className="inbox-box" data-testid={`inbox-box-${box}`}>
      {items.isError ? (
        <LoadError error={items.error} onRetry={() => void items.refetch()} />
      ) : !items.data ? (
        <Skeleton active paragraph={{ rows: 2 }} title={false} />
      ) : (
        <>
          <List<InboxItem>
            size="small"
            dataSource={items.data}
            rowKey={(i) => `${i.documentId ?? 0}-${i.taskId ?? 0}-${i.draftId ?? 0}`}
            renderItem={(i) => <Row item={i} />}
          />
          {items.data.length < count ? (
            <Typography.Text type="secondary">
              Hiển thị {items.data.length}/{count} mục.
            </Typography.Text>
          ) : null}
        </>
      )}
    </Card>
  )
}
