import { AutoComplete, Typography } from 'antd'
import { useEffect, useRef, type ReactElement } from 'react'
import { FIELD_LIMITS } from '../../../../../shared/domain/field-limits'
import { fold } from '../../../../../shared/text/normalize'
import { useIssuerLookup, useIssuers } from '../../../api/catalog'
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

  const lookup = useIssuerLookup()
  const latest = useRef(typed)
  useEffect(() => {
    latest.current = typed
  })

  // "van phong chinh phu" typed without accents becomes the directory's own spelling, once
  // the clerk leaves the field; asked afresh, as the list on screen may be for fewer letters.
  const adoptKnownSpelling = (): void => {
    const text = typed.trim()
    const folded = fold(text)
    if (folded === '') {
      return
    }
    void lookup(text).then(
      (found) => {
        const known = found.find((i) => fold(i.name) === folded)
        if (known && known.name !== latest.current && fold(latest.current.trim()) === folded) {
          onChange?.(known.name)
        }
      },
      () => undefined,
    )
  }

  return (
    <AutoComplete
      id={id}
      className={className}
      value={value}
      onChange={(v: string) => onChange?.(v)}
      onBlur={adoptKnownSpelling}
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
