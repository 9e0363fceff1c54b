import type * as PdfjsModule from 'pdfjs-dist'

export type Pdfjs = typeof PdfjsModule

let loading: Promise<Pdfjs> | null = null

/** pdf.js, fetched the first time a preview is shown and kept afterwards. */
export function loadPdfjs(): Promise<Pdfjs> {
  loading ??= import('./pdfjs').then(
    (m) => m.pdfjs,
    (err: unknown) => {
      // A failed chunk load (server restarted mid-update) may succeed on the next try.
      loading = null
      throw err
    },
  )
  return loading
}
