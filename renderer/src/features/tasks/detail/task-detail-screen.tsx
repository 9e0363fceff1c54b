import { ArrowLeftOutlined, FormOutlined } from '@ant-design/icons'
import { useQueryClient } from '@tanstack/react-query'
import { Button, Card, Col, Row, Spin } from 'antd'
import { useEffect, type ReactElement } from 'react'
import { useLocation, useNavigate, useParams } from 'react-router'
import { inboxKeys } from '../../../api/inbox'
import { useTask } from '../../../api/tasks'
import { PageHeader } from '../../../ui/page-header'
import { LoadError } from '../../../ui/status'
import { TaskInfo } from './task-info'
import { TaskSummary } from './task-summary'
import { RecordHistoryButton } from '../../audit/record-history'
import { TaskTimeline } from './task-timeline'
import '../tasks.css'

/** `/cong-viec/:id`: one task, its people, its history and what may be done now. */
export function TaskDetailScreen(): ReactElement {
  const { id } = useParams()
  const taskId = Number(id)
  const task = useTask(Number.isInteger(taskId) && taskId > 0 ? taskId : null)
  const navigate = useNavigate()
  // Opened from a link inside the app: back to where the person was; opened cold: the list.
  const cameFromApp = useLocation().key !== 'default'
  const client = useQueryClient()
  const read = task.dataUpdatedAt

  // Opening the task read it: a "nhận để biết" item has closed itself in the core.
  useEffect(() => {
    if (read > 0) {
      void client.invalidateQueries({ queryKey: inboxKeys.all })
    }
  }, [client, read])

  if (task.isError) {
    return (
      <LoadError
        title="Không mở được nhiệm vụ"
        error={task.error}
        onRetry={() => void task.refetch()}
      />
    )
  }
  if (!task.data) {
    return <Spin style={{ display: 'block', margin: '48px auto' }} />
  }
  const t = task.data
  return (
    <>
      <PageHeader
        title={t.title}
        description={t.documentLabel ?? t.sourceText ?? undefined}
        extra={
          <>
            {/* The lead side answers with a document: the draft comes linked to the task. */}
            {t.actions.complete || t.actions.report ? (
              <Button
                icon={<FormOutlined aria-hidden />}
                onClick={() =>
                  void navigate(
                    `/van-ban-di/du-thao/moi?task=${t.id}${t.documentId ? `&replyTo=${t.documentId}` : ''}`,
                  )
                }
              >
                Soạn văn bản trả lời
              </Button>
            ) : null}
            <RecordHistoryButton recordType="task" recordId={t.id} />
            <Button
              icon={<ArrowLeftOutlined aria-hidden />}
              onClick={() => void (cameFromApp ? navigate(-1) : navigate('/cong-viec'))}
            >
              Quay lại
            </Button>
          </>
        }
      />
      <TaskSummary task={t} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={11}>
          <Card size="small" title="Thông tin nhiệm vụ">
            <TaskInfo task={t} />
          </Card>
        </Col>
        <Col xs={24} xl={13}>
          <Card size="small" title={`Diễn biến (${t.events.length})`}>
            <TaskTimeline events={t.events} />
          </Card>
        </Col>
      </Row>
    </>
  )
}
