import { ArrowLeftOutlined } from '@ant-design/icons'
import { Button, Card, Col, Row, Spin } from 'antd'
import type { ReactElement } from 'react'
import { useLocation, useNavigate, useParams } from 'react-router'
import { useDraft } from '../../../api/drafts'
import { PageHeader } from '../../../ui/page-header'
import { LoadError } from '../../../ui/status'
import { DraftFiles } from './draft-files'
import { DraftHistory } from './draft-history'
import { DraftInfo } from './draft-info'
import { DraftSummary } from './draft-summary'
import { DraftVersions } from './draft-versions'
import '../../incoming/incoming.css'
import '../drafts.css'

/** `/van-ban-di/du-thao/:id`: one draft, its files, its history and what may be done now. */
export function DraftDetailScreen(): ReactElement {
  const { id } = useParams()
  const draftId = Number(id)
  const draft = useDraft(Number.isInteger(draftId) && draftId > 0 ? draftId : null)
  const navigate = useNavigate()
  const cameFromApp = useLocation().key !== 'default'

  if (draft.isError) {
    return (
      <LoadError
        title="Không mở được dự thảo"
        error={draft.error}
        onRetry={() => void draft.refetch()}
      />
    )
  }
  if (!draft.data) {
    return <Spin style={{ display: 'block', margin: '48px auto' }} />
  }
  const d = draft.data
  return (
    <>
      <PageHeader
        title={`Dự thảo ${d.loaiVanBan.toLowerCase()} · phiên bản ${d.version}`}
        description={d.trichYeu}
        extra={
          <Button
            icon={<ArrowLeftOutlined aria-hidden />}
            onClick={() => void (cameFromApp ? navigate(-1) : navigate('/van-ban-di/du-thao'))}
          >
            Quay lại
          </Button>
        }
      />
      <DraftSummary draft={d} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={10}>
          <Card size="small" title="Thông tin dự thảo">
            <DraftInfo draft={d} />
          </Card>
          <Card size="small" title={`Lịch sử xử lý (${d.steps.length})`} style={{ marginTop: 16 }}>
            <DraftHistory steps={d.steps} />
          </Card>
          <Card
            size="small"
            title={`Các phiên bản (${d.versions.length})`}
            style={{ marginTop: 16 }}
          >
            <DraftVersions versions={d.versions} current={d.version} />
          </Card>
        </Col>
        <Col xs={24} xl={14}>
          <Card size="small" title={`Tệp dự thảo · phiên bản ${d.version}`}>
            <DraftFiles key={d.version} files={d.files} />
          </Card>
        </Col>
      </Row>
    </>
  )
}
