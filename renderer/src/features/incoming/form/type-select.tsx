import { Select } from 'antd'
import type { CSSProperties, ReactElement } from 'react'
import type { DocumentTypeEntry } from '../../../../../shared/api/document-types'
import { fold } from '../../../../../shared/text/normalize'

type Option = { value: string; label: string; search: string; abbreviation: string }

export function typeOptions(types: readonly DocumentTypeEntry[]): Option[] {
  return types.map((t) => ({
    value: t.code,
    label: t.abbreviation ? `${t.name} (${t.abbreviation})` : t.name,
    search: fold(`${t.name} ${t.abbreviation ?? ''}`),
    abbreviation: fold(t.abbreviation ?? ''),
  }))
}

type Props = Readonly<{
  id?: string
  value?: string
  onChange?: (value: string) => void
  types: readonly DocumentTypeEntry[]
  loading?: boolean
  className?: string
  allowClear?: boolean
  placeholder?: string
  style?: CSSProperties
  'aria-label'?: string
}>

/**
 * Loại văn bản: typing the abbreviation (QĐ, qd) or any part of the name (quyet) finds it;
 * an exact abbreviation comes first, so `QĐ` + Enter picks Quyết định, not Quy định.
 */
export function TypeSelect({ types, loading, ...rest }: Props): ReactElement {
  return (
    <Select<string, Option>
      {...rest}
      loading={loading ?? false}
      options={typeOptions(types)}
      showSearch={{
        filterOption: (input, option) => option?.search.includes(fold(input)) ?? false,
        filterSort: (a, b, { searchValue }) => {
          const q = fold(searchValue)
          return Number(b.abbreviation === q) - Number(a.abbreviation === q)
        },
      }}
      placeholder={rest.placeholder ?? 'Gõ QĐ, CV, Thông báo…'}
      popupMatchSelectWidth={280}
    />
  )
}
