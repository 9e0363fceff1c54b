import { Select } from 'antd'
import type { ReactElement } from 'react'
import type { PersonRef } from '../../../../shared/api/outgoing-types'
import { fold } from '../../../../shared/text/normalize'

type Props = Readonly<{
  id?: string
  value?: number | null
  onChange?: (value: number | null) => void
  people: readonly PersonRef[]
  loading?: boolean
  placeholder?: string
  allowClear?: boolean
  'aria-label'?: string
}>

/** A leader by name and position, typed with or without diacritics; in the core's order (rank). */
export function PersonRefSelect({
  people,
  value,
  onChange,
  loading,
  allowClear = true,
  ...rest
}: Props): ReactElement {
  const options = people.map((p) => ({
    value: p.id,
    label: p.position ? `${p.name} · ${p.position}` : p.name,
    search: fold(`${p.name} ${p.position}`),
  }))
  return (
    <Select<number, (typeof options)[number]>
      {...rest}
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? null)}
      options={options}
      loading={loading ?? false}
      allowClear={allowClear}
      placeholder={rest.placeholder ?? 'Gõ tên lãnh đạo'}
      showSearch={{ filterOption: (input, o) => o?.search.includes(fold(input)) ?? false }}
      style={{ width: '100%' }}
    />
  )
}
