import { SaveOutlined } from '@ant-design/icons'
import { Button } from 'antd'
import { useState, type ReactElement } from 'react'
import { useDocumentTypes } from '../../api/catalog'
import { useSearchDocuments } from '../../api/search'
import { PageHeader } from '../../ui/page-header'
import { describeQuery } from './describe-query'
import { SaveSearchModal } from './save-search-modal'
import { SavedSearches } from './saved-searches'
import { SearchBox } from './search-box'
import { SearchFilters } from './search-filters'
import { cleanQuery, hasFilters, noFilters } from './search-params'
import { PAGE_SIZE, SearchResults } from './search-results'
import { SearchTips } from './search-tips'
import { TaskResults } from './task-results'
import { useFacets } from './use-facets'
import { useSearchState } from './use-search-state'
import './search.css'

/** `/tra-cuu`: every document and task the person may open, by words, number or filters. */
export function SearchScreen(): ReactElement {
  const { state, text, type, change, run } = useSearchState()
  const query = cleanQuery(state.query)
  const words = query.q.trim()
  const asking = words !== '' || hasFilters(query)
  const result = useSearchDocuments(
    { ...query, limit: PAGE_SIZE, offset: (state.page - 1) * PAGE_SIZE },
    asking,
  )
  const facets = useFacets(query, result.data?.facets)
  const types = useDocumentTypes()
  const typeName = (code: string): string => types.data?.find((t) => t.code === code)?.name ?? code
  const [saving, setSaving] = useState(false)

  return (
    <>
      <PageHeader
        title="Tra cứu"
        description="Tìm văn bản đến, văn bản đi và nhiệm vụ qua mọi năm, theo số, từ ngữ hay nội dung."
        extra={
          <Button
            icon={<SaveOutlined aria-hidden />}
            disabled={!asking}
            onClick={() => setSaving(true)}
          >
            Lưu tìm kiếm
          </Button>
        }
      />
      <SearchBox text={text} onType={type} />
      <SearchFilters query={query} facets={facets} onChange={change} />
      <div className="search-layout">
        <div className="search-main">
          {asking ? (
            <SearchResults
              result={result}
              q={words}
              page={state.page}
              filtered={hasFilters(query)}
              onPage={(page) => change({ page })}
              onClearFilters={() => change(noFilters)}
            />
          ) : (
            <SearchTips />
          )}
        </div>
        <aside className="search-side">
          {words !== '' ? <TaskResults q={words} /> : null}
          <SavedSearches current={query} typeName={typeName} onRun={run} />
        </aside>
      </div>
      {saving ? (
        <SaveSearchModal
          query={query}
          summary={describeQuery(query, typeName)}
          onClose={() => setSaving(false)}
        />
      ) : null}
    </>
  )
}
