import { useCallback, useEffect, useRef, useState, type ReactElement } from 'react'
import type { PDFDocumentProxy, PDFPageProxy, PageViewport } from 'pdfjs-dist'
import { matchRects, type Match, type PageText } from './pdf-text'

type Props = Readonly<{
  doc: PDFDocumentProxy
  pageNumber: number
  scale: number
  text: PageText | null
  matches: readonly Match[]
  current: Match | null
  /** Called with the page's natural width (at scale 1), for "fit width". */
  onWidth?: (width: number) => void
}>

type Rendered = Readonly<{ key: string; viewport: PageViewport }>

/** One page drawn on a canvas at the given zoom, with the find highlights over it. */
export function PdfPage({
  doc,
  pageNumber,
  scale,
  text,
  matches,
  current,
  onWidth,
}: Props): ReactElement {
  const canvasRef = useRef<HTMLCanvasElement>(null)
  const [rendered, setRendered] = useState<Rendered | null>(null)
  const [failed, setFailed] = useState<string | null>(null)
  const key = `${pageNumber}@${scale}`
  // Stable, so it runs when the current match's mark appears, not on every render.
  // Only the page area scrolls: scrollIntoView would move the whole screen as well.
  const bringIntoView = useCallback((el: HTMLSpanElement | null) => {
    const area = el?.closest('.pdf-viewer__area')
    if (!el || !area) {
      return
    }
    const box = el.getBoundingClientRect()
    const frame = area.getBoundingClientRect()
    area.scrollTop += box.top - frame.top - area.clientHeight / 2
    area.scrollLeft += Math.max(0, box.right - frame.right + 24)
  }, [])

  useEffect(() => {
    let cancelled = false
    let cancelRender: (() => void) | null = null
    void (async () => {
      let page: PDFPageProxy
      try {
        page = await doc.getPage(pageNumber)
      } catch {
        if (!cancelled) {
          setFailed(`Không đọc được trang ${pageNumber}.`)
        }
        return
      }
      const canvas = canvasRef.current
      if (cancelled || !canvas) {
        return
      }
      onWidth?.(page.getViewport({ scale: 1 }).width)
      const viewport = page.getViewport({ scale })
      const ratio = window.devicePixelRatio || 1
      canvas.width = Math.floor(viewport.width * ratio)
      canvas.height = Math.floor(viewport.height * ratio)
      canvas.style.width = `${Math.floor(viewport.width)}px`
      canvas.style.height = `${Math.floor(viewport.height)}px`
      const task = page.render({
        canvas,
        viewport,
        transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0],
      })
      cancelRender = () => task.cancel()
      try {
        await task.promise
        if (!cancelled) {
          setFailed(null)
          setRendered({ key: `${pageNumber}@${scale}`, viewport })
        }
      } catch (err) {
        // A newer zoom or page replaced this drawing: not a failure.
        if (!cancelled && !(err instanceof Error && err.name === 'RenderingCancelledException')) {
          setFailed(`Không hiển thị được trang ${pageNumber}.`)
        }
      }
    })()
    return () => {
      cancelled = true
      cancelRender?.()
    }
  }, [doc, pageNumber, scale, onWidth])

  const viewport = rendered?.key === key ? rendered.viewport : null
  return (
    <div className="pdf-page" data-page={pageNumber}>
      <canvas ref={canvasRef} aria-label={`Trang ${pageNumber}`} role="img" />
      {viewport && text
        ? matches.map((m) =>
            matchRects(text, m, viewport).map((r, i) => (
              <span
                key={`${m.start}-${i}`}
                ref={m === current && i === 0 ? bringIntoView : undefined}
                className={m === current ? 'pdf-page__hit pdf-page__hit--current' : 'pdf-page__hit'}
                style={{ left: r.left, top: r.top, width: r.width, height: r.height }}
              />
            )),
          )
        : null}
      {failed ? <div className="pdf-page__failed">{failed}</div> : null}
    </div>
  )
}
