import { AutoComplete, Typography } from 'antd'
import type { ReactElement } from 'react'
import { FIELD_LIMITS } from '../../../../../shared/domain/field-limits'
import { fold } from '../../../../../shared/text/normalize'
import { useIssuers } from '../../../api/catalog'
import { useDebounced } from '../../../ui/use-debounced'

type Props = Readonly<{
  id?: string
  value?: string
  onChange?: (value: string) => void
  className?: string
}>

/**
 * Cơ quan ban hành: suggestions from the directory as the clerk types, with or without
 * diacritics; a body never seen before is simply typed in full. No option is pre-selected, so
 * Enter keeps what was typed rather than swapping in the first suggestion.
 */
export function IssuerInput({ id, value, onChange, className }: Props): ReactElement {
  const typed = value ?? ''
  const issuers = useIssuers(useDebounced(typed, 200))
  const list = issuers.data ?? []

  // "van phong chinh phu" typed without accents becomes the directory's own spelling.
  const adoptKnownSpelling = (): void => {
    const folded = fold(typed.trim())
    const known = list.find((i) => fold(i.name) === folded)
    if (folded !== '' && known && known.name !== typed) {
      onChange?.(known.name)
    }
  }

  return (
    <AutoComplete
      id={id}
      className={className}
      value={value}
      onChange={(v: string) => onChange?.(v)}
      onBlur={adoptKnownSpelling}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          adoptKnownSpelling()
        }
      }}
      options={list.map((i) => ({
        value: i.name,
        label: (
          <span>
            {i.name}
            {i.code ? (
              <Typography.Text type="secondary" style={{ marginLeft: 8, fontSize: 12 }}>
                {i.code}
              </Typography.Text>
            ) : null}
          </span>
        ),
      }))}
      showSearch={{ filterOption: false }}
      defaultActiveFirstOption={false}
      maxLength={FIELD_LIMITS.OrganName.maxLength}
      placeholder="Gõ tên cơ quan, có dấu hay không dấu"
      allowClear
    />
  )
}
