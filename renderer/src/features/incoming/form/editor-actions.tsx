import { Button, Flex, Typography } from 'antd'
import type { ReactElement } from 'react'

type Props = Readonly<{
  editing: boolean
  saving: boolean
  onSave: () => void
  onSaveNext: () => void
  onClear: () => void
  onCancel?: (() => void) | undefined
}>

/** The buttons, each with the key that does the same. */
export function EditorActions(p: Props): ReactElement {
  return (
    <Flex justify="space-between" align="center" gap={8} wrap className="editor-actions">
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        Enter: ô tiếp theo · Ctrl+S: lưu
        {p.editing ? '' : ' · Ctrl+Shift+S: lưu và thêm tiếp'} · Esc:{' '}
        {p.editing ? 'hoàn tác' : 'xóa trắng'}
      </Typography.Text>
      <Flex gap={8}>
        {p.onCancel ? <Button onClick={p.onCancel}>Hủy</Button> : null}
        <Button onClick={p.onClear} disabled={p.saving}>
          {p.editing ? 'Hoàn tác' : 'Xóa trắng'}
        </Button>
        {p.editing ? null : (
          <Button onClick={p.onSaveNext} loading={p.saving}>
            Lưu và thêm tiếp
          </Button>
        )}
        <Button type="primary" onClick={p.onSave} loading={p.saving} data-enter-stop>
          {p.editing ? 'Lưu thay đổi' : 'Lưu'}
        </Button>
      </Flex>
    </Flex>
  )
}
