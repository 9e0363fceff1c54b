import type { TableColumnsType } from 'antd'
import { Typography } from 'antd'
import { methodLabel, recordTypeLabel } from '../../../../shared/audit/method-labels'
import type { AuditRow } from '../../../../shared/audit/types'
import { formatDateTime } from '../../ui/format'

export const actorText = (r: AuditRow): string =>
  r.actor.startsWith('system:')
    ? 'Hệ thống (dòng lệnh)'
    : r.actorName
      ? `${r.actorName} (${r.actor})`
      : r.actor

export const recordText = (r: AuditRow): string =>
  r.recordType ? `${recordTypeLabel(r.recordType)}${r.recordId ? ` #${r.recordId}` : ''}` : '—'

export const auditColumns: TableColumnsType<AuditRow> = [
  { title: 'Thời gian', dataIndex: 'at', width: 150, render: (at: string) => formatDateTime(at) },
  { title: 'Người thực hiện', key: 'actor', width: 260, render: (_, r) => actorText(r) },
  {
    title: 'Chức năng',
    dataIndex: 'method',
    render: (m: string) => (
      <span title={m}>
        {methodLabel(m)}
        {methodLabel(m) === m ? null : (
          <Typography.Text type="secondary" className="audit-method">
            {' '}
            {m}
          </Typography.Text>
        )}
      </span>
    ),
  },
  { title: 'Bản ghi', key: 'record', width: 170, render: (_, r) => recordText(r) },
  { title: 'Số dòng', dataIndex: 'id', width: 90, align: 'right' },
]
