import { DatePicker, Flex, Select } from 'antd'
import dayjs from 'dayjs'
import type { ReactElement } from 'react'
import { DO_KHAN } from '../../../../shared/domain/levels'
import { fold } from '../../../../shared/text/normalize'
import { useDocumentTypes } from '../../api/catalog'
import type { SavedQuery } from '../../api/search'
import { DATE_FORMATS } from '../incoming/form/date-input'
import { facetChoices, type Choice } from './facet-options'
import { directionLabels, searchStatusLabel, statusChoices } from './labels'
import type { FacetKey, FacetLists } from './use-facets'

type Props = Readonly<{
  query: SavedQuery
  facets: FacetLists
  onChange: (patch: Partial<SavedQuery>) => void
}>

const directions = [
  { value: 'in', label: directionLabels.in },
  { value: 'out', label: directionLabels.out },
]
const urgencies = DO_KHAN.map((d) => ({ value: d.code, label: d.label }))
const searchable = {
  filterOption: (input: string, option?: Choice) => option?.search.includes(fold(input)) ?? false,
}

type FacetSelectProps = Readonly<{
  label: string
  placeholder: string
  options: Choice[]
  value: string | undefined
  onChange: (value: string | undefined) => void
  width: number
  search?: boolean
}>

function FacetSelect(p: FacetSelectProps): ReactElement {
  return (
    <Select<string, Choice>
      aria-label={p.label}
      allowClear
      placeholder={p.placeholder}
      value={p.value}
      onChange={(v) => p.onChange(v)}
      options={p.options}
      showSearch={p.search ? searchable : false}
      popupMatchSelectWidth={false}
      notFoundContent="Gõ từ khóa hoặc chọn bộ lọc khác để thấy các giá trị"
      style={{ width: p.width }}
    />
  )
}

/** The filters, each listing its values with how many documents each would find. */
export function SearchFilters({ query, facets, onChange }: Props): ReactElement {
  const types = useDocumentTypes()
  const typeList = (types.data ?? []).map((t) => ({ value: t.code, label: t.name }))
  const set = (key: FacetKey) => (value: string | undefined) => onChange({ [key]: value })
  return (
    <Flex gap={8} wrap align="center" className="search-filters">
      <FacetSelect
        label="Hướng văn bản"
        placeholder="Đến và đi"
        options={facetChoices(facets.direction, query.direction, directions)}
        value={query.direction}
        onChange={(v) => onChange({ direction: v === 'in' || v === 'out' ? v : undefined })}
        width={150}
      />
      <FacetSelect
        label="Loại văn bản"
        placeholder="Mọi loại"
        options={facetChoices(facets.loaiVanBan, query.loaiVanBan, typeList)}
        value={query.loaiVanBan}
        onChange={set('loaiVanBan')}
        width={160}
        search
      />
      <FacetSelect
        label="Cơ quan ban hành"
        placeholder="Mọi cơ quan"
        options={facetChoices(facets.coQuanBanHanh, query.coQuanBanHanh, [])}
        value={query.coQuanBanHanh}
        onChange={set('coQuanBanHanh')}
        width={180}
        search
      />
      <DatePicker.RangePicker
        aria-label="Khoảng ngày"
        format={DATE_FORMATS}
        placeholder={['Từ ngày', 'đến ngày']}
        value={query.from && query.to ? [dayjs(query.from), dayjs(query.to)] : null}
        onChange={(r) =>
          onChange({ from: r?.[0]?.format('YYYY-MM-DD'), to: r?.[1]?.format('YYYY-MM-DD') })
        }
        style={{ width: 226 }}
      />
      <FacetSelect
        label="Trạng thái"
        placeholder="Mọi trạng thái"
        options={facetChoices(facets.status, query.status, statusChoices, (code) =>
          searchStatusLabel(code),
        )}
        value={query.status}
        onChange={set('status')}
        width={150}
      />
      <FacetSelect
        label="Độ khẩn"
        placeholder="Mọi độ khẩn"
        options={facetChoices(facets.doKhan, query.doKhan, urgencies)}
        value={query.doKhan}
        onChange={set('doKhan')}
        width={124}
      />
    </Flex>
  )
}
