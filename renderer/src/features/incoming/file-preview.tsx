import { Empty } from 'antd'
import type { ReactElement } from 'react'
import type { StoredFile } from '../../../../shared/api/document-types'
import { useFileContent } from '../../api/files'
import { PdfViewer } from '../../ui/pdf/pdf-viewer'

type Props = Readonly<{ file: StoredFile | null; height?: number | string }>

/** The preview of one attachment, fetched by its hash from the core. */
export function FilePreview({ file, height = 640 }: Props): ReactElement {
  const isPdf = file !== null && (file.mime === 'application/pdf' || /\.pdf$/iu.test(file.name))
  const content = useFileContent(isPdf ? file.sha256 : null)
  if (file && !isPdf) {
    return (
      <div className="pdf-viewer pdf-viewer--message" style={{ height }}>
        <Empty description="Chỉ xem trước được tệp PDF." />
      </div>
    )
  }
  return (
    <PdfViewer
      data={content.data}
      loading={content.isFetching && !content.data}
      error={content.error ? content.error.message : null}
      height={height}
    />
  )
}
