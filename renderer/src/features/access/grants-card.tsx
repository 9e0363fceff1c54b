import { LockOutlined, UserAddOutlined } from '@ant-design/icons'
import { Button, Card, Collapse, Form, Input, List, Space, Tag, Typography } from 'antd'
import { useState, type ReactElement } from 'react'
import type { DocumentGrant } from '../../../../shared/api/access-types'
import type { DocumentDetail } from '../../../../shared/api/document-types'
import { useCurrentUser } from '../../app/current-user'
import { formatDate } from '../../ui/format'
import { LoadError } from '../../ui/status'
import { useActionForm } from '../tasks/actions/use-action-form'
import { ActionModal } from '../tasks/form/action-modal'
import { PersonSelect } from '../tasks/form/person-select'
import { useDirectory } from '../tasks/form/use-directory'
import { useGrant, useGrants, useRevoke } from './use-access'

type Props = Readonly<{ doc: DocumentDetail }>

/**
 * "Người được cấp quyền xem": on a secret document, for those who may keep its access list
 * (văn thư, leaders, admins; the core checks again). Grants are revoked with a reason, never
 * deleted: the revoked ones stay below, folded.
 */
export function GrantsCard({ doc }: Props): ReactElement | null {
  const user = useCurrentUser()
  const may = user.roles.some((r) => r === 'van_thu' || r === 'lanh_dao' || r === 'quan_tri')
  const show = may && doc.doMat !== 'thuong'
  const grants = useGrants(doc.id, show)
  const [adding, setAdding] = useState(false)
  const [revoking, setRevoking] = useState<DocumentGrant | null>(null)
  if (!show) {
    return null
  }
  const live = (grants.data ?? []).filter((g) => g.revokedAt === null)
  const past = (grants.data ?? []).filter((g) => g.revokedAt !== null)
  return (
    <Card
      size="small"
      style={{ marginTop: 16 }}
      title={
        <Space>
          <LockOutlined aria-hidden />
          Người được cấp quyền xem
        </Space>
      }
      extra={
        <Button size="small" icon={<UserAddOutlined aria-hidden />} onClick={() => setAdding(true)}>
          Cấp quyền xem
        </Button>
      }
    >
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        Văn bản mật: chỉ người được giao, văn thư, lãnh đạo và người được cấp quyền xem.
      </Typography.Paragraph>
      {grants.isError ? (
        <LoadError
          title="Không tải được danh sách"
          error={grants.error}
          onRetry={() => void grants.refetch()}
        />
      ) : (
        <List
          size="small"
          loading={grants.isLoading}
          dataSource={live}
          locale={{ emptyText: 'Chưa cấp quyền xem cho ai' }}
          aria-label="Người được cấp quyền xem"
          renderItem={(g) => (
            <List.Item
              actions={[
                <Button key="revoke" size="small" danger onClick={() => setRevoking(g)}>
                  Thu hồi
                </Button>,
              ]}
            >
              <List.Item.Meta
                title={`${g.userName} · ${g.userPosition}`}
                description={`${g.unitName} · cấp ngày ${formatDate(g.grantedAt)}${g.grantedBy ? ` bởi ${g.grantedBy}` : ''}${g.reason ? ` · ${g.reason}` : ''}`}
              />
            </List.Item>
          )}
        />
      )}
      {past.length > 0 ? (
        <Collapse
          ghost
          size="small"
          items={[
            {
              key: 'past',
              label: `Đã thu hồi (${past.length})`,
              children: past.map((g) => (
                <div key={g.id}>
                  <Tag>Đã thu hồi</Tag>
                  {g.userName}: {formatDate(g.grantedAt)}–{formatDate(g.revokedAt)}
                  {g.revokedBy ? `, ${g.revokedBy}` : ''} · {g.revokeReason}
                </div>
              )),
            },
          ]}
        />
      ) : null}
      {adding ? (
        <GrantModal documentId={doc.id} soKyHieu={doc.soKyHieu} onClose={() => setAdding(false)} />
      ) : null}
      {revoking ? (
        <RevokeModal grant={revoking} documentId={doc.id} onClose={() => setRevoking(null)} />
      ) : null}
    </Card>
  )
}

type GrantValues = { userId: number | null; reason: string }

function GrantModal({
  documentId,
  soKyHieu,
  onClose,
}: Readonly<{ documentId: number; soKyHieu: string; onClose: () => void }>): ReactElement {
  const grant = useGrant(documentId)
  const directory = useDirectory()
  const a = useActionForm<GrantValues>(
    (v) =>
      grant.mutateAsync({ documentId, userId: v.userId ?? 0, reason: v.reason.trim() || null }),
    'Đã cấp quyền xem.',
    onClose,
  )
  return (
    <ActionModal<GrantValues>
      {...a}
      title={`Cấp quyền xem văn bản ${soKyHieu}`}
      submitLabel="Cấp quyền"
      initialValues={{ userId: null, reason: '' }}
      onClose={onClose}
    >
      <Form.Item
        label="Người được xem"
        name="userId"
        rules={[{ required: true, message: 'Chọn người được cấp quyền' }]}
      >
        <PersonSelect people={directory.people} autoFocus aria-label="Người được xem" />
      </Form.Item>
      <Form.Item label="Lý do" name="reason">
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={500} />
      </Form.Item>
    </ActionModal>
  )
}

type RevokeValues = { reason: string }

function RevokeModal({
  grant,
  documentId,
  onClose,
}: Readonly<{ grant: DocumentGrant; documentId: number; onClose: () => void }>): ReactElement {
  const revoke = useRevoke(documentId)
  const a = useActionForm<RevokeValues>(
    (v) => revoke.mutateAsync({ grantId: grant.id, reason: v.reason.trim() }),
    `Đã thu hồi quyền xem của ${grant.userName}.`,
    onClose,
  )
  return (
    <ActionModal<RevokeValues>
      {...a}
      title={`Thu hồi quyền xem của ${grant.userName}`}
      submitLabel="Thu hồi"
      initialValues={{ reason: '' }}
      onClose={onClose}
    >
      <Form.Item
        label="Lý do thu hồi"
        name="reason"
        rules={[{ required: true, whitespace: true, message: 'Nhập lý do thu hồi' }]}
      >
        <Input.TextArea autoFocus autoSize={{ minRows: 2, maxRows: 5 }} maxLength={500} />
      </Form.Item>
    </ActionModal>
  )
}
