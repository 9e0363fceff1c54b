// Why a file could not be read as a PDF. Extraction runs in a worker thread, where a CoreError
// cannot cross back (structured clone keeps only name, message and code), so the worker throws
// a PdfError with one of these codes and the caller maps it to what the UI shows.

export const pdfErrorCodes = [
  'NOT_PDF',
  'PDF_EMPTY',
  'PDF_ENCRYPTED',
  'PDF_DAMAGED',
  'PDF_BOMB',
] as const
export type PdfErrorCode = (typeof pdfErrorCodes)[number]

const MESSAGES: Readonly<Record<PdfErrorCode, string>> = {
  NOT_PDF: 'Tệp không phải PDF.',
  PDF_EMPTY:
    'Tệp rỗng (0 byte), không có nội dung để đọc. Hãy chọn lại tệp hoặc xin nơi gửi gửi lại.',
  PDF_ENCRYPTED:
    'Tệp PDF được đặt mật khẩu nên không đọc được. Hãy xin bản không mật khẩu từ nơi gửi.',
  PDF_DAMAGED: 'Tệp PDF bị hỏng, không đọc được. Hãy xin nơi gửi gửi lại.',
  PDF_BOMB:
    'Tệp PDF chứa dữ liệu nén bất thường (giải nén ra quá lớn), có thể là tệp độc hại nên không được đọc. Hãy xin nơi gửi gửi lại.',
}

/** The Vietnamese message the UI shows for a refused file. */
export function pdfErrorMessage(code: PdfErrorCode): string {
  return MESSAGES[code]
}

export function isPdfErrorCode(code: unknown): code is PdfErrorCode {
  return typeof code === 'string' && (pdfErrorCodes as readonly string[]).includes(code)
}

/** A refused file. `detail` keeps what pdf.js said, for the log; the message is for people. */
export class PdfError extends Error {
  readonly code: PdfErrorCode
  constructor(code: PdfErrorCode, detail?: string) {
    super(detail ? `${pdfErrorMessage(code)} (${detail})` : pdfErrorMessage(code))
    this.name = 'PdfError'
    this.code = code
  }
}
