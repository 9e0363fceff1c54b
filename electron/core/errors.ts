import type { ApiErrorBody, ErrorCode } from '../../shared/api/errors'

/** The one error type the core throws on purpose. Anything else is a bug and maps to INTERNAL. */
export class CoreError extends Error {
  readonly code: ErrorCode
  readonly fields: Readonly<Record<string, string>> | undefined
  readonly retryAfter: number | undefined
  readonly details: Readonly<Record<string, unknown>> | undefined

  constructor(
    code: ErrorCode,
    message: string,
    extra: Readonly<{
      fields?: Record<string, string>
      retryAfter?: number
      details?: Readonly<Record<string, unknown>>
    }> = {},
  ) {
    super(message)
    this.name = 'CoreError'
    this.code = code
    this.fields = extra.fields
    this.retryAfter = extra.retryAfter
    this.details = extra.details
  }

  toBody(): ApiErrorBody {
    return {
      code: this.code,
      message: this.message,
      ...(this.fields ? { fields: this.fields } : {}),
      ...(this.retryAfter !== undefined ? { retryAfter: this.retryAfter } : {}),
      ...(this.details ? { details: this.details } : {}),
    }
  }
}

export const notFound = (what: string): CoreError =>
  new CoreError('NOT_FOUND', `Không tìm thấy ${what}`)

export const forbidden = (why = 'Bạn không có quyền thực hiện thao tác này'): CoreError =>
  new CoreError('FORBIDDEN', why)

export const conflict = (message: string, fields?: Record<string, string>): CoreError =>
  new CoreError('CONFLICT', message, fields ? { fields } : {})
