import { DownloadOutlined, FilePdfOutlined, FileWordOutlined } from '@ant-design/icons'
import { App, Button, Empty, Tag, Typography } from 'antd'
import { useState, type ReactElement } from 'react'
import type { StoredFile } from '../../../../../shared/api/document-types'
import { useFileBytes } from '../../../api/tasks'
import { downloadBytes } from '../../../ui/download'
import { FilePreview } from '../../incoming/file-preview'
import { isPdfName } from '../form/content-files'

const isPdf = (f: StoredFile): boolean => f.mime === 'application/pdf' || isPdfName(f.name)

/** The current version's files: PDFs shown here, Word files offered as a download. */
export function DraftFiles({ files }: { files: readonly StoredFile[] }): ReactElement {
  const [selected, setSelected] = useState<string | null>(null)
  const bytesOf = useFileBytes()
  const { message } = App.useApp()
  const pdfs = files.filter(isPdf)
  const shown = pdfs.find((f) => f.sha256 === selected) ?? pdfs[0] ?? null

  const save = (f: StoredFile): void => {
    bytesOf(f.sha256)
      .then((bytes) => downloadBytes(bytes, f.name, f.mime || 'application/octet-stream'))
      .catch((err: unknown) =>
        message.error(err instanceof Error ? err.message : 'Không tải được tệp'),
      )
  }

  if (files.length === 0) {
    return <Typography.Paragraph type="secondary">Dự thảo chưa có tệp.</Typography.Paragraph>
  }
  return (
    <>
      <ul className="attachments__list" aria-label="Tệp dự thảo">
        {files.map((f) => (
          <li
            key={f.sha256}
            className={`attachments__row${f.sha256 === shown?.sha256 ? ' attachments__row--selected' : ''}`}
          >
            <button
              type="button"
              className="attachments__name"
              onClick={() => (isPdf(f) ? setSelected(f.sha256) : save(f))}
              title={isPdf(f) ? 'Xem trước tệp này' : 'Tải tệp Word về máy'}
            >
              {isPdf(f) ? (
                <FilePdfOutlined style={{ color: '#c0392b' }} aria-hidden />
              ) : (
                <FileWordOutlined style={{ color: '#1f5fbf' }} aria-hidden />
              )}
              <span>{f.name}</span>
            </button>
            <span className="attachments__meta">
              {f.pages ? <Tag>{f.pages} trang</Tag> : null}
              {f.sha256 === shown?.sha256 ? <Tag color="blue">Đang xem</Tag> : null}
            </span>
            <Button
              type="text"
              size="small"
              icon={<DownloadOutlined aria-hidden />}
              aria-label={`Tải về ${f.name}`}
              onClick={() => save(f)}
            />
          </li>
        ))}
      </ul>
      {shown ? (
        <FilePreview file={shown} height="calc(100vh - 300px)" />
      ) : (
        <Empty description="Tệp Word: bấm tên tệp để tải về và mở bằng Word." />
      )}
    </>
  )
}
