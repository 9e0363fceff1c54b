import { useEffect, useState } from 'react'
import type { PDFDocumentProxy } from 'pdfjs-dist'
import { findInPage, readPageText, type Match, type PageText } from './pdf-text'

// Page texts are read once per document and kept with it, whoever asks first.
const cache = new WeakMap<PDFDocumentProxy, Map<number, Promise<PageText>>>()

export function pageTextOf(doc: PDFDocumentProxy, page: number): Promise<PageText> {
  let pages = cache.get(doc)
  if (!pages) {
    pages = new Map()
    cache.set(doc, pages)
  }
  let text = pages.get(page)
  if (!text) {
    text = doc.getPage(page).then(readPageText)
    pages.set(page, text)
  }
  return text
}

/** The text of the page on screen (null while it is read, or if it cannot be). */
export function usePageText(doc: PDFDocumentProxy | null, page: number): PageText | null {
  const [held, setHeld] = useState<{ doc: PDFDocumentProxy; page: number; text: PageText } | null>(
    null,
  )
  useEffect(() => {
    if (!doc) {
      return undefined
    }
    let cancelled = false
    pageTextOf(doc, page).then(
      (text) => {
        if (!cancelled) {
          setHeld({ doc, page, text })
        }
      },
      () => undefined,
    )
    return () => {
      cancelled = true
    }
  }, [doc, page])
  return held && held.doc === doc && held.page === page ? held.text : null
}

export type FindState = Readonly<{ matches: readonly Match[]; searching: boolean }>

/**
 * Every match of a folded query in the whole document, page by page. `onFound` hears the
 * result once, so the viewer can jump to the first match.
 */
export function useFind(
  doc: PDFDocumentProxy | null,
  query: string,
  onFound: (matches: readonly Match[]) => void,
): FindState {
  const [result, setResult] = useState<{
    doc: PDFDocumentProxy
    query: string
    matches: readonly Match[]
  } | null>(null)

  useEffect(() => {
    if (!doc || query === '') {
      return undefined
    }
    let cancelled = false
    void (async () => {
      const matches: Match[] = []
      for (let page = 1; page <= doc.numPages && !cancelled; page += 1) {
        try {
          matches.push(...findInPage(await pageTextOf(doc, page), page, query))
        } catch {
          // An unreadable page has nothing to find; the others still count.
        }
      }
      if (!cancelled) {
        setResult({ doc, query, matches })
        onFound(matches)
      }
    })()
    return () => {
      cancelled = true
    }
  }, [doc, query, onFound])

  if (!doc || query === '') {
    return { matches: [], searching: false }
  }
  const current = result?.doc === doc && result.query === query
  return { matches: current ? result.matches : [], searching: !current }
}
