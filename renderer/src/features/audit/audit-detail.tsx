import { Alert, Descriptions, Empty, Table, Typography } from 'antd'
import type { ReactElement } from 'react'
import { fieldLabel } from '../../../../shared/audit/field-labels'
import { auditView, showValue, type DiffLine } from './audit-diff'

/** One audit row opened: the fields that changed, before → after, then the other facts. */
export function AuditDetail({ detail }: Readonly<{ detail: unknown }>): ReactElement {
  const view = auditView(detail)
  if (view.hidden) {
    return <Alert type="info" showIcon message={view.hidden} />
  }
  return (
    <div className="audit-detail">
      {view.diff ? (
        view.diff.length > 0 ? (
          <Table<DiffLine>
            size="small"
            pagination={false}
            rowKey="field"
            dataSource={view.diff}
            aria-label="Trước và sau"
            columns={[
              {
                title: 'Trường',
                dataIndex: 'field',
                width: 200,
                render: (f: string) => fieldLabel(f),
              },
              {
                title: 'Trước',
                dataIndex: 'before',
                render: (v: unknown) => (
                  <Typography.Text delete={v !== null} type="secondary">
                    {showValue(v)}
                  </Typography.Text>
                ),
              },
              {
                title: 'Sau',
                dataIndex: 'after',
                render: (v: unknown) => <Typography.Text strong>{showValue(v)}</Typography.Text>,
              },
            ]}
          />
        ) : (
          <Typography.Text type="secondary">Không có trường nào thay đổi.</Typography.Text>
        )
      ) : null}
      {view.facts.length > 0 ? (
        <Descriptions
          size="small"
          column={1}
          style={{ marginTop: view.diff ? 12 : 0 }}
          items={view.facts.map(([k, v]) => ({
            key: k,
            label: fieldLabel(k),
            children: <span className="audit-detail__value">{showValue(v)}</span>,
          }))}
        />
      ) : null}
      {!view.diff && view.facts.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="Không có chi tiết" />
      ) : null}
    </div>
  )
}
