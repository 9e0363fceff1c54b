import { Select } from 'antd'
import { useQuery } from '@tanstack/react-query'
import type { ReactElement } from 'react'
import type { DocumentRow } from '../../../../../shared/api/document-types'
import { fold } from '../../../../../shared/text/normalize'
import { call } from '../../../api/client'
import { useDocument } from '../../../api/documents'
import { keys } from '../../../api/keys'
import { formatDate } from '../../../ui/format'
import { outgoingStatusLabel } from '../labels'

const latest = { direction: 'out', sort: { field: 'soDen', order: 'desc' } } as const
const LIMIT = 1000

type Props = Readonly<{
  id?: string
  value?: number | null
  onChange?: (value: number | null) => void
  disabled?: boolean
}>

function optionOf(d: DocumentRow): { value: number; label: string; search: string } {
  const status = d.status === 'da_ban_hanh' ? '' : ` (${outgoingStatusLabel(d.status)})`
  return {
    value: d.id,
    label: `${d.soKyHieu} ngày ${formatDate(d.ngayBanHanh)} — ${d.trichYeu}${status}`,
    search: fold(`${d.soKyHieu} ${d.loaiVanBan} ${d.trichYeu}`),
  }
}

/**
 * An issued document, found by its number or subject among the latest ones; one opened from a
 * link but older than the list is still shown by name.
 */
export function OutgoingDocSelect({ id, value, onChange, disabled }: Props): ReactElement {
  const docs = useQuery({
    queryKey: keys.documentPage(latest, 0, LIMIT),
    queryFn: () => call('documents.list', { ...latest, offset: 0, limit: LIMIT }),
    staleTime: 60_000,
  })
  const rows = docs.data?.rows ?? []
  const listed = value === null || value === undefined || rows.some((d) => d.id === value)
  const extra = useDocument(listed ? null : (value ?? null))
  const options = [...(extra.data ? [extra.data] : []), ...rows].map(optionOf)
  return (
    <Select<number, (typeof options)[number]>
      id={id}
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? null)}
      options={options}
      disabled={disabled ?? false}
      loading={docs.isFetching && !docs.data}
      allowClear
      placeholder="Gõ số, ký hiệu hoặc trích yếu văn bản đi"
      showSearch={{ filterOption: (input, o) => o?.search.includes(fold(input)) ?? false }}
      style={{ width: '100%' }}
      notFoundContent="Không có văn bản đi nào khớp"
    />
  )
}
