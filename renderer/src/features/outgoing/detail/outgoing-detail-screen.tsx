import { ArrowLeftOutlined } from '@ant-design/icons'
import { Alert, Button, Card, Col, Result, Row, Spin } from 'antd'
import type { ReactElement } from 'react'
import { Navigate, useLocation, useNavigate, useParams } from 'react-router'
import { useDocument } from '../../../api/documents'
import { PageHeader } from '../../../ui/page-header'
import { LoadError } from '../../../ui/status'
import { GrantsCard } from '../../access/grants-card'
import { HistoryList } from '../../incoming/detail/history-list'
import { DocumentLinks } from '../document-links'
import { OutgoingActions } from './outgoing-actions'
import { OutgoingMeta } from './outgoing-meta'
import { RecipientsCard } from './recipients-card'
import { SignedFiles } from './signed-files'

/** Set by the issue form, so the detail says what was just done and with which number. */
type IssuedState = { issued?: string } | null

/** `/van-ban-di/:id`: one issued document, its recipients and sending, links and history. */
export function OutgoingDetailScreen(): ReactElement {
  const { id } = useParams()
  const docId = Number(id)
  const valid = Number.isInteger(docId) && docId > 0
  const doc = useDocument(valid ? docId : null)
  const navigate = useNavigate()
  const issued = (useLocation().state as IssuedState)?.issued

  if (!valid) {
    return <Result status="404" title="Không tìm thấy trang" subTitle="Hãy chọn một mục ở menu." />
  }
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
  if (d.direction !== 'out') {
    // An incoming document's address typed under /van-ban-di: send it where it belongs.
    return <Navigate to={`/van-ban-den/${d.id}`} replace />
  }
  return (
    <>
      <PageHeader
        title={`Văn bản đi số ${d.soKyHieu}`}
        description={`${d.loaiVanBan} · ${d.trichYeu}`}
        extra={
          <>
            <Button
              icon={<ArrowLeftOutlined aria-hidden />}
              onClick={() => void navigate('/van-ban-di/so')}
            >
              Sổ văn bản đi
            </Button>
            <OutgoingActions doc={d} />
          </>
        }
      />
      {issued === d.soKyHieu ? (
        <Alert
          type="success"
          showIcon
          closable
          title={`Đã ban hành văn bản số ${d.soKyHieu}. Hãy đánh dấu nơi nhận khi đã gửi.`}
          style={{ marginBottom: 16 }}
        />
      ) : null}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={11}>
          <Card size="small" title="Thông tin văn bản">
            <OutgoingMeta doc={d} />
          </Card>
          {d.links.length > 0 ? (
            <Card size="small" title="Văn bản liên quan" style={{ marginTop: 16 }}>
              <DocumentLinks links={d.links} />
            </Card>
          ) : null}
          <Card size="small" title="Lịch sử" style={{ marginTop: 16 }}>
            <HistoryList entries={d.history} />
          </Card>
          <GrantsCard doc={d} />
        </Col>
        <Col xs={24} xl={13}>
          <SignedFiles files={d.files} />
        </Col>
        {/* Full width: sending is tracked per recipient, in several columns. */}
        <Col span={24}>
          <RecipientsCard doc={d} />
        </Col>
      </Row>
    </>
  )
}
