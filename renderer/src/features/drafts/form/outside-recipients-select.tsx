import { Select } from 'antd'
import { useState, type ReactElement } from 'react'
import { fold } from '../../../../../shared/text/normalize'
import { useIssuers } from '../../../api/catalog'
import { useDebounced } from '../../../ui/use-debounced'

type Props = Readonly<{
  id?: string
  value?: string[]
  onChange?: (value: string[]) => void
}>

/**
 * Nơi nhận outside the agency: names from the directory of bodies as the drafter types, with or
 * without diacritics; a body never seen before is typed in full and kept as written.
 */
export function OutsideRecipientsSelect({ id, value, onChange }: Props): ReactElement {
  const [typed, setTyped] = useState('')
  const issuers = useIssuers(useDebounced(typed, 200))
  const known = issuers.data ?? []
  const chosen = new Set(value ?? [])
  // "so tai chinh" typed without accents becomes the directory's own spelling when it is there.
  const spelled = (name: string): string =>
    known.find((i) => fold(i.name) === fold(name))?.name ?? name.trim()
  const options = known
    .filter((i) => !chosen.has(i.name))
    .map((i) => ({ value: i.name, label: i.name }))
  return (
    <Select<string[]>
      id={id}
      mode="tags"
      value={value ?? []}
      onChange={(v) => {
        onChange?.([...new Set(v.map(spelled))].filter((n) => n !== ''))
        setTyped('')
      }}
      options={options}
      // The directory already matched without accents; the list must not filter it again.
      showSearch={{ filterOption: false, searchValue: typed, onSearch: setTyped }}
      tokenSeparators={[';']}
      placeholder="Gõ tên cơ quan, Enter để thêm; có dấu hay không dấu"
      notFoundContent={null}
      style={{ width: '100%' }}
    />
  )
}
