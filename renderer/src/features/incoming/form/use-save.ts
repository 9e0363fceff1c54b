import { App, type FormInstance } from 'antd'
import { useState } from 'react'
import type { DocumentDetail, DuplicateMatch } from '../../../../../shared/api/document-types'
import { isApiError } from '../../../api/client'
import { useRegisterIncoming, useUpdateIncoming } from '../../../api/documents'
import { applyApiError } from '../../../ui/form-errors'
import type { EditorMode } from './editor-mode'
import { toApiFields, type IncomingValues } from './form-values'
import type { AttachmentControl } from './use-attachments'
import type { DuplicateControl } from './use-duplicates'

type Args = Readonly<{
  form: FormInstance<IncomingValues>
  mode: EditorMode
  attachments: AttachmentControl
  duplicates: DuplicateControl
  /** The số đến the screen showed, to tell the clerk when the core gave another. */
  shownNumber: number | null
  onSaved: (doc: DocumentDetail, andNext: boolean) => void
}>

export type SaveControl = Readonly<{
  save: (andNext: boolean) => Promise<void>
  saving: boolean
  error: string | null
  clearError: () => void
}>

function savedMessage(doc: DocumentDetail, shown: number | null): string {
  const base = `Đã vào sổ văn bản đến số ${doc.soDen ?? '—'}${doc.soKyHieu ? ` (${doc.soKyHieu})` : ''}.`
  return shown !== null && doc.soDen !== null && doc.soDen !== shown
    ? `${base} Số đến là ${doc.soDen}, không phải ${shown} như đã hiện, vì vừa có người khác vào sổ trước.`
    : base
}

export function useSave(a: Args): SaveControl {
  const register = useRegisterIncoming()
  const update = useUpdateIncoming()
  const { message } = App.useApp()
  const [error, setError] = useState<string | null>(null)

  const save = async (andNext: boolean): Promise<void> => {
    setError(null)
    if (a.attachments.busy) {
      void message.warning('Tệp đính kèm đang được tải lên; lưu lại khi tải xong.')
      return
    }
    let values: IncomingValues
    try {
      values = await a.form.validateFields()
    } catch {
      const first = a.form.getFieldsError().find((f) => f.errors.length > 0)
      if (first) {
        a.form.scrollToField(first.name, { block: 'center', focus: true })
      }
      return
    }
    if (a.duplicates.matches.length > 0 && !a.duplicates.accepted) {
      setError(
        'Văn bản này có thể đã được vào sổ. Xem cảnh báo bên dưới: mở văn bản đã có, hoặc chọn "Vẫn vào sổ" nếu đây là văn bản khác.',
      )
      return
    }
    const fields = toApiFields(values)
    const files = a.attachments.done.map((f) => ({ sha256: f.sha256, name: f.name }))
    try {
      let doc: DocumentDetail
      if (a.mode.kind === 'edit') {
        doc = await update.mutateAsync({ id: a.mode.doc.id, ...fields, files })
        void message.success(`Đã lưu văn bản đến số ${doc.soDen ?? '—'}.`)
      } else {
        doc = await register.mutateAsync({
          registerId: values.registerId ?? 0,
          ...fields,
          files,
          intakeId: a.mode.intake?.id ?? null,
          acceptDuplicate: a.duplicates.accepted,
        })
        void message.success({ content: savedMessage(doc, a.shownNumber), duration: 8 })
      }
      a.onSaved(doc, andNext)
    } catch (err) {
      if (isApiError(err, 'DUPLICATE')) {
        const matches = err.details?.['matches']
        const list = Array.isArray(matches) ? (matches as DuplicateMatch[]) : []
        a.duplicates.setRefused(list)
        // The warning lists the matches; a second message above it would only repeat it.
        setError(list.length > 0 ? null : err.message)
        return
      }
      setError(applyApiError(a.form, err))
    }
  }

  return {
    save,
    saving: register.isPending || update.isPending,
    error,
    clearError: () => setError(null),
  }
}
