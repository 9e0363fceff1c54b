import { useEffect, useRef, useState, type ReactElement } from 'react'
import type { PDFDocumentProxy } from 'pdfjs-dist'

const WIDTH = 84

/** Scrolls the list of miniatures, not the screen, so that `el` shows. */
function keepInView(el: HTMLElement): void {
  const list = el.parentElement
  if (!list) {
    return
  }
  if (el.offsetTop < list.scrollTop) {
    list.scrollTop = el.offsetTop - 8
  } else if (el.offsetTop + el.offsetHeight > list.scrollTop + list.clientHeight) {
    list.scrollTop = el.offsetTop + el.offsetHeight - list.clientHeight + 8
  }
}

type ThumbProps = Readonly<{
  doc: PDFDocumentProxy
  pageNumber: number
  active: boolean
  onOpen: (page: number) => void
}>

/** A page in miniature, drawn only once it scrolls into view: a 95-page file stays light. */
function Thumbnail({ doc, pageNumber, active, onOpen }: ThumbProps): ReactElement {
  const buttonRef = useRef<HTMLButtonElement>(null)
  const canvasRef = useRef<HTMLCanvasElement>(null)
  const [visible, setVisible] = useState(false)

  useEffect(() => {
    const el = buttonRef.current
    if (!el || visible) {
      return undefined
    }
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        setVisible(true)
      }
    })
    observer.observe(el)
    return () => observer.disconnect()
  }, [visible])

  useEffect(() => {
    if (!visible) {
      return undefined
    }
    let cancelled = false
    let cancelRender: (() => void) | null = null
    void (async () => {
      try {
        const page = await doc.getPage(pageNumber)
        const canvas = canvasRef.current
        if (cancelled || !canvas) {
          return
        }
        const viewport = page.getViewport({ scale: WIDTH / page.getViewport({ scale: 1 }).width })
        canvas.width = Math.floor(viewport.width)
        canvas.height = Math.floor(viewport.height)
        const task = page.render({ canvas, viewport })
        cancelRender = () => task.cancel()
        await task.promise
      } catch {
        // A missing miniature is not worth a message: the page itself still opens.
      }
    })()
    return () => {
      cancelled = true
      cancelRender?.()
    }
  }, [doc, pageNumber, visible])

  useEffect(() => {
    if (active && buttonRef.current) {
      keepInView(buttonRef.current)
    }
  }, [active])

  return (
    <button
      ref={buttonRef}
      type="button"
      className={active ? 'pdf-thumb pdf-thumb--active' : 'pdf-thumb'}
      aria-label={`Trang ${pageNumber}`}
      aria-current={active ? 'page' : undefined}
      onClick={() => onOpen(pageNumber)}
      tabIndex={-1}
    >
      <canvas ref={canvasRef} width={WIDTH} height={Math.round(WIDTH * 1.41)} />
      <span>{pageNumber}</span>
    </button>
  )
}

type Props = Readonly<{
  doc: PDFDocumentProxy
  current: number
  onOpen: (page: number) => void
}>

export function PdfThumbnails({ doc, current, onOpen }: Props): ReactElement {
  const pages = Array.from({ length: doc.numPages }, (_, i) => i + 1)
  return (
    <nav className="pdf-thumbs" aria-label="Các trang">
      {pages.map((n) => (
        <Thumbnail key={n} doc={doc} pageNumber={n} active={n === current} onOpen={onOpen} />
      ))}
    </nav>
  )
}
