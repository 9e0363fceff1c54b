import { useEffect, useState } from 'react'
import type { PDFDocumentProxy } from 'pdfjs-dist'
import { loadPdfjs } from './load-pdfjs'

export type PdfState = Readonly<{
  doc: PDFDocumentProxy | null
  error: string | null
  loading: boolean
}>

function describe(err: unknown): string {
  const name = err instanceof Error ? err.name : ''
  if (name === 'PasswordException') {
    return 'Tệp PDF được đặt mật khẩu nên không xem trước được.'
  }
  if (name === 'InvalidPDFException') {
    return 'Tệp không phải PDF hợp lệ hoặc đã bị hỏng.'
  }
  return 'Không mở được tệp PDF để xem trước.'
}

type Held = Readonly<{
  source: Uint8Array | undefined
  doc: PDFDocumentProxy | null
  error: string | null
}>

/** Opens PDF bytes with pdf.js; the document is freed when the bytes change or on unmount. */
export function usePdfDocument(data: Uint8Array | undefined): PdfState {
  const [held, setHeld] = useState<Held>({ source: data, doc: null, error: null })
  // New bytes: forget the old document at once rather than show it under the new name.
  if (held.source !== data) {
    setHeld({ source: data, doc: null, error: null })
  }

  useEffect(() => {
    if (!data) {
      return undefined
    }
    let cancelled = false
    let destroy: (() => Promise<void>) | null = null
    void (async () => {
      try {
        const pdfjs = await loadPdfjs()
        if (cancelled) {
          return
        }
        // pdf.js hands the buffer to its worker and detaches it: give it a copy, not the cache's.
        const task = pdfjs.getDocument({ data: data.slice(), isEvalSupported: false })
        destroy = () => task.destroy()
        const doc = await task.promise
        if (!cancelled) {
          setHeld({ source: data, doc, error: null })
        }
      } catch (err) {
        if (!cancelled) {
          setHeld({ source: data, doc: null, error: describe(err) })
        }
      }
    })()
    return () => {
      cancelled = true
      void destroy?.()
    }
  }, [data])

  const current = held.source === data
  return {
    doc: current ? held.doc : null,
    error: current ? held.error : null,
    loading: data !== undefined && current && held.doc === null && held.error === null,
  }
}
