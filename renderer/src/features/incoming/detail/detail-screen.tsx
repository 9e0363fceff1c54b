import { ArrowLeftOutlined, EditOutlined, FormOutlined } from '@ant-design/icons'
import { Button, Spin } from 'antd'
import type { ReactElement } from 'react'
import { Navigate, useNavigate, useParams } from 'react-router'
import { useDocument } from '../../../api/documents'
import { useCurrentUser } from '../../../app/current-user'
import { PageHeader } from '../../../ui/page-header'
import { LoadError } from '../../../ui/status'
import { DocumentView } from './document-view'
import { FlowPanel } from '../../direction/flow-panel'
import { RecordHistoryButton } from '../../audit/record-history'
import { GrantsCard } from '../../access/grants-card'

/** `/van-ban-den/:id`: one incoming document. */
export function DetailScreen(): ReactElement {
  const { id } = useParams()
  const docId = Number(id)
  const doc = useDocument(Number.isInteger(docId) && docId > 0 ? docId : null)
  const navigate = useNavigate()
  const user = useCurrentUser()

  if (doc.isError) {
    return (
      <LoadError
        title="Không mở được văn bản"
        error={doc.error}
        onRetry={() => void doc.refetch()}
      />
    )
  }
  if (!doc.data) {
    return <Spin style={{ display: 'block', margin: '48px auto' }} />
  }
  const d = doc.data
  if (d.direction === 'out') {
    // Links that only know a document id (notifications, the desktop shell) land here.
    return <Navigate to={`/van-ban-di/${d.id}`} replace />
  }
  return (
    <>
      <PageHeader
        title={`Văn bản đến số ${d.soDen ?? '—'}`}
        description={`${d.soKyHieu ? `${d.soKyHieu} · ` : ''}${d.coQuanBanHanh ?? ''} · ${d.loaiVanBan}`}
        extra={
          <>
            <Button
              icon={<ArrowLeftOutlined aria-hidden />}
              onClick={() => void navigate('/van-ban-den/so')}
            >
              Sổ văn bản đến
            </Button>
            {user.roles.some((r) => r === 'lanh_dao' || r === 'chuyen_vien' || r === 'van_thu') ? (
              <Button
                icon={<FormOutlined aria-hidden />}
                onClick={() => void navigate(`/van-ban-di/du-thao/moi?replyTo=${d.id}`)}
              >
                Soạn văn bản trả lời
              </Button>
            ) : null}
            <RecordHistoryButton recordType="document" recordId={d.id} />
            {user.roles.includes('van_thu') ? (
              <Button
                type="primary"
                icon={<EditOutlined aria-hidden />}
                onClick={() => void navigate(`/van-ban-den/${d.id}/sua`)}
              >
                Sửa
              </Button>
            ) : null}
          </>
        }
      />
      <FlowPanel documentId={d.id} trichYeu={d.trichYeu} />
      <DocumentView doc={d} />
      <GrantsCard doc={d} />
    </>
  )
}
