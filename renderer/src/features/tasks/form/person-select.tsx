import { Select } from 'antd'
import type { ReactElement } from 'react'
import type { User } from '../../../../../shared/api/types'
import { fold } from '../../../../../shared/text/normalize'

type Common = Readonly<{
  id?: string
  people: readonly User[]
  placeholder?: string
  autoFocus?: boolean
  'aria-label'?: string
}>
type Single = Common &
  Readonly<{ multiple?: false; value?: number | null; onChange?: (v: number | null) => void }>
type Multiple = Common &
  Readonly<{ multiple: true; value?: number[]; onChange?: (v: number[]) => void }>

/** People by name and position; typing without diacritics finds them, Enter takes the first. */
export function PersonSelect(props: Single | Multiple): ReactElement {
  const options = props.people.map((p) => ({
    value: p.id,
    label: `${p.fullName} · ${p.position}`,
    search: fold(`${p.fullName} ${p.position} ${p.username}`),
  }))
  const common = {
    id: props.id,
    options,
    placeholder: props.placeholder ?? 'Gõ tên người',
    autoFocus: props.autoFocus ?? false,
    'aria-label': props['aria-label'],
    allowClear: true,
    showSearch: {
      filterOption: (input: string, option?: { search: string }) =>
        option?.search.includes(fold(input)) ?? false,
    },
    style: { width: '100%' },
  }
  if (props.multiple) {
    return (
      <Select<number[], (typeof options)[number]>
        {...common}
        mode="multiple"
        value={props.value ?? []}
        onChange={(v) => props.onChange?.(v)}
      />
    )
  }
  return (
    <Select<number, (typeof options)[number]>
      {...common}
      value={props.value ?? undefined}
      onChange={(v) => props.onChange?.(v ?? null)}
    />
  )
}
