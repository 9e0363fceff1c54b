import { HistoryOutlined } from '@ant-design/icons'
import { Button, Drawer, Empty, Spin, Timeline, Typography } from 'antd'
import { useState, type ReactElement } from 'react'
import { methodLabel } from '../../../../shared/audit/method-labels'
import type { AuditRecordType } from '../../../../shared/audit/types'
import { formatDateTime } from '../../ui/format'
import { LoadError } from '../../ui/status'
import { actorText } from './audit-columns'
import { AuditDetail } from './audit-detail'
import { useAuditRecord } from './use-audit'
import './audit.css'

type Props = Readonly<{ recordType: AuditRecordType; recordId: number }>

/** "Lịch sử": the record's own lines of the audit trail, newest first, in a drawer. */
export function RecordHistoryButton({ recordType, recordId }: Props): ReactElement {
  const [open, setOpen] = useState(false)
  const history = useAuditRecord(recordType, recordId, open)
  return (
    <>
      <Button icon={<HistoryOutlined aria-hidden />} onClick={() => setOpen(true)}>
        Lịch sử
      </Button>
      <Drawer
        title="Lịch sử (nhật ký hệ thống)"
        open={open}
        onClose={() => setOpen(false)}
        width={640}
      >
        {history.isError ? (
          <LoadError
            title="Không tải được lịch sử"
            error={history.error}
            onRetry={() => void history.refetch()}
          />
        ) : !history.data ? (
          <Spin style={{ display: 'block', margin: '48px auto' }} />
        ) : history.data.length === 0 ? (
          <Empty description="Chưa có dòng nhật ký nào" />
        ) : (
          <Timeline
            aria-label="Lịch sử"
            items={history.data.map((r) => ({
              key: r.id,
              children: (
                <>
                  <Typography.Text strong>{methodLabel(r.method)}</Typography.Text>
                  <div>
                    <Typography.Text type="secondary">
                      {formatDateTime(r.at)} · {actorText(r)}
                    </Typography.Text>
                  </div>
                  <details>
                    <summary>Chi tiết</summary>
                    <AuditDetail detail={r.detail} />
                  </details>
                </>
              ),
            }))}
          />
        )}
      </Drawer>
    </>
  )
}
