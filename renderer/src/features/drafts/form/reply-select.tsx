import { Select } from 'antd'
import type { ReactElement } from 'react'
import type { DocumentRow } from '../../../../../shared/api/document-types'
import { fold } from '../../../../../shared/text/normalize'
import { useAnswerableDocuments } from '../../../api/drafts'
import { useDocument } from '../../../api/documents'
import { formatDate } from '../../../ui/format'

type Props = Readonly<{
  id?: string
  value?: number | null
  onChange?: (value: number | null) => void
}>

/** "480/TB-VPCP ngày 13/09/2025 của Văn phòng Chính phủ" — how an answer names the document. */
export function answeredLabel(
  d: Pick<DocumentRow, 'soKyHieu' | 'ngayBanHanh' | 'coQuanBanHanh'>,
): string {
  const date = d.ngayBanHanh ? ` ngày ${formatDate(d.ngayBanHanh)}` : ''
  const body = d.coQuanBanHanh ? ` của ${d.coQuanBanHanh}` : ''
  return `${d.soKyHieu || '(không số)'}${date}${body}`
}

function optionOf(d: DocumentRow): { value: number; label: string; search: string } {
  return {
    value: d.id,
    label: `${answeredLabel(d)} — ${d.trichYeu}`,
    search: fold(`${d.soKyHieu} ${d.soDen ?? ''} ${d.coQuanBanHanh ?? ''} ${d.trichYeu}`),
  }
}

/**
 * "Trả lời văn bản số …": an incoming document the person can see, found by its number, issuer
 * or subject. A document opened from a link but older than the list is still shown by name.
 */
export function ReplySelect({ id, value, onChange }: Props): ReactElement {
  const docs = useAnswerableDocuments()
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
      loading={docs.isFetching && !docs.data}
      allowClear
      placeholder="Gõ số, ký hiệu, cơ quan hoặc trích yếu văn bản đến"
      showSearch={{ filterOption: (input, o) => o?.search.includes(fold(input)) ?? false }}
      style={{ width: '100%' }}
      notFoundContent="Không có văn bản đến nào khớp"
    />
  )
}
