import {
  AppstoreOutlined,
  ColumnWidthOutlined,
  DownOutlined,
  LeftOutlined,
  RightOutlined,
  SearchOutlined,
  UpOutlined,
  ZoomInOutlined,
  ZoomOutOutlined,
} from '@ant-design/icons'
import { Button, Flex, Input, InputNumber, Space, Tooltip, Typography } from 'antd'
import type { ReactElement } from 'react'

type Props = Readonly<{
  page: number
  pages: number
  onPage: (page: number) => void
  percent: number
  fit: boolean
  onZoomIn: () => void
  onZoomOut: () => void
  onFit: () => void
  findText: string
  onFindText: (text: string) => void
  /** "3/12", "Không thấy", "Đang tìm…" or empty. */
  findStatus: string
  onNext: () => void
  onPrevious: () => void
  /** Miniatures shown or not; null when the file has one page. */
  thumbs: boolean | null
  onThumbs: () => void
}>

export function PdfToolbar(p: Props): ReactElement {
  return (
    <Flex className="pdf-toolbar" gap={8} wrap align="center" justify="space-between">
      <Space size={4}>
        {p.thumbs === null ? null : (
          <Tooltip title={p.thumbs ? 'Ẩn trang thu nhỏ' : 'Hiện trang thu nhỏ'}>
            <Button
              size="small"
              type={p.thumbs ? 'primary' : 'default'}
              ghost={p.thumbs}
              icon={<AppstoreOutlined aria-hidden />}
              aria-label="Trang thu nhỏ"
              aria-pressed={p.thumbs}
              onClick={p.onThumbs}
            />
          </Tooltip>
        )}
        <Tooltip title="Trang trước">
          <Button
            size="small"
            icon={<LeftOutlined aria-hidden />}
            aria-label="Trang trước"
            disabled={p.page <= 1}
            onClick={() => p.onPage(p.page - 1)}
          />
        </Tooltip>
        <InputNumber
          size="small"
          aria-label="Số trang đang xem"
          min={1}
          max={p.pages}
          value={p.page}
          controls={false}
          style={{ width: 52 }}
          onChange={(v) => (typeof v === 'number' ? p.onPage(v) : undefined)}
        />
        <Typography.Text type="secondary">/ {p.pages}</Typography.Text>
        <Tooltip title="Trang sau">
          <Button
            size="small"
            icon={<RightOutlined aria-hidden />}
            aria-label="Trang sau"
            disabled={p.page >= p.pages}
            onClick={() => p.onPage(p.page + 1)}
          />
        </Tooltip>
      </Space>
      <Space size={4}>
        <Button
          size="small"
          icon={<ZoomOutOutlined aria-hidden />}
          aria-label="Thu nhỏ"
          onClick={p.onZoomOut}
        />
        <Typography.Text style={{ minWidth: 44, textAlign: 'center' }}>
          {p.percent}%
        </Typography.Text>
        <Button
          size="small"
          icon={<ZoomInOutlined aria-hidden />}
          aria-label="Phóng to"
          onClick={p.onZoomIn}
        />
        <Button
          size="small"
          type={p.fit ? 'primary' : 'default'}
          ghost={p.fit}
          icon={<ColumnWidthOutlined aria-hidden />}
          onClick={p.onFit}
        >
          Vừa khung
        </Button>
      </Space>
      <Space size={4}>
        <Input
          size="small"
          allowClear
          prefix={<SearchOutlined aria-hidden />}
          placeholder="Tìm trong văn bản"
          aria-label="Tìm trong văn bản"
          value={p.findText}
          onChange={(e) => p.onFindText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault()
              // Stop here: Enter in a form around the viewer must not move to the next field.
              e.stopPropagation()
              if (e.shiftKey) {
                p.onPrevious()
              } else {
                p.onNext()
              }
            }
          }}
          style={{ width: 180 }}
        />
        <Typography.Text type="secondary" aria-live="polite" style={{ minWidth: 64 }}>
          {p.findStatus}
        </Typography.Text>
        <Button
          size="small"
          icon={<UpOutlined aria-hidden />}
          aria-label="Kết quả trước"
          onClick={p.onPrevious}
        />
        <Button
          size="small"
          icon={<DownOutlined aria-hidden />}
          aria-label="Kết quả sau"
          onClick={p.onNext}
        />
      </Space>
    </Flex>
  )
}
