import { SearchOutlined } from '@ant-design/icons'
import { Input } from 'antd'
import type { ReactElement } from 'react'

type Props = Readonly<{ text: string; onType: (text: string) => void }>

/** The screen's own box: results follow the typing, so there is nothing to press. */
export function SearchBox({ text, onType }: Props): ReactElement {
  return (
    <Input
      size="large"
      autoFocus
      allowClear
      aria-label="Nội dung tìm kiếm"
      prefix={<SearchOutlined aria-hidden />}
      placeholder="Số ký hiệu, trích yếu, nội dung… gõ có dấu hay không dấu đều được"
      value={text}
      maxLength={500}
      onChange={(e) => onType(e.target.value)}
      className="search-box"
    />
  )
}
