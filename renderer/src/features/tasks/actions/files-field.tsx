import {
  DeleteOutlined,
  LoadingOutlined,
  PaperClipOutlined,
  UploadOutlined,
} from '@ant-design/icons'
import { Button, Flex, Typography, Upload } from 'antd'
import { useRef, type ReactElement } from 'react'
import { useUploadFile } from '../../../api/files'

export type FileEntry = Readonly<{
  uid: string
  name: string
  sha256: string | null
  error: string | null
}>

type Props = Readonly<{ value?: FileEntry[]; onChange?: (files: FileEntry[]) => void }>

/** The files the core holds, ready to send with the report: the ones uploaded without error. */
export const uploadedFiles = (
  files: readonly FileEntry[] = [],
): { sha256: string; name: string }[] =>
  files.flatMap((f) => (f.sha256 ? [{ sha256: f.sha256, name: f.name }] : []))

export const stillUploading = (files: readonly FileEntry[] = []): boolean =>
  files.some((f) => f.sha256 === null && f.error === null)

/** Attachments of a report or a result: each file goes to the core as soon as it is chosen. */
export function FilesField({ value = [], onChange }: Props): ReactElement {
  const upload = useUploadFile()
  // Only this field changes the list, so the last list it sent is the truth, also for uploads
  // that finish after other files were added or removed.
  const latest = useRef<FileEntry[]>(value)
  const set = (next: FileEntry[]): void => {
    latest.current = next
    onChange?.(next)
  }
  const add = (file: File): false => {
    const uid = `${Date.now()}-${file.name}`
    set([...latest.current, { uid, name: file.name, sha256: null, error: null }])
    upload
      .mutateAsync(file)
      .then((r) =>
        set(
          latest.current.map((f) => (f.uid === uid ? { ...f, sha256: r.sha256, name: r.name } : f)),
        ),
      )
      .catch((err: unknown) =>
        set(
          latest.current.map((f) =>
            f.uid === uid
              ? { ...f, error: err instanceof Error ? err.message : 'Không tải được tệp lên' }
              : f,
          ),
        ),
      )
    // The upload is ours; antd only picks the file.
    return false
  }
  return (
    <Flex vertical gap={4}>
      <Upload beforeUpload={add} showUploadList={false} multiple>
        <Button icon={<UploadOutlined aria-hidden />}>Đính kèm tệp</Button>
      </Upload>
      {value.map((f) => (
        <Flex key={f.uid} gap={8} align="center">
          {f.sha256 === null && f.error === null ? (
            <LoadingOutlined aria-label="Đang tải lên" />
          ) : (
            <PaperClipOutlined aria-hidden />
          )}
          <Typography.Text type={f.error ? 'danger' : undefined} ellipsis style={{ flex: 1 }}>
            {f.name}
            {f.error ? ` · ${f.error}` : ''}
          </Typography.Text>
          <Button
            type="text"
            size="small"
            icon={<DeleteOutlined aria-hidden />}
            aria-label={`Bỏ tệp ${f.name}`}
            onClick={() => set(latest.current.filter((x) => x.uid !== f.uid))}
          />
        </Flex>
      ))}
    </Flex>
  )
}

/** The form rule: nothing is sent while a file is still on its way. */
export const filesReady = {
  validator: (_: unknown, files: FileEntry[] | undefined): Promise<void> =>
    stillUploading(files)
      ? Promise.reject(new Error('Đang tải tệp lên, đợi một chút rồi gửi'))
      : Promise.resolve(),
}
