import { Alert, Spin } from 'antd'
import type { ReactElement } from 'react'
import type { StoredFile } from '../../../../../shared/api/document-types'
import { useSearchParams } from 'react-router'
import { useDocument } from '../../../api/documents'
import { useDraft } from '../../../api/drafts'
import { useReservations } from '../../../api/outgoing'
import { LoadError } from '../../../ui/status'
import { IssueForm } from './issue-form'
import {
  emptyIssue,
  fromDraft,
  fromRelated,
  withReservation,
  type IssueValues,
} from './issue-values'

const idParam = (value: string | null): number | null => {
  const n = Number(value)
  return value !== null && Number.isInteger(n) && n > 0 ? n : null
}

const waiting = {
  loading: true,
  error: null,
  retry: () => undefined,
  values: null,
  files: [],
  origin: null,
} as const

type Source = Readonly<{
  loading: boolean
  error: unknown
  retry: () => void
  values: IssueValues | null
  /** The signed draft's PDFs: usually the file to issue. */
  files: readonly StoredFile[]
  /** Shown above the form: where the values came from. */
  origin: string | null
}>

const isPdf = (f: StoredFile): boolean => f.mime === 'application/pdf' || /\.pdf$/iu.test(f.name)

/**
 * Where the form starts: `?draft=` a signed draft, `?replaces=` / `?corrects=` an issued
 * document, `?reservation=` a held number (with any of the others), or nothing.
 */
function useSource(params: URLSearchParams): Source {
  const draftId = idParam(params.get('draft'))
  const replacesId = idParam(params.get('replaces'))
  const correctsId = idParam(params.get('corrects'))
  const reservationId = idParam(params.get('reservation'))
  const draft = useDraft(draftId)
  const related = useDocument(replacesId ?? correctsId)
  const reservations = useReservations({}, reservationId !== null)
  const reservation = reservations.data?.find((r) => r.id === reservationId) ?? null

  const pending = [
    draftId !== null ? draft : null,
    (replacesId ?? correctsId) ? related : null,
    reservationId !== null ? reservations : null,
  ].filter((q) => q !== null)
  const failed = pending.find((q) => q.isError)
  if (failed) {
    return {
      ...waiting,
      loading: false,
      error: failed.error,
      retry: () => void failed.refetch(),
    }
  }
  if (pending.some((q) => !q.data)) {
    return waiting
  }
  let values = emptyIssue()
  let origin: string | null = null
  if (draft.data) {
    values = fromDraft(draft.data)
    origin = `Từ dự thảo "${draft.data.trichYeu}" (phiên bản ${draft.data.version}), đã được ký duyệt.`
  } else if (related.data) {
    const relation = replacesId !== null ? 'replaces' : 'corrects'
    values = fromRelated(related.data, relation)
    origin = `${relation === 'replaces' ? 'Thay thế' : 'Đính chính'} văn bản số ${related.data.soKyHieu}.`
  }
  if (reservation?.status === 'dang_giu') {
    values = withReservation(values, reservation)
  }
  const files = (draft.data?.files ?? []).filter(isPdf)
  return { loading: false, error: null, retry: () => undefined, values, files, origin }
}

/** `/van-ban-di/ban-hanh`: cấp số and ban hành, from a draft or directly. */
export function IssueScreen(): ReactElement {
  const [params] = useSearchParams()
  const source = useSource(params)
  const draftId = idParam(params.get('draft'))

  if (source.error) {
    return (
      <LoadError
        title="Không mở được dữ liệu để ban hành"
        error={source.error}
        onRetry={source.retry}
      />
    )
  }
  if (source.loading || !source.values) {
    return <Spin style={{ display: 'block', margin: '48px auto' }} />
  }
  return (
    <>
      {source.origin ? (
        <Alert type="info" showIcon title={source.origin} style={{ marginBottom: 12 }} />
      ) : null}
      {/* A new source is a new form: nothing typed for another document lingers. */}
      <IssueForm
        key={params.toString()}
        initial={source.values}
        draftId={draftId}
        files={source.files}
      />
    </>
  )
}
