import { PlusOutlined, SendOutlined } from '@ant-design/icons'
import { Button, Card, Flex, Table, Tag, Typography } from 'antd'
import type { TableColumnsType } from 'antd'
import { useState, type ReactElement } from 'react'
import type { DocumentDetail } from '../../../../../shared/api/document-types'
import { sendWayLabels, type Recipient } from '../../../../../shared/api/outgoing-types'
import { formatDate, formatDateTime } from '../../../ui/format'
import { recipientKindLabels } from '../labels'
import { AddRecipientsModal } from './add-recipients-modal'
import { SendModal } from './send-modal'

const columns: TableColumnsType<Recipient> = [
  {
    key: 'name',
    title: 'Nơi nhận',
    render: (_v, r) => (
      <>
        {r.name}
        <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
          {recipientKindLabels[r.kind]}
        </Typography.Text>
      </>
    ),
  },
  {
    key: 'sentOn',
    title: 'Ngày gửi',
    width: 120,
    render: (_v, r) => (r.sentOn ? formatDate(r.sentOn) : <Tag>Chưa gửi</Tag>),
  },
  {
    key: 'way',
    title: 'Cách gửi',
    width: 110,
    render: (_v, r) => (r.way ? sendWayLabels[r.way] : '—'),
  },
  {
    key: 'received',
    title: 'Đã nhận',
    width: 260,
    render: (_v, r) =>
      r.kind === 'outside' ? (
        <Typography.Text type="secondary">—</Typography.Text>
      ) : r.receivedAt ? (
        `${formatDateTime(r.receivedAt)}${r.receivedBy ? ` · ${r.receivedBy}` : ''}`
      ) : r.sentOn ? (
        <Tag color="gold">Chờ đơn vị nhận</Tag>
      ) : (
        '—'
      ),
  },
  {
    key: 'recalled',
    title: 'Thu hồi',
    width: 120,
    render: (_v, r) => (r.recalledAt ? <Tag color="red">{formatDate(r.recalledAt)}</Tag> : '—'),
  },
]

/** Nơi nhận and the sending of each: the văn thư marks them sent, adds a forgotten one. */
export function RecipientsCard({ doc }: { doc: DocumentDetail }): ReactElement {
  const out = doc.outgoing
  const [sending, setSending] = useState(false)
  const [adding, setAdding] = useState(false)
  const recipients = out?.recipients ?? []
  const canSend = out?.actions.send ?? false
  const unsent = recipients.filter((r) => r.sentOn === null && r.recalledAt === null).length
  return (
    <Card
      size="small"
      title={`Nơi nhận (${recipients.length})`}
      extra={
        canSend ? (
          <Flex gap={8}>
            <Button
              size="small"
              icon={<PlusOutlined aria-hidden />}
              onClick={() => setAdding(true)}
            >
              Thêm nơi nhận
            </Button>
            <Button
              size="small"
              type={unsent > 0 ? 'primary' : 'default'}
              icon={<SendOutlined aria-hidden />}
              disabled={recipients.length === 0}
              onClick={() => setSending(true)}
            >
              Đánh dấu đã gửi
            </Button>
          </Flex>
        ) : null
      }
    >
      <Table<Recipient>
        aria-label="Nơi nhận"
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={recipients}
        pagination={false}
        locale={{ emptyText: 'Văn bản chưa có nơi nhận.' }}
      />
      {sending ? <SendModal doc={doc} onClose={() => setSending(false)} /> : null}
      {adding ? <AddRecipientsModal doc={doc} onClose={() => setAdding(false)} /> : null}
    </Card>
  )
}
