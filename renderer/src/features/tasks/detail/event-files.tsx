import { PaperClipOutlined } from '@ant-design/icons'
import { App, Button } from 'antd'
import type { ReactElement } from 'react'
import { useFileBytes } from '../../../api/tasks'
import { downloadBytes } from '../../../ui/download'

type Props = Readonly<{ files: readonly { sha256: string; name: string }[] }>

/** The files of a report or result, each saved with its own name on click. */
export function EventFiles({ files }: Props): ReactElement | null {
  const bytesOf = useFileBytes()
  const { message } = App.useApp()
  if (files.length === 0) {
    return null
  }
  const save = (f: { sha256: string; name: string }): void => {
    bytesOf(f.sha256)
      .then((bytes) => downloadBytes(bytes, f.name, 'application/octet-stream'))
      .catch((err: unknown) =>
        message.error(err instanceof Error ? err.message : 'Không tải được tệp'),
      )
  }
  return (
    <div>
      {files.map((f) => (
        <Button
          key={f.sha256}
          type="link"
          size="small"
          icon={<PaperClipOutlined aria-hidden />}
          onClick={() => save(f)}
          style={{ paddingInline: 0, marginRight: 12 }}
        >
          {f.name}
        </Button>
      ))}
    </div>
  )
}
