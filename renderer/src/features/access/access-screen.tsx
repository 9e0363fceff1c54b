import { CheckOutlined } from '@ant-design/icons'
import { Card, Col, Row, Table, Tag, Typography } from 'antd'
import type { ReactElement } from 'react'
import type { AccessMatrix, MatrixCapability } from '../../../../shared/api/access-types'
import { methodLabel } from '../../../../shared/audit/method-labels'
import { PageHeader } from '../../ui/page-header'
import { LoadError } from '../../ui/status'
import { ExplainForm } from './explain-form'
import { useAccessMatrix } from './use-access'

type Row = MatrixCapability & { group: string }

function matrixColumns(m: AccessMatrix): Parameters<typeof Table<Row>>[0]['columns'] {
  return [
    { title: 'Nhóm', dataIndex: 'group', key: 'group', width: 130 },
    {
      title: 'Chức năng',
      key: 'method',
      width: 280,
      render: (_: unknown, r: Row) => (
        <span>
          {methodLabel(r.method) === r.method ? null : <span>{methodLabel(r.method)} </span>}
          <Typography.Text code>{r.method}</Typography.Text>
          {r.writes ? <Tag color="orange">ghi</Tag> : null}
          {r.access === 'public' ? <Tag>không cần đăng nhập</Tag> : null}
        </span>
      ),
    },
    ...m.roles.map((role) => ({
      title: role.label,
      key: role.role,
      width: 96,
      align: 'center' as const,
      render: (_: unknown, r: Row) =>
        r.allowed.includes(role.role) ? (
          <CheckOutlined aria-label="được phép" style={{ color: '#389e0d' }} />
        ) : (
          <span aria-label="không">—</span>
        ),
    })),
  ]
}

/**
 * `/quan-tri/phan-quyen`: what each role may call (from the API contract) and which documents
 * each kind of person sees (from the visibility rules), and why one person cannot see one
 * document.
 */
export function AccessScreen(): ReactElement {
  const matrix = useAccessMatrix()
  const m = matrix.data
  return (
    <>
      <PageHeader
        title="Phân quyền"
        description="Vai trò, chức năng và quyền xem văn bản, đọc từ chính các quy tắc hệ thống áp dụng"
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={10}>
          <Card size="small" title="Vì sao không xem được?">
            <ExplainForm />
          </Card>
          <Card size="small" title="Ai xem được văn bản nào" style={{ marginTop: 16 }}>
            {m ? (
              <>
                <Typography.Paragraph strong>{m.secretRule}.</Typography.Paragraph>
                {m.visibility.map((v) => (
                  <div key={v.audience} style={{ marginBottom: 8 }}>
                    <Typography.Text strong>{v.audience}</Typography.Text>
                    <ul style={{ margin: '4px 0 0', paddingLeft: 20 }}>
                      {v.rules.map((r) => (
                        <li key={r}>{r}</li>
                      ))}
                    </ul>
                  </div>
                ))}
              </>
            ) : null}
          </Card>
        </Col>
        <Col xs={24} xl={14}>
          <Card size="small" title="Ma trận vai trò và chức năng">
            {matrix.isError ? (
              <LoadError error={matrix.error} onRetry={() => void matrix.refetch()} />
            ) : (
              <Table<Row>
                aria-label="Ma trận vai trò và chức năng"
                size="small"
                rowKey="method"
                loading={matrix.isLoading}
                columns={m ? matrixColumns(m) : []}
                dataSource={
                  m?.groups.flatMap((g) => g.capabilities.map((c) => ({ ...c, group: g.label }))) ??
                  []
                }
                pagination={false}
                scroll={{ x: 800, y: 560 }}
              />
            )}
          </Card>
        </Col>
      </Row>
    </>
  )
}
