import { Typography } from 'antd'
import type { ReactElement } from 'react'

/** How to search, shown before the first search and when one finds nothing. */
export function SearchTips(): ReactElement {
  return (
    <div className="search-tips">
      <Typography.Text strong>Mẹo tìm kiếm</Typography.Text>
      <ul>
        <li>
          Gõ không dấu cũng được: <code>quyet dinh phe duyet</code> tìm thấy «Quyết định phê duyệt».
        </li>
        <li>
          Tìm theo số ký hiệu, viết thế nào cũng được: <code>123/QĐ-UBND</code>,{' '}
          <code>qd-ubnd 123</code> hay chỉ <code>123</code>.
        </li>
        <li>
          Đặt trong dấu ngoặc kép để tìm đúng cả cụm: <code>"chuyển đổi số"</code>.
        </li>
        <li>Gõ sai một chữ vẫn tìm được; nội dung tệp đính kèm và ý kiến chỉ đạo cũng được tìm.</li>
        <li>Không gõ gì, chỉ chọn loại, cơ quan hay khoảng ngày để liệt kê văn bản.</li>
      </ul>
    </div>
  )
}
