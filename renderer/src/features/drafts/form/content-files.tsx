import {
  CloseOutlined,
  ExclamationCircleOutlined,
  FilePdfOutlined,
  FileWordOutlined,
  InboxOutlined,
  LoadingOutlined,
} from '@ant-design/icons'
import { Button, Tag, Typography, Upload } from 'antd'
import type { ReactElement } from 'react'
import type { Attachment, AttachmentControl } from '../../incoming/form/use-attachments'

/** Word or PDF: the drafts offices write, and the PDF the leader reads. */
export const CONTENT_ACCEPT =
  '.pdf,.docx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document'

export const isPdfName = (name: string): boolean => /\.pdf$/iu.test(name)

type Props = Readonly<{
  control: AttachmentControl
  /** The core's or the form's message about the files (none attached, refused). */
  error: string | null
  disabled?: boolean
}>

let counter = 0

/** The content files of a draft: dropped or chosen, each uploaded at once. */
export function ContentFiles({ control, error, disabled }: Props): ReactElement {
  return (
    <div className="attachments" data-testid="draft-files">
      <Upload.Dragger
        multiple
        disabled={disabled ?? false}
        showUploadList={false}
        accept={CONTENT_ACCEPT}
        customRequest={({ file, onSuccess, onError }) => {
          counter += 1
          void control.upload(file as File, `draft-upload-${counter}`).then((result) => {
            if (result) {
              onSuccess?.(result)
            } else {
              onError?.(new Error('refused'))
            }
          })
        }}
        className="attachments__drop"
      >
        <p className="attachments__drop-text">
          <InboxOutlined aria-hidden /> Kéo thả tệp dự thảo (Word, PDF) vào đây hoặc <a>chọn tệp</a>
        </p>
      </Upload.Dragger>
      {error ? (
        <Typography.Text type="danger" role="alert" data-testid="draft-files-error">
          {error}
        </Typography.Text>
      ) : null}
      {control.list.length > 0 ? (
        <ul className="attachments__list" aria-label="Tệp dự thảo">
          {control.list.map((a) => (
            <FileRow
              key={a.uid}
              item={a}
              selected={control.selected?.uid === a.uid}
              onSelect={() => control.select(a.uid)}
              onRemove={() => control.remove(a.uid)}
              disabled={disabled ?? false}
            />
          ))}
        </ul>
      ) : null}
    </div>
  )
}

type RowProps = Readonly<{
  item: Attachment
  selected: boolean
  onSelect: () => void
  onRemove: () => void
  disabled: boolean
}>

function FileRow({ item, selected, onSelect, onRemove, disabled }: RowProps): ReactElement {
  const icon =
    item.status === 'uploading' ? (
      <LoadingOutlined aria-label="Đang tải lên" />
    ) : item.status === 'error' ? (
      <ExclamationCircleOutlined style={{ color: '#cf1322' }} aria-hidden />
    ) : isPdfName(item.name) ? (
      <FilePdfOutlined style={{ color: '#c0392b' }} aria-hidden />
    ) : (
      <FileWordOutlined style={{ color: '#1f5fbf' }} aria-hidden />
    )
  return (
    <li
      className={`attachments__row${selected ? ' attachments__row--selected' : ''}`}
      data-status={item.status}
    >
      <button
        type="button"
        className="attachments__name"
        onClick={onSelect}
        disabled={item.status !== 'done'}
        title={item.status === 'done' ? 'Xem trước tệp này' : item.name}
      >
        {icon}
        <span>{item.name}</span>
      </button>
      <span className="attachments__meta">
        {item.status === 'uploading' ? (
          <Typography.Text type="secondary">Đang tải lên…</Typography.Text>
        ) : null}
        {item.result?.pages ? <Tag>{item.result.pages} trang</Tag> : null}
        {selected ? <Tag color="blue">Đang xem</Tag> : null}
      </span>
      <Button
        type="text"
        size="small"
        icon={<CloseOutlined aria-hidden />}
        aria-label={`Bỏ tệp ${item.name}`}
        onClick={onRemove}
        disabled={disabled || item.status === 'uploading'}
      />
      {item.error ? (
        <Typography.Text type="danger" className="attachments__error" role="alert">
          {item.error}
        </Typography.Text>
      ) : null}
    </li>
  )
}
