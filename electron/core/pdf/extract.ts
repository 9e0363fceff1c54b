// Text extraction with pdf.js (the legacy build, which runs in plain Node and in worker
// threads through its "fake worker"). Runs inside the job pool: see jobs/registry.ts.

import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs'
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { nfc } from '../../../shared/text'
import { layoutLines, type TextRun } from './layout'
import { inspectPageOps, multiply } from './page-ops'
import { PdfError } from './pdf-errors'
import { checkInflatedSizes, type InflateLimits } from './stream-guard'

export { pdfErrorMessage, type PdfErrorCode } from './pdf-errors'

export type PdfExtract = {
  /** Page count the file declares. */
  pages: number
  /** Text of the pages read (the first `pageTexts.length`), lines joined by '\n', NFC. */
  pageTexts: string[]
  textStatus: 'text' | 'scanned' | 'mixed'
  /** 1-based pages without a text layer: scans, or text drawn as outlines. */
  scannedPages: number[]
  /** True when pages or characters were left out to respect the caps. */
  truncated: boolean
  /** The lines of page 1 in reading order, for metadata suggestions. */
  firstPageLines: string[]
}

export type ExtractOptions = Readonly<{
  maxPages?: number
  maxChars?: number
  inflateLimits?: InflateLimits
}>

const DEFAULT_MAX_PAGES = 500
const DEFAULT_MAX_CHARS = 5_000_000
// Fewer letters and digits than this and a page has no real text layer: a printed page number
// or a one-word stamp is not text to index.
const MIN_PAGE_CHARS = 10
// Counting paint operations needs the page's operator list, which decodes its images. After
// this many pages turn out to be scans, the remaining textless pages are taken to be scans too.
const MAX_PAINT_CHECKS = 3

type PdfJs = typeof PdfJsModule

function hasPdfHeader(bytes: Uint8Array): boolean {
  // `%PDF-` may follow junk (mail headers, a BOM) within the first 1024 bytes; readers accept it.
  const head = bytes.subarray(0, 1024)
  for (let i = 0; i + 5 <= head.length; i++) {
    if (
      head[i] === 0x25 &&
      head[i + 1] === 0x50 &&
      head[i + 2] === 0x44 &&
      head[i + 3] === 0x46 &&
      head[i + 4] === 0x2d
    ) {
      return true
    }
  }
  return false
}

function errorName(err: unknown): string {
  return err instanceof Error ? err.name : typeof err
}

function errorDetail(err: unknown): string {
  return err instanceof Error ? `${err.name}: ${err.message}` : String(err)
}

// Annotations whose appearance may carry text that getTextContent leaves out: signature
// widgets stamped with the number and date, stamps, free text.
const STAMP_SUBTYPES = new Set(['Widget', 'Stamp', 'FreeText'])

type PageRead = { lines: string[]; textless: boolean; painted: boolean }

function textChars(runs: readonly TextRun[]): number {
  let n = 0
  for (const run of runs) {
    n += run.str.match(/[\p{L}\p{N}]/gu)?.length ?? 0
  }
  return n
}

async function hasStamps(page: PDFPageProxy): Promise<boolean> {
  const annotations = (await page.getAnnotations()) as unknown[]
  return annotations.some((a) => {
    const { subtype, hasAppearance } = a as { subtype?: unknown; hasAppearance?: unknown }
    return typeof subtype === 'string' && STAMP_SUBTYPES.has(subtype) && hasAppearance === true
  })
}

/**
 * One page's lines in reading order. `inspect` allows reading the operator list to tell a scan
 * from a blank page; when it is false a page without text is taken to be a scan.
 */
async function readPage(pdfjs: PdfJs, page: PDFPageProxy, inspect: boolean): Promise<PageRead> {
  // The viewport puts the origin at the top left and applies /Rotate, so rotated pages read
  // the way they are shown.
  const viewport = page.getViewport({ scale: 1 })
  const content = await page.getTextContent()
  const runs: TextRun[] = []
  for (const item of content.items) {
    if (!('str' in item) || item.str === '') {
      continue
    }
    const m = multiply(viewport.transform, item.transform)
    runs.push({
      str: item.str,
      x: m[4] ?? 0,
      y: m[5] ?? 0,
      width: item.width,
      size: Math.hypot(m[2] ?? 0, m[3] ?? 0),
    })
  }
  // Stamped text is kept, but only the text layer decides whether the page has text: a scan
  // with a signature stamp on it is still a scan.
  const textless = textChars(runs) < MIN_PAGE_CHARS
  const stamps = await hasStamps(page)
  let painted = textless
  if (stamps || (textless && inspect)) {
    const ops = await inspectPageOps(pdfjs, page, viewport.transform)
    runs.push(...ops.stampRuns)
    painted = textless && (ops.paints || !inspect)
  }
  return { lines: layoutLines(runs).map(nfc), textless, painted }
}

async function openDocument(
  pdfjs: PdfJs,
  bytes: Uint8Array,
): Promise<{ doc: PDFDocumentProxy; destroy: () => Promise<void> }> {
  const task = pdfjs.getDocument({
    // pdf.js transfers (detaches) the buffer it is given: hand it a copy, and a plain
    // Uint8Array (it refuses a Buffer, whose slice() would not copy anyway).
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    isOffscreenCanvasSupported: false,
    enableXfa: false,
    stopAtErrors: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  })
  try {
    const doc = await task.promise
    return { doc, destroy: () => task.destroy() }
  } catch (err) {
    await task.destroy()
    if (errorName(err) === 'PasswordException') {
      throw new PdfError('PDF_ENCRYPTED')
    }
    // InvalidPDFException, FormatError, a missing catalog: the file cannot be parsed at all.
    // Broken xref tables that pdf.js can rebuild never reach here.
    throw new PdfError('PDF_DAMAGED', errorDetail(err))
  }
}

/**
 * Extracts the text of a PDF page by page, in reading order (see layout.ts), and says which
 * pages have no text layer. Refuses with a PdfError: NOT_PDF, PDF_EMPTY, PDF_ENCRYPTED (a user
 * password is set), PDF_DAMAGED, PDF_BOMB (streams that inflate past stream-guard.ts's limits).
 * Reads at most `maxPages` pages (500) and `maxChars` characters (5 M) and sets `truncated`
 * when it stops early.
 */
export async function extractPdf(
  bytes: Uint8Array,
  opts: ExtractOptions = {},
): Promise<PdfExtract> {
  if (bytes.length === 0) {
    throw new PdfError('PDF_EMPTY')
  }
  if (!hasPdfHeader(bytes)) {
    throw new PdfError('NOT_PDF')
  }
  await checkInflatedSizes(bytes, opts.inflateLimits)
  const maxPages = Math.max(1, Math.floor(opts.maxPages ?? DEFAULT_MAX_PAGES))
  const maxChars = Math.max(1, Math.floor(opts.maxChars ?? DEFAULT_MAX_CHARS))
  // Loaded on first use: pdf.js is large and most jobs never need it.
  const pdfjs: PdfJs = await import('pdfjs-dist/legacy/build/pdf.mjs')
  const { doc, destroy } = await openDocument(pdfjs, bytes)
  try {
    const pages = doc.numPages
    const pageTexts: string[] = []
    const textless: number[] = []
    const scannedPages: number[] = []
    let firstPageLines: string[] = []
    let chars = 0
    let paintedFound = 0
    let truncated = pages > maxPages
    for (let n = 1; n <= Math.min(pages, maxPages); n++) {
      let read: PageRead
      try {
        const page = await doc.getPage(n)
        read = await readPage(pdfjs, page, paintedFound < MAX_PAINT_CHECKS)
        page.cleanup()
      } catch (err) {
        if (n === 1) {
          throw new PdfError('PDF_DAMAGED', errorDetail(err))
        }
        // A broken page tree (or a page count the file cannot back up): keep what was read.
        truncated = true
        break
      }
      if (n === 1) {
        firstPageLines = read.lines
      }
      if (read.textless) {
        textless.push(n)
      }
      if (read.painted) {
        paintedFound++
        scannedPages.push(n)
      }
      let text = read.lines.join('\n')
      if (chars + text.length > maxChars) {
        text = text.slice(0, Math.max(0, maxChars - chars))
        pageTexts.push(text)
        truncated = true
        break
      }
      chars += text.length
      pageTexts.push(text)
    }
    const read = pageTexts.length
    // A document with no text anywhere is a scan even if its pages paint nothing we recognise.
    const noText = textless.length === read
    const missing = noText ? textless : scannedPages
    const textStatus = noText ? 'scanned' : missing.length === 0 ? 'text' : 'mixed'
    return { pages, pageTexts, textStatus, scannedPages: missing, truncated, firstPageLines }
  } finally {
    await destroy()
  }
}
