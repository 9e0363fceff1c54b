import { useState } from 'react'
import type { StoredFile, UploadResult } from '../../../../../shared/api/document-types'
import { useUploadFile } from '../../../api/files'

export type Attachment = Readonly<{
  uid: string
  name: string
  status: 'uploading' | 'done' | 'error'
  result: UploadResult | null
  error: string | null
}>

export type AttachmentControl = Readonly<{
  list: readonly Attachment[]
  /** The attachment shown in the preview. */
  selected: Attachment | null
  select: (uid: string) => void
  /** Uploads one file; resolves with the core's answer, or null when it refused the file. */
  upload: (file: File, uid: string) => Promise<UploadResult | null>
  remove: (uid: string) => void
  reset: (files?: readonly StoredFile[]) => void
  /** Files ready to be saved with the document. */
  done: readonly UploadResult[]
  busy: boolean
}>

export function storedAsAttachment(file: StoredFile): Attachment {
  return {
    uid: file.sha256,
    name: file.name,
    status: 'done',
    result: { ...file, suggestion: null, duplicates: [] },
    error: null,
  }
}

/** The files of the document being registered, each uploaded as soon as it is dropped. */
export function useAttachments(initial: readonly StoredFile[] = []): AttachmentControl {
  const uploadFile = useUploadFile()
  const [list, setList] = useState<readonly Attachment[]>(() => initial.map(storedAsAttachment))
  const [selectedUid, setSelectedUid] = useState<string | null>(initial[0]?.sha256 ?? null)

  const patch = (uid: string, change: Partial<Attachment>): void =>
    setList((items) => items.map((a) => (a.uid === uid ? { ...a, ...change } : a)))

  const upload = async (file: File, uid: string): Promise<UploadResult | null> => {
    setList((items) => [
      ...items,
      { uid, name: file.name, status: 'uploading', result: null, error: null },
    ])
    try {
      const result = await uploadFile.mutateAsync(file)
      // The same file twice on one document is one attachment.
      setList((items) =>
        items.some((a) => a.uid !== uid && a.result?.sha256 === result.sha256)
          ? items.filter((a) => a.uid !== uid)
          : items.map((a) =>
              a.uid === uid ? { ...a, status: 'done', result, name: result.name } : a,
            ),
      )
      setSelectedUid((current) => current ?? uid)
      return result
    } catch (err) {
      patch(uid, {
        status: 'error',
        error: err instanceof Error ? err.message : 'Không tải được tệp lên.',
      })
      return null
    }
  }

  const remove = (uid: string): void => {
    setList((items) => items.filter((a) => a.uid !== uid))
    setSelectedUid((current) => (current === uid ? null : current))
  }

  const reset = (files: readonly StoredFile[] = []): void => {
    setList(files.map(storedAsAttachment))
    setSelectedUid(files[0]?.sha256 ?? null)
  }

  const done = list.flatMap((a) => (a.status === 'done' && a.result ? [a.result] : []))
  const selected =
    list.find((a) => a.uid === selectedUid && a.status === 'done') ??
    list.find((a) => a.status === 'done') ??
    null
  return {
    list,
    selected,
    select: setSelectedUid,
    upload,
    remove,
    reset,
    done,
    busy: list.some((a) => a.status === 'uploading'),
  }
}
