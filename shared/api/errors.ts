// Error codes every door returns in `{ ok: false, error: { code, message } }`.
// The code is for programs (tests, the CLI's exit status, the UI's branching);
// the message is Vietnamese and is shown to the person as it is.
export const errorCodes = [
  'VALIDATION',
  'UNAUTHENTICATED',
  'SESSION_EXPIRED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'DUPLICATE',
  'RATE_LIMITED',
  'SETUP_REQUIRED',
  'ALREADY_SET_UP',
  'UNKNOWN_METHOD',
  'DB_TOO_NEW',
  'INTERNAL',
] as const

export type ErrorCode = (typeof errorCodes)[number]

export type ApiErrorBody = Readonly<{
  code: ErrorCode
  message: string
  /** Field-level problems for forms: path -> Vietnamese message. */
  fields?: Readonly<Record<string, string>>
  /** Seconds to wait before trying again (RATE_LIMITED). */
  retryAfter?: number
  /** Machine-readable particulars, e.g. the matching documents of a DUPLICATE refusal. */
  details?: Readonly<Record<string, unknown>>
}>

export type ApiReply<T> = { ok: true; value: T } | { ok: false; error: ApiErrorBody }
