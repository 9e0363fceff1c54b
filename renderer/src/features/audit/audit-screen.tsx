import { SafetyCertificateOutlined } from '@ant-design/icons'
import { Button, Card, Table } from 'antd'
import { useState, type ReactElement } from 'react'
import type { AuditRow } from '../../../../shared/audit/types'
import { PageHeader } from '../../ui/page-header'
import { LoadError } from '../../ui/status'
import { auditColumns } from './audit-columns'
import { AuditDetail } from './audit-detail'
import { AuditFiltersBar } from './audit-filters'
import { useAuditList, useAuditVerify, type AuditFilters } from './use-audit'
import { VerifyResult } from './verify-result'
import './audit.css'

const PAGE = 50

/** `/quan-tri/nhat-ky`: who did what, when, to which record; and the integrity check. */
export function AuditScreen(): ReactElement {
  const [filters, setFilters] = useState<AuditFilters>({ offset: 0, limit: PAGE })
  const list = useAuditList(filters)
  const verify = useAuditVerify()

  return (
    <>
      <PageHeader
        title="Nhật ký hệ thống"
        description="Mọi thao tác ghi dữ liệu và mọi lần mở văn bản mật: ai, lúc nào, chức năng nào, bản ghi nào, trước và sau."
        extra={
          <Button
            icon={<SafetyCertificateOutlined aria-hidden />}
            loading={verify.isPending}
            onClick={() => verify.mutate()}
          >
            Kiểm tra toàn vẹn
          </Button>
        }
      />
      {verify.data ? (
        <div style={{ marginBottom: 16 }}>
          <VerifyResult result={verify.data} />
        </div>
      ) : null}
      {verify.error ? <LoadError title="Không kiểm tra được nhật ký" error={verify.error} /> : null}
      <Card styles={{ body: { padding: 0 } }}>
        <AuditFiltersBar
          value={filters}
          onChange={(patch) => setFilters((f) => ({ ...f, ...patch, offset: 0 }))}
        />
        {list.isError ? (
          <LoadError
            title="Không tải được nhật ký"
            error={list.error}
            onRetry={() => void list.refetch()}
          />
        ) : (
          <Table<AuditRow>
            size="small"
            rowKey="id"
            aria-label="Nhật ký hệ thống"
            loading={list.isFetching}
            columns={auditColumns}
            dataSource={list.data?.rows ?? []}
            expandable={{ expandedRowRender: (r) => <AuditDetail detail={r.detail} /> }}
            pagination={{
              current: Math.floor((filters.offset ?? 0) / PAGE) + 1,
              pageSize: PAGE,
              total: list.data?.total ?? 0,
              showSizeChanger: false,
              showTotal: (n) => `${n.toLocaleString('vi-VN')} dòng`,
              onChange: (page) => setFilters((f) => ({ ...f, offset: (page - 1) * PAGE })),
            }}
            locale={{ emptyText: 'Không có dòng nào khớp bộ lọc' }}
          />
        )}
      </Card>
    </>
  )
}
