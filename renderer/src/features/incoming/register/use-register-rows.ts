import { useMemo, useState, type UIEvent } from 'react'
import type { DocumentRow } from '../../../../../shared/api/document-types'
import { useDocumentPages, type DocumentFilter } from '../../../api/documents'

/** Rows come from the core in pages of this size, only around what is on screen. */
export const PAGE_SIZE = 500
const BEHIND = 100
const AHEAD = 300

export type Placeholder = Readonly<{ id: number; placeholder: true; index: number }>
export type Slot = DocumentRow | Placeholder

export const isPlaceholder = (s: Slot): s is Placeholder => 'placeholder' in s

function offsetsAround(first: number): number[] {
  const from = Math.max(0, first - BEHIND)
  const offsets: number[] = []
  for (let o = Math.floor(from / PAGE_SIZE) * PAGE_SIZE; o < first + AHEAD; o += PAGE_SIZE) {
    offsets.push(o)
  }
  return offsets
}

export type RegisterRows = Readonly<{
  rows: Slot[]
  total: number | null
  loadedCount: number
  fetching: boolean
  error: Error | null
  refetch: () => void
  onScroll: (e: UIEvent<HTMLDivElement>) => void
}>

/**
 * A list of any length shown as if whole: every row has a slot, so the scroll bar tells the
 * truth, and only the pages near the visible rows are fetched. 100,000 rows cost 100,000 small
 * placeholders, never 100,000 documents.
 */
export function useRegisterRows(filter: DocumentFilter): RegisterRows {
  const key = JSON.stringify(filter)
  const [view, setView] = useState({ key, first: 0 })
  const first = view.key === key ? view.first : 0
  const offsets = useMemo(() => offsetsAround(first), [first])
  const result = useDocumentPages(filter, offsets, PAGE_SIZE)
  // While the pages for a new scroll position load, the count stays what it was: an empty
  // moment would reset the list to its top.
  const [known, setKnown] = useState<{ key: string; total: number } | null>(null)
  if (result.total !== null && (known?.key !== key || known.total !== result.total)) {
    setKnown({ key, total: result.total })
  }
  const total = result.total ?? (known?.key === key ? known.total : null)

  const rows = useMemo(() => {
    const slots: Slot[] = new Array<Slot>(total ?? 0)
    for (const [offset, page] of result.pages) {
      page.rows.forEach((row, i) => {
        if (offset + i < slots.length) {
          slots[offset + i] = row
        }
      })
    }
    for (let i = 0; i < slots.length; i += 1) {
      slots[i] ??= { id: -(i + 1), placeholder: true, index: i }
    }
    return slots
  }, [result.pages, total])

  const onScroll = (e: UIEvent<HTMLDivElement>): void => {
    const el = e.currentTarget
    const count = total ?? 0
    if (count === 0 || el.scrollHeight === 0) {
      return
    }
    const at = Math.floor((el.scrollTop / el.scrollHeight) * count)
    // Re-render only when the wanted pages may change, not on every scrolled pixel.
    const bucket = Math.floor(at / 50) * 50
    if (bucket !== first || view.key !== key) {
      setView({ key, first: bucket })
    }
  }

  let loadedCount = 0
  for (const page of result.pages.values()) {
    loadedCount += page.rows.length
  }
  return {
    rows,
    total,
    loadedCount,
    fetching: result.fetching,
    error: result.error,
    refetch: result.refetch,
    onScroll,
  }
}
