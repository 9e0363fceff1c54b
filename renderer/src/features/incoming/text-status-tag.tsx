import { Tag, Tooltip } from 'antd'
import type { ReactElement } from 'react'
import type { TextStatus } from '../../../../shared/api/document-types'

/** Says plainly when a PDF has no text to read or search: a scan must be typed by hand. */
export function TextStatusTag({ status }: { status: TextStatus }): ReactElement | null {
  if (status === 'scanned') {
    return (
      <Tooltip title="Tệp là ảnh quét: không tìm kiếm được chữ, cần nhập thông tin bằng tay.">
        <Tag color="orange">Không có lớp chữ</Tag>
      </Tooltip>
    )
  }
  if (status === 'mixed') {
    return (
      <Tooltip title="Có trang là ảnh quét, có trang có chữ.">
        <Tag color="gold">Một phần là ảnh quét</Tag>
      </Tooltip>
    )
  }
  return null
}
