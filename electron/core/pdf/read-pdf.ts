// The core's door to PDF extraction: the work runs in the job pool (pdf.js on a 95-page file
// takes seconds), and a refused file comes back as the message the UI shows.

import { CoreError } from '../errors'
import type { JobPool } from '../jobs/pool'
import type { PdfExtract } from './extract'
import { isPdfErrorCode, pdfErrorMessage } from './pdf-errors'

/** Extracts a PDF's text in a worker; NOT_PDF, PDF_EMPTY, PDF_ENCRYPTED, PDF_DAMAGED -> VALIDATION. */
export async function readPdf(jobs: JobPool, path: string): Promise<PdfExtract> {
  try {
    return await jobs.run('pdfExtract', { path })
  } catch (err) {
    const code = (err as { code?: unknown } | null)?.code
    if (isPdfErrorCode(code)) {
      throw new CoreError('VALIDATION', pdfErrorMessage(code))
    }
    throw err
  }
}
