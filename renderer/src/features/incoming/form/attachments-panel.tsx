import {
  CloseOutlined,
  ExclamationCircleOutlined,
  FilePdfOutlined,
  InboxOutlined,
  LoadingOutlined,
} from '@ant-design/icons'
import { Button, Tag, Typography, Upload } from 'antd'
import type { ReactElement, ReactNode } from 'react'
import type { UploadResult } from '../../../../../shared/api/document-types'
import { TextStatusTag } from '../text-status-tag'
import type { Attachment, AttachmentControl } from './use-attachments'

type Props = Readonly<{
  control: AttachmentControl
  onUploaded: (result: UploadResult) => void
  disabled?: boolean
  /** Under the drop zone; the registration form says what it reads from the file. */
  hint?: ReactNode
}>

let counter = 0

/** Drop zone and the list of attached files; each file is uploaded and read on arrival. */
export function AttachmentsPanel({ control, onUploaded, disabled, hint }: Props): ReactElement {
  return (
    <div className="attachments">
      <Upload.Dragger
        multiple
        disabled={disabled ?? false}
        showUploadList={false}
        accept=".pdf,application/pdf"
        customRequest={({ file, onSuccess, onError }) => {
          counter += 1
          const uid = `upload-${counter}`
          void control.upload(file as File, uid).then((result) => {
            if (result) {
              onSuccess?.(result)
              onUploaded(result)
            } else {
              onError?.(new Error('refused'))
            }
          })
        }}
        className="attachments__drop"
      >
        <p className="attachments__drop-text">
          <InboxOutlined aria-hidden /> Kéo thả tệp PDF vào đây hoặc <a>chọn tệp</a>
        </p>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {hint ?? 'Có thể chọn nhiều tệp. Tệp đầu tiên có lớp chữ sẽ được đọc để gợi ý thông tin.'}
        </Typography.Text>
      </Upload.Dragger>
      {control.list.length > 0 ? (
        <ul className="attachments__list" aria-label="Tệp đính kèm">
          {control.list.map((a) => (
            <AttachmentRow
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

function AttachmentRow({ item, selected, onSelect, onRemove, disabled }: RowProps): ReactElement {
  const icon =
    item.status === 'uploading' ? (
      <LoadingOutlined aria-label="Đang tải lên" />
    ) : item.status === 'error' ? (
      <ExclamationCircleOutlined style={{ color: '#cf1322' }} aria-hidden />
    ) : (
      <FilePdfOutlined style={{ color: '#c0392b' }} aria-hidden />
    )
  const pages = item.result?.pages
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
        tabIndex={-1}
        title={item.status === 'done' ? 'Xem trước tệp này' : item.name}
      >
        {icon}
        <span>{item.name}</span>
      </button>
      <span className="attachments__meta">
        {item.status === 'uploading' ? (
          <Typography.Text type="secondary">Đang tải lên và đọc tệp…</Typography.Text>
        ) : null}
        {pages ? <Tag>{pages} trang</Tag> : null}
        {item.result ? <TextStatusTag status={item.result.textStatus} /> : null}
        {selected ? <Tag color="blue">Đang xem</Tag> : null}
      </span>
      <Button
        type="text"
        size="small"
        icon={<CloseOutlined aria-hidden />}
        aria-label={`Bỏ tệp ${item.name}`}
        onClick={onRemove}
        disabled={disabled || item.status === 'uploading'}
        tabIndex={-1}
      />
      {item.error ? (
        <Typography.Text type="danger" className="attachments__error" role="alert">
          {item.error}
        </Typography.Text>
      ) : null}
    </li>
  )
}
