import type { FormInstance } from 'antd'
import { useState } from 'react'
import type { DocumentTypeEntry, Suggestion } from '../../../../../shared/api/document-types'
import {
  isBlank,
  sameValue,
  suggestedValuesOf,
  suggestibleFields,
  type IncomingValues,
  type SuggestibleField,
} from './form-values'

export type SuggestionStart = Readonly<{
  /** Fields filled from the PDF that the clerk has neither edited nor confirmed. */
  pending: ReadonlyMap<SuggestibleField, unknown>
  /** The file the suggestion came from; set once, as only the first PDF suggests. */
  source: string | null
}>

type Held = SuggestionStart

export type SuggestionControl = Readonly<{
  pending: ReadonlySet<SuggestibleField>
  source: string | null
  /** Fills the EMPTY fields from a PDF's suggestion; returns how many it filled. */
  apply: (
    s: Suggestion | null,
    pages: number | null,
    fileName: string,
    types: readonly DocumentTypeEntry[],
  ) => number
  /** The clerk accepts what is shown: the marks go, the values stay. */
  confirm: () => void
  /** The clerk rejects it: the suggested fields are emptied again. */
  discard: () => void
  /** An edit by the clerk ends the suggestion for that field. */
  onEdited: (changed: Partial<IncomingValues>) => void
  reset: () => void
}>

const cleared: Partial<Record<SuggestibleField, unknown>> = {
  so: '',
  kyHieu: '',
  ngayBanHanh: null,
  coQuanBanHanh: '',
  loaiVanBan: undefined,
  trichYeu: '',
  nguoiKy: '',
  doKhan: 'thuong',
  soTrang: null,
}

/** The suggested values for the fields that are still blank in `current`. */
export function fillBlanks(
  current: Partial<IncomingValues>,
  offered: Partial<Pick<IncomingValues, SuggestibleField>>,
): Map<SuggestibleField, unknown> {
  const filled = new Map<SuggestibleField, unknown>()
  for (const field of suggestibleFields) {
    const value = offered[field]
    if (value !== undefined && isBlank(field, current[field])) {
      filled.set(field, value)
    }
  }
  return filled
}

/** Suggestions from a PDF never overwrite what the clerk typed, and stay marked until seen. */
export function useSuggestion(
  form: FormInstance<IncomingValues>,
  start: SuggestionStart = { pending: new Map(), source: null },
): SuggestionControl {
  const [held, setHeld] = useState<Held>(start)

  const apply: SuggestionControl['apply'] = (s, pages, fileName, types) => {
    if (held.source !== null) {
      return 0
    }
    const current = form.getFieldsValue(true) as IncomingValues
    const filled = fillBlanks(current, suggestedValuesOf(s, pages, types))
    form.setFieldsValue(Object.fromEntries(filled))
    setHeld({ pending: filled, source: fileName })
    return filled.size
  }

  const onEdited = (changed: Partial<IncomingValues>): void => {
    const touched = [...held.pending].filter(
      ([field, value]) => field in changed && !sameValue(changed[field], value),
    )
    if (touched.length > 0) {
      const pending = new Map(held.pending)
      touched.forEach(([field]) => pending.delete(field))
      setHeld({ ...held, pending })
    }
  }

  const discard = (): void => {
    const fields = [...held.pending.keys()]
    form.setFieldsValue(Object.fromEntries(fields.map((f) => [f, cleared[f]])))
    setHeld({ ...held, pending: new Map() })
  }

  return {
    pending: new Set(held.pending.keys()),
    source: held.source,
    apply,
    confirm: () => setHeld({ ...held, pending: new Map() }),
    discard,
    onEdited,
    reset: () => setHeld({ pending: new Map(), source: null }),
  }
}
