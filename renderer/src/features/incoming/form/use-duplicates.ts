import { Form, type FormInstance } from 'antd'
import type { Dayjs } from 'dayjs'
import { useMemo, useState } from 'react'
import type { DuplicateMatch } from '../../../../../shared/api/document-types'
import { useDuplicateCheck, type DuplicateQuery } from '../../../api/documents'
import { useDebounced } from '../../../ui/use-debounced'
import type { IncomingValues } from './form-values'

export type DuplicateControl = Readonly<{
  matches: readonly DuplicateMatch[]
  accepted: boolean
  accept: () => void
  undo: () => void
  /** Matches the core sent with a DUPLICATE refusal. */
  setRefused: (matches: readonly DuplicateMatch[]) => void
  reset: () => void
}>

/**
 * Looks for the document among those already registered while the clerk types: once số, ký
 * hiệu and cơ quan are filled (with ngày ban hành if known), and whenever a file is attached.
 */
export function useDuplicates(
  form: FormInstance<IncomingValues>,
  sha256s: readonly string[],
  excludeId: number | null,
): DuplicateControl {
  const so = Form.useWatch<string | undefined>('so', form)?.trim() ?? ''
  const kyHieu = Form.useWatch<string | undefined>('kyHieu', form)?.trim() ?? ''
  const coQuan = Form.useWatch<string | undefined>('coQuanBanHanh', form)?.trim() ?? ''
  const ngay = Form.useWatch<Dayjs | null | undefined>('ngayBanHanh', form)
  const [refused, setRefused] = useState<readonly DuplicateMatch[]>([])
  const [acceptedIds, setAcceptedIds] = useState<ReadonlySet<number>>(new Set())

  // The core matches on số, ký hiệu and cơ quan, with the date when there is one; asking as
  // soon as those three are typed warns earlier than a refusal at save time would.
  const complete = so !== '' && kyHieu !== '' && coQuan !== ''
  const query: DuplicateQuery = {
    so: complete ? so : null,
    kyHieu: complete ? kyHieu : null,
    coQuanBanHanh: complete ? coQuan : null,
    ngayBanHanh: complete && ngay?.isValid() ? ngay.format('YYYY-MM-DD') : null,
    sha256s: [...sha256s].sort(),
  }
  // A string, so the debounce sees a change only when the content changes.
  const settled = useDebounced(JSON.stringify(query), 400)
  const input = useMemo(() => JSON.parse(settled) as DuplicateQuery, [settled])
  const enabled = input.so !== null || (input.sha256s?.length ?? 0) > 0
  const check = useDuplicateCheck(input, enabled)

  const matches = useMemo(() => {
    const seen = new Set<number>()
    return [...refused, ...(enabled ? (check.data ?? []) : [])].filter((m) => {
      if (m.documentId === excludeId || seen.has(m.documentId)) {
        return false
      }
      seen.add(m.documentId)
      return true
    })
  }, [refused, enabled, check.data, excludeId])

  return {
    matches,
    accepted: matches.length > 0 && matches.every((m) => acceptedIds.has(m.documentId)),
    accept: () => setAcceptedIds(new Set(matches.map((m) => m.documentId))),
    undo: () => setAcceptedIds(new Set()),
    setRefused,
    reset: () => {
      setRefused([])
      setAcceptedIds(new Set())
    },
  }
}
