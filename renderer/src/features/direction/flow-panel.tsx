import { EditOutlined, SendOutlined } from '@ant-design/icons'
import { useQueryClient } from '@tanstack/react-query'
import { Alert, Button, Card, Flex, Skeleton, Typography } from 'antd'
import { useEffect, useState, type ReactElement } from 'react'
import { useDocument } from '../../api/documents'
import { inboxKeys } from '../../api/inbox'
import { useDocumentFlow } from '../../api/tasks'
import { LoadError } from '../../ui/status'
import { DirectionModal } from './direction-modal'
import { FlowSteps } from './flow-steps'
import { FlowInformed, FlowTasks } from './flow-tasks'
import { PresentModal } from './present-modal'
import './direction.css'

type Dialog = 'present' | 'direct' | 'directOnBehalf' | null

type Props = Readonly<{ documentId: number; trichYeu: string }>

/** On an incoming document: its Phiếu giải quyết, its tasks, who was informed, and what to do next. */
export function FlowPanel({ documentId, trichYeu }: Props): ReactElement {
  const flow = useDocumentFlow(documentId)
  const read = useDocument(documentId).dataUpdatedAt
  const client = useQueryClient()
  const [dialog, setDialog] = useState<Dialog>(null)

  // Opening the document read it: a "nhận để biết" item has closed itself in the core.
  useEffect(() => {
    void client.invalidateQueries({ queryKey: inboxKeys.all })
  }, [client, read])

  if (flow.isError) {
    return <LoadError title="Không tải được phiếu giải quyết" error={flow.error} />
  }
  const f = flow.data
  const actions = f ? (
    <Flex gap={8} wrap>
      {f.actions.present ? (
        <Button icon={<SendOutlined aria-hidden />} onClick={() => setDialog('present')}>
          {f.presentedTo ? 'Trình lại' : 'Trình lãnh đạo'}
        </Button>
      ) : null}
      {f.actions.directOnBehalf ? (
        <Button icon={<EditOutlined aria-hidden />} onClick={() => setDialog('directOnBehalf')}>
          Ghi ý kiến chỉ đạo thay lãnh đạo
        </Button>
      ) : null}
      {f.actions.direct ? (
        <Button
          type="primary"
          icon={<EditOutlined aria-hidden />}
          onClick={() => setDialog('direct')}
        >
          Cho ý kiến chỉ đạo
        </Button>
      ) : null}
    </Flex>
  ) : null

  return (
    <Card
      size="small"
      title="Phiếu giải quyết văn bản đến"
      extra={actions}
      className="flow-panel"
      style={{ marginBottom: 16 }}
    >
      {!f ? (
        <Skeleton active paragraph={{ rows: 3 }} />
      ) : (
        <>
          {f.presentedTo ? (
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 12 }}
              title={`Đang trình ${f.presentedTo.name}${f.presentedTo.detail ? ` (${f.presentedTo.detail})` : ''}, chờ ý kiến chỉ đạo.`}
            />
          ) : null}
          <FlowSteps steps={f.steps} />
          {f.tasks.length > 0 ? (
            <section className="flow-section">
              <Typography.Title level={5}>Nhiệm vụ ({f.tasks.length})</Typography.Title>
              <FlowTasks tasks={f.tasks} />
            </section>
          ) : null}
          {f.informed.length > 0 ? (
            <section className="flow-section">
              <Typography.Title level={5}>
                Nhận để biết ({f.informed.filter((p) => p.readAt).length}/{f.informed.length} đã
                đọc)
              </Typography.Title>
              <FlowInformed informed={f.informed} />
            </section>
          ) : null}
        </>
      )}
      {dialog === 'present' ? (
        <PresentModal documentId={documentId} onClose={() => setDialog(null)} />
      ) : null}
      {dialog === 'direct' || dialog === 'directOnBehalf' ? (
        <DirectionModal
          documentId={documentId}
          trichYeu={trichYeu}
          onBehalf={dialog === 'directOnBehalf'}
          presentedToId={f?.presentedTo?.id ?? null}
          onClose={() => setDialog(null)}
        />
      ) : null}
    </Card>
  )
}
