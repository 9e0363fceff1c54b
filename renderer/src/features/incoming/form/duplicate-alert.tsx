import { Alert, Button, Typography } from 'antd'
import type { ReactElement } from 'react'
import type { DuplicateMatch } from '../../../../../shared/api/document-types'
import { formatDate } from '../../../ui/format'

type Props = Readonly<{
  matches: readonly DuplicateMatch[]
  accepted: boolean
  onAccept: () => void
  onUndo: () => void
  onOpen: (documentId: number) => void
}>

const reasons: Readonly<Record<DuplicateMatch['reason'], string>> = {
  'same-number': 'cùng số, ký hiệu, cơ quan, ngày',
  'same-file': 'cùng tệp đính kèm',
}

/** NĐ 30 asks the System to warn of a duplicate before it is registered: here, inline. */
export function DuplicateAlert({
  matches,
  accepted,
  onAccept,
  onUndo,
  onOpen,
}: Props): ReactElement {
  return (
    <Alert
      type={accepted ? 'info' : 'warning'}
      showIcon
      className="duplicate-alert"
      role="alert"
      title={
        accepted
          ? `Đã chọn vẫn vào sổ dù giống ${matches.length} văn bản đã có`
          : `Văn bản này có thể đã được vào sổ (${matches.length} văn bản giống)`
      }
      action={
        accepted ? (
          <Button size="small" onClick={onUndo} tabIndex={-1}>
            Không vào sổ nữa
          </Button>
        ) : (
          <Button size="small" onClick={onAccept} tabIndex={-1}>
            Vẫn vào sổ
          </Button>
        )
      }
      description={
        <ul className="duplicate-alert__list">
          {matches.map((m) => (
            <li key={`${m.documentId}-${m.reason}`}>
              <Typography.Text strong>
                {m.soDen !== null ? `Số đến ${m.soDen}` : 'Văn bản đi'}
              </Typography.Text>
              {' · '}
              {m.soKyHieu || 'không số'}
              <Typography.Text type="secondary">
                {' · '}
                {formatDate(m.ngayBanHanh)}
                {m.coQuanBanHanh ? ` · ${m.coQuanBanHanh}` : ''} ({reasons[m.reason]})
              </Typography.Text>
              <Button
                type="link"
                size="small"
                onClick={() => onOpen(m.documentId)}
                tabIndex={-1}
                style={{ paddingInline: 6, height: 'auto' }}
              >
                Mở văn bản đã có
              </Button>
              <Typography.Text
                type="secondary"
                ellipsis={{ tooltip: m.trichYeu }}
                style={{ display: 'block', fontSize: 13 }}
              >
                {m.trichYeu}
              </Typography.Text>
            </li>
          ))}
        </ul>
      }
    />
  )
}
