import { TreeSelect } from 'antd'
import { useState, type ReactElement } from 'react'
import { fold } from '../../../../../shared/text/normalize'
import type { UnitOption } from '../../admin/units/unit-tree'

type Props = Readonly<{
  id?: string
  value?: number | null
  onChange?: (value: number | null) => void
  options: UnitOption[]
}>

function firstMatch(options: readonly UnitOption[], q: string): UnitOption | null {
  for (const o of options) {
    if (!o.disabled && fold(o.title).includes(q)) {
      return o
    }
    const below = firstMatch(o.children ?? [], q)
    if (below) {
      return below
    }
  }
  return null
}

/**
 * Đơn vị nhận: the unit tree, searchable without diacritics. Typing part of a name and
 * pressing Enter takes the first unit that matches, as a clerk expects from a list.
 */
export function UnitSelect({ id, value, onChange, options }: Props): ReactElement {
  const [search, setSearch] = useState('')
  const pick = (unit: number | null): void => {
    onChange?.(unit)
    setSearch('')
  }
  return (
    <TreeSelect<number>
      id={id}
      value={value ?? undefined}
      onChange={(v) => pick(v ?? null)}
      treeData={options}
      treeDefaultExpandAll
      allowClear
      placeholder="Gõ tên đơn vị xử lý"
      popupMatchSelectWidth={false}
      showSearch={{
        searchValue: search,
        onSearch: setSearch,
        filterTreeNode: (input, node) =>
          fold(typeof node.title === 'string' ? node.title : '').includes(fold(input)),
      }}
      onKeyDown={(e) => {
        const q = fold(search.trim())
        const hit = e.key === 'Enter' && q !== '' ? firstMatch(options, q) : null
        if (hit) {
          pick(hit.value)
        }
      }}
    />
  )
}
