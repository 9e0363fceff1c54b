import type { Input, Output } from '../../../shared/api/contract'
import type { ApiErrorBody, ApiReply, ErrorCode } from '../../../shared/api/errors'
import type { MethodName } from '../../../shared/api/method-names'
import './window-api'

/** Codes the core sends, plus one the client raises itself when no reply arrives at all. */
export type ClientErrorCode = ErrorCode | 'NETWORK'

/** A failed call: the core's Vietnamese message is meant to be shown as it is. */
export class ApiError extends Error {
  readonly code: ClientErrorCode
  readonly fields: Readonly<Record<string, string>> | undefined
  readonly retryAfter: number | undefined
  readonly details: Readonly<Record<string, unknown>> | undefined

  constructor(
    body: Readonly<{ code: ClientErrorCode; message: string }> &
      Partial<Omit<ApiErrorBody, 'code' | 'message'>>,
  ) {
    super(body.message)
    this.name = 'ApiError'
    this.code = body.code
    this.fields = body.fields
    this.retryAfter = body.retryAfter
    this.details = body.details
  }
}

export function isApiError(err: unknown, ...codes: readonly ClientErrorCode[]): err is ApiError {
  return err instanceof ApiError && (codes.length === 0 || codes.includes(err.code))
}

/** Errors that mean "nobody is signed in any more": the app goes back to the login screen. */
export function isAuthLost(err: unknown): err is ApiError {
  return isApiError(err, 'UNAUTHENTICATED', 'SESSION_EXPIRED')
}

const NETWORK_MESSAGE =
  'Không kết nối được tới máy chủ Văn Thư. Hãy kiểm tra máy chủ đang chạy rồi thử lại.'

function isReply(body: unknown): body is ApiReply<unknown> {
  return typeof body === 'object' && body !== null && 'ok' in body && typeof body.ok === 'boolean'
}

type FileInput = Readonly<{ name: string; bytes: Uint8Array }>

/** A method that takes a file (`{ name, bytes }`) travels as a raw body, not as JSON. */
function isFileInput(input: unknown): input is FileInput {
  return (
    typeof input === 'object' &&
    input !== null &&
    'bytes' in input &&
    input.bytes instanceof Uint8Array &&
    'name' in input &&
    typeof input.name === 'string'
  )
}

function requestOf(input: unknown): RequestInit {
  const common = { method: 'POST', credentials: 'same-origin' } as const
  if (isFileInput(input)) {
    return {
      ...common,
      headers: {
        'Content-Type': 'application/octet-stream',
        'X-File-Name': encodeURIComponent(input.name),
        'X-Requested-With': 'vanthu',
      },
      // A copy on a plain ArrayBuffer: fetch takes no view over a shared buffer.
      body: new Uint8Array(input.bytes),
    }
  }
  return {
    ...common,
    headers: { 'Content-Type': 'application/json', 'X-Requested-With': 'vanthu' },
    body: JSON.stringify(input),
  }
}

async function callHttp(method: MethodName, input: unknown): Promise<ApiReply<unknown>> {
  let response: Response
  try {
    // Relative to the page, so the app also works when a proxy serves it under a sub-path.
    response = await fetch(`api/${method}`, requestOf(input))
  } catch {
    throw new ApiError({ code: 'NETWORK', message: NETWORK_MESSAGE })
  }
  // A value that is bytes (a file, a printed register) comes raw; errors are always JSON.
  if (
    response.ok &&
    (response.headers.get('Content-Type') ?? '').startsWith('application/octet-stream')
  ) {
    try {
      return { ok: true, value: new Uint8Array(await response.arrayBuffer()) }
    } catch {
      throw new ApiError({ code: 'NETWORK', message: NETWORK_MESSAGE })
    }
  }
  // Errors come with non-200 statuses too; the JSON body is what tells what happened.
  let body: unknown
  try {
    body = await response.json()
  } catch {
    body = null
  }
  if (!isReply(body)) {
    throw new ApiError({
      code: 'INTERNAL',
      message: `Máy chủ trả lời không đúng định dạng (HTTP ${response.status}).`,
    })
  }
  return body
}

/**
 * Calls one contract method through the desktop bridge when it exists, over HTTP otherwise.
 * Resolves with the value or throws an `ApiError`.
 */
export async function call<M extends MethodName>(method: M, input: Input<M>): Promise<Output<M>> {
  const bridge = window.api
  // The mapped type cannot be narrowed by a generic key; each entry has exactly this shape.
  const viaBridge = bridge?.[method] as
    ((input: Input<M>) => Promise<ApiReply<Output<M>>>) | undefined
  const reply = viaBridge
    ? await viaBridge(input).catch((): never => {
        throw new ApiError({ code: 'NETWORK', message: NETWORK_MESSAGE })
      })
    : await callHttp(method, input)
  if (reply.ok) {
    return reply.value as Output<M>
  }
  throw new ApiError(reply.error)
}
