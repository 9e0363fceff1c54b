import { FilePdfOutlined } from '@ant-design/icons'
import { Alert, Empty, Spin } from 'antd'
import { useCallback, useEffect, useRef, useState, type ReactElement } from 'react'
import type { PDFDocumentProxy } from 'pdfjs-dist'
import { useDebounced } from '../use-debounced'
import { PdfPage } from './pdf-page'
import { foldQuery, type Match } from './pdf-text'
import { PdfThumbnails } from './pdf-thumbnails'
import { PdfToolbar } from './pdf-toolbar'
import { useFind, usePageText } from './use-pdf-find'
import { usePdfDocument } from './use-pdf-document'
import './pdf-viewer.css'

type Props = Readonly<{
  /** The file's bytes (from files.content); undefined while they load. */
  data: Uint8Array | undefined
  loading?: boolean
  error?: string | null
  height?: number | string
}>

/** A PDF preview: thumbnails, one page at a time, zoom, and find with highlights. */
export function PdfViewer({ data, loading, error, height = 640 }: Props): ReactElement {
  const pdf = usePdfDocument(data)
  const frame = { height }
  if (error || pdf.error) {
    return (
      <div className="pdf-viewer pdf-viewer--message" style={frame}>
        <Alert type="error" showIcon title={error ?? pdf.error} />
      </div>
    )
  }
  if (loading || pdf.loading) {
    return (
      <div className="pdf-viewer pdf-viewer--message" style={frame} role="status">
        <Spin />
        <span>Đang mở tệp…</span>
      </div>
    )
  }
  if (!pdf.doc) {
    return (
      <div className="pdf-viewer pdf-viewer--message" style={frame}>
        <Empty
          image={<FilePdfOutlined aria-hidden style={{ fontSize: 48, color: '#b7c2d0' }} />}
          description="Chưa có tệp để xem trước"
        />
      </div>
    )
  }
  return <LoadedViewer key={pdf.doc.fingerprints[0] ?? ''} doc={pdf.doc} height={height} />
}

const THUMBS_WIDTH = 108
const MIN_ZOOM = 0.25
const MAX_ZOOM = 4

function LoadedViewer({
  doc,
  height,
}: {
  doc: PDFDocumentProxy
  height: number | string
}): ReactElement {
  const [page, setPage] = useState(1)
  const [zoom, setZoom] = useState<'fit' | number>('fit')
  const [findText, setFindText] = useState('')
  const [index, setIndex] = useState(0)
  const [width, setWidth] = useState(0)
  const [thumbsChoice, setThumbsChoice] = useState<boolean | null>(null)
  const [naturalWidth, setNaturalWidth] = useState(595)
  const rootRef = useRef<HTMLDivElement>(null)
  const query = foldQuery(useDebounced(findText, 250))

  useEffect(() => {
    const el = rootRef.current
    if (!el) {
      return undefined
    }
    const observer = new ResizeObserver(([entry]) => setWidth(entry?.contentRect.width ?? 0))
    observer.observe(el)
    return () => observer.disconnect()
  }, [])

  // Miniatures help on a wide viewer; beside a form they would shrink the page to unreadable.
  const thumbs = doc.numPages > 1 && (thumbsChoice ?? width >= 680)
  const areaWidth = width - (thumbs ? THUMBS_WIDTH : 0) - 26

  const onFound = useCallback((matches: readonly Match[]) => {
    setIndex(0)
    if (matches[0]) {
      setPage(matches[0].page)
    }
  }, [])
  const find = useFind(doc, query, onFound)
  const text = usePageText(doc, page)
  const current = find.matches[index] ?? null

  const fitScale = areaWidth > 40 ? areaWidth / naturalWidth : 1
  const scale = zoom === 'fit' ? fitScale : zoom
  const clampPage = (n: number): number => Math.min(Math.max(1, Math.round(n)), doc.numPages)
  const go = (n: number): void => setPage(clampPage(n))
  const zoomBy = (factor: number): void =>
    setZoom(Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, Math.round(scale * factor * 100) / 100)))
  const step = (delta: number): void => {
    const count = find.matches.length
    if (count === 0) {
      return
    }
    const next = (index + delta + count) % count
    setIndex(next)
    const match = find.matches[next]
    if (match) {
      setPage(match.page)
    }
  }

  let findStatus = ''
  if (query !== '') {
    if (find.searching) {
      findStatus = 'Đang tìm…'
    } else {
      findStatus = find.matches.length === 0 ? 'Không thấy' : `${index + 1}/${find.matches.length}`
    }
  }

  return (
    <div className="pdf-viewer" style={{ height }} ref={rootRef}>
      <PdfToolbar
        page={page}
        pages={doc.numPages}
        onPage={go}
        percent={Math.round(scale * 100)}
        fit={zoom === 'fit'}
        onZoomIn={() => zoomBy(1.2)}
        onZoomOut={() => zoomBy(1 / 1.2)}
        onFit={() => setZoom('fit')}
        findText={findText}
        onFindText={setFindText}
        findStatus={findStatus}
        onNext={() => step(1)}
        onPrevious={() => step(-1)}
        thumbs={doc.numPages > 1 ? thumbs : null}
        onThumbs={() => setThumbsChoice(!thumbs)}
      />
      <div className="pdf-viewer__body">
        {thumbs ? <PdfThumbnails doc={doc} current={page} onOpen={go} /> : null}
        <div
          className="pdf-viewer__area"
          tabIndex={0}
          aria-label={`Trang ${page} trên ${doc.numPages}`}
          onKeyDown={(e) => {
            if (e.key === 'PageDown' || e.key === 'ArrowRight') {
              e.preventDefault()
              go(page + 1)
            } else if (e.key === 'PageUp' || e.key === 'ArrowLeft') {
              e.preventDefault()
              go(page - 1)
            }
          }}
        >
          {text && !text.hasText ? (
            <Alert
              className="pdf-viewer__scan-note"
              type="info"
              showIcon
              title="Trang này là ảnh quét, không có lớp chữ"
              description="Không tìm hay sao chép được chữ trên trang này; hãy đọc và nhập thông tin bằng tay."
            />
          ) : null}
          <PdfPage
            doc={doc}
            pageNumber={page}
            scale={scale}
            text={text}
            matches={find.matches.filter((m) => m.page === page)}
            current={current}
            onWidth={setNaturalWidth}
          />
        </div>
      </div>
    </div>
  )
}
