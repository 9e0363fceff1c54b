import { Alert, Button, Space } from 'antd'
import type { ReactElement } from 'react'

type Props = Readonly<{
  source: string | null
  count: number
  onConfirm: () => void
  onDiscard: () => void
}>

/** Says which fields came from the PDF, and lets the clerk keep or drop them in one go. */
export function SuggestionBar({ source, count, onConfirm, onDiscard }: Props): ReactElement {
  return (
    <Alert
      type="info"
      showIcon
      className="suggestion-bar"
      title={`${count} ô được điền theo gợi ý từ PDF: kiểm tra với văn bản rồi xác nhận`}
      description={source ? `Đọc từ ${source}; sửa ô nào thì ô đó thành của bạn.` : undefined}
      action={
        <Space size={6}>
          <Button size="small" type="primary" onClick={onConfirm} tabIndex={-1}>
            Áp dụng gợi ý
          </Button>
          <Button size="small" onClick={onDiscard} tabIndex={-1}>
            Bỏ gợi ý
          </Button>
        </Space>
      }
    />
  )
}
