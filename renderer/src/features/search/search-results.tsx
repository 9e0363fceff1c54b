import { Alert, Button, Pagination, Skeleton, Spin, Typography } from 'antd'
import type { UseQueryResult } from '@tanstack/react-query'
import type { ReactElement } from 'react'
import type { SearchResult } from '../../../../shared/search/types'
import { LoadError } from '../../ui/status'
import { count, totalText } from './labels'
import { SearchHitItem } from './search-hit'
import { SearchTips } from './search-tips'

export const PAGE_SIZE = 20

type Props = Readonly<{
  result: UseQueryResult<SearchResult>
  q: string
  page: number
  filtered: boolean
  onPage: (page: number) => void
  onClearFilters: () => void
}>

function correctionText([typed, used]: readonly [string, string]): string {
  return used
    ? `Đã tìm với «${used}» thay cho «${typed}»`
    : `Bỏ qua «${typed}»: không văn bản nào có từ này`
}

/** The answer: how many, what was corrected, the hits, and pages. */
export function SearchResults(p: Props): ReactElement {
  const { result } = p
  if (result.isError) {
    return <LoadError error={result.error} onRetry={() => void result.refetch()} />
  }
  const data = result.data
  if (!data) {
    return <Skeleton active paragraph={{ rows: 6 }} />
  }
  return (
    <section aria-label="Kết quả tìm kiếm" aria-busy={result.isFetching}>
      <div className="search-summary">
        <Typography.Text strong role="status">
          {totalText(data.total, data.totalExact)}
        </Typography.Text>
        {result.isFetching ? <Spin size="small" /> : null}
        {p.filtered ? (
          <Button type="link" size="small" onClick={p.onClearFilters}>
            Bỏ lọc
          </Button>
        ) : null}
      </div>
      {data.corrections.length > 0 ? (
        <Alert
          type="info"
          showIcon
          className="search-notice"
          title={data.corrections.map(correctionText).join('; ')}
        />
      ) : null}
      {data.pending > 0 ? (
        <Alert
          type="warning"
          showIcon
          className="search-notice"
          title={`Chỉ mục tìm kiếm còn ${count(data.pending)} thay đổi đang cập nhật; kết quả có thể chưa đủ.`}
        />
      ) : null}
      {data.hits.length === 0 ? (
        <div className="search-empty">
          <Typography.Title level={5}>
            {p.q.trim()
              ? `Không tìm thấy văn bản nào khớp «${p.q.trim()}»`
              : 'Không có văn bản nào khớp bộ lọc'}
          </Typography.Title>
          <SearchTips />
        </div>
      ) : (
        <>
          <ol className="search-hits">
            {data.hits.map((hit) => (
              <SearchHitItem key={hit.id} hit={hit} />
            ))}
          </ol>
          <Pagination
            current={p.page}
            pageSize={PAGE_SIZE}
            total={data.total}
            showSizeChanger={false}
            hideOnSinglePage
            onChange={p.onPage}
            className="search-pages"
          />
        </>
      )}
    </section>
  )
}
