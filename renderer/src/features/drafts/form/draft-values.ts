import type { FormInstance } from 'antd'
import type { Input } from '../../../../../shared/api/contract'
import type { DraftDetail } from '../../../../../shared/api/outgoing-types'
import type { DoKhan, DoMat } from '../../../../../shared/domain/levels'
import { isApiError } from '../../../api/client'

/** The draft form: recipients split by kind, one control each; the rest as the contract has it. */
export type DraftValues = {
  loaiVanBan?: string
  trichYeu: string
  draftingUnitId?: number
  doKhan: DoKhan
  doMat: DoMat
  recipientUnits: number[]
  recipientOutside: string[]
  soLuongBan?: number | null
  ghiChu?: string | null
  replyToDocumentId?: number | null
  taskId?: number | null
  signerId?: number | null
}

type DraftBody = Omit<Input<'drafts.create'>, 'files'>
type FileRef = Input<'drafts.create'>['files'][number]

/** An empty form for a new draft, with what the link that opened it already knows. */
export function newDraftValues(
  unitId: number,
  links: Readonly<{ replyTo: number | null; taskId: number | null }>,
): DraftValues {
  return {
    trichYeu: '',
    draftingUnitId: unitId,
    doKhan: 'thuong',
    doMat: 'thuong',
    recipientUnits: [],
    recipientOutside: [],
    soLuongBan: null,
    ghiChu: '',
    replyToDocumentId: links.replyTo,
    taskId: links.taskId,
    signerId: null,
  }
}

export function fromDraft(d: DraftDetail): DraftValues {
  return {
    loaiVanBan: d.loaiVanBanCode,
    trichYeu: d.trichYeu,
    draftingUnitId: d.draftingUnit.id,
    doKhan: d.doKhan,
    doMat: d.doMat,
    recipientUnits: d.recipients.flatMap((r) => (r.kind === 'unit' ? [r.unitId] : [])),
    recipientOutside: d.recipients.flatMap((r) => (r.kind === 'outside' ? [r.name] : [])),
    soLuongBan: d.soLuongBan,
    ghiChu: d.ghiChu ?? '',
    replyToDocumentId: d.replyTo?.documentId ?? null,
    taskId: d.taskId,
    signerId: d.signer?.id ?? null,
  }
}

/**
 * The form as the contract takes it. Units come first in the recipient list, then the bodies
 * outside, so an error on `recipients.N` can be put back on the right control.
 */
export function toDraftBody(v: DraftValues): DraftBody {
  return {
    loaiVanBan: v.loaiVanBan ?? '',
    trichYeu: v.trichYeu,
    draftingUnitId: v.draftingUnitId ?? 0,
    doKhan: v.doKhan,
    doMat: v.doMat,
    recipients: [
      ...v.recipientUnits.map((unitId) => ({ kind: 'unit' as const, unitId })),
      ...v.recipientOutside
        .map((name) => name.trim())
        .filter((name) => name !== '')
        .map((name) => ({ kind: 'outside' as const, name })),
    ],
    soLuongBan: v.soLuongBan ?? null,
    ghiChu: v.ghiChu ?? null,
    replyToDocumentId: v.replyToDocumentId ?? null,
    taskId: v.taskId ?? null,
    signerId: v.signerId ?? null,
  }
}

/** Same files, same order: an edit that does not touch the content makes no new version. */
export function sameFiles(a: readonly FileRef[], b: readonly FileRef[]): boolean {
  return a.length === b.length && a.every((f, i) => f.sha256 === b[i]?.sha256)
}

export type PlacedErrors = Readonly<{ message: string; files: string | null }>

/**
 * Puts the core's field messages on the form's fields. The core names paths of the contract
 * (`recipients.3.name`, `files`); the form splits recipients by kind and keeps files outside
 * the form, so those are mapped here. Returns the overall message and the files' message.
 */
export function applyDraftErrors(
  form: FormInstance<DraftValues>,
  err: unknown,
  unitCount: number,
): PlacedErrors {
  if (!isApiError(err)) {
    return { message: 'Đã có lỗi không mong muốn. Hãy thử lại.', files: null }
  }
  const known = new Set(Object.keys(form.getFieldsValue(true) as object))
  const messages = new Map<string, string[]>()
  let files: string | null = null
  for (const [path, message] of Object.entries(err.fields ?? {})) {
    const [head, index] = path.split('.')
    if (head === 'files') {
      files = message
      continue
    }
    const name =
      head === 'recipients'
        ? index !== undefined && Number(index) < unitCount
          ? 'recipientUnits'
          : 'recipientOutside'
        : head
    if (name && known.has(name)) {
      messages.set(name, [...(messages.get(name) ?? []), message])
    }
  }
  form.setFields([...messages].map(([name, errors]) => ({ name: name as never, errors })))
  return { message: err.message, files }
}
