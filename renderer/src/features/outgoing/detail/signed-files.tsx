import { FilePdfOutlined } from '@ant-design/icons'
import { Card, Tag, Typography } from 'antd'
import { useState, type ReactElement } from 'react'
import type { StoredFile } from '../../../../../shared/api/document-types'
import { FilePreview } from '../../incoming/file-preview'
import { TextStatusTag } from '../../incoming/text-status-tag'
import '../../incoming/incoming.css'

/** The issued files (the signed original first) and the preview of the one chosen. */
export function SignedFiles({ files }: { files: readonly StoredFile[] }): ReactElement {
  const [selected, setSelected] = useState<string | null>(files[0]?.sha256 ?? null)
  const file = files.find((f) => f.sha256 === selected) ?? files[0] ?? null
  return (
    <Card size="small" title={`Bản đã ký (${files.length})`}>
      {files.length > 0 ? (
        <ul className="attachments__list" aria-label="Tệp đính kèm">
          {files.map((f) => (
            <li
              key={f.sha256}
              className={`attachments__row${f.sha256 === file?.sha256 ? ' attachments__row--selected' : ''}`}
            >
              <button
                type="button"
                className="attachments__name"
                onClick={() => setSelected(f.sha256)}
              >
                <FilePdfOutlined style={{ color: '#c0392b' }} aria-hidden />
                <span>{f.name}</span>
              </button>
              <span className="attachments__meta">
                {f.pages ? <Tag>{f.pages} trang</Tag> : null}
                <TextStatusTag status={f.textStatus} />
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <Typography.Paragraph type="secondary">
          Chưa có bản đã ký nào được đính kèm.
        </Typography.Paragraph>
      )}
      {file ? <FilePreview file={file} height="calc(100vh - 260px)" /> : null}
    </Card>
  )
}
