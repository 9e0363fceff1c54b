import {
  createServer,
  type IncomingMessage,
  type Server as HttpServer,
  type ServerResponse,
} from 'node:http'
import { createServer as createTlsServer, type Server as HttpsServer } from 'node:https'
import type { ApiErrorBody, ErrorCode } from '../../shared/api/errors'
import type { Core } from '../core/core'
import { schemaVersionOf } from '../core/db/migrate'
import type { MethodName } from '../../shared/api/method-names'
import { createLoginGuard, type LoginGuard } from './login-guard'
import { clearedSessionCookie, readCookie, SESSION_COOKIE, sessionCookie } from './cookies'
import { securityHeaders } from './security-headers'
import { readBody } from './read-body'
import { serveStatic } from './static-files'

export type HttpDoorOptions = Readonly<{
  core: Core
  /** The built renderer (out/renderer). */
  staticDir: string
  /** Behind TLS: cookies get the Secure flag. */
  secure: boolean
  /** PEM certificate and key: the door speaks HTTPS (and `secure` should be true). */
  tls?: Readonly<{ cert: Buffer; key: Buffer }>
  /** A JSON body must arrive within this time; a trickling client is cut off with 408. */
  bodyTimeoutMs?: number
  /** Failed logins per client address; by default 30 in 15 minutes on the core's clock. */
  loginGuard?: LoginGuard
}>

type Door = HttpDoorOptions & Readonly<{ guard: LoginGuard }>

const LOGIN: MethodName = 'auth.login'

export type DoorServer = HttpServer | HttpsServer

const MAX_JSON = 2 * 1024 * 1024
// Attachments: a 95-page scanned register can be large; the core checks the content itself.
const MAX_BINARY = 200 * 1024 * 1024
// 2 MB of JSON needs well under a second even on a slow office LAN.
const JSON_BODY_TIMEOUT_MS = 30_000

const statusOf: Readonly<Record<ErrorCode, number>> = {
  VALIDATION: 400,
  UNAUTHENTICATED: 401,
  SESSION_EXPIRED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  UNKNOWN_METHOD: 404,
  CONFLICT: 409,
  DUPLICATE: 409,
  ALREADY_SET_UP: 409,
  SETUP_REQUIRED: 409,
  RATE_LIMITED: 429,
  DB_TOO_NEW: 500,
  INTERNAL: 500,
}

/**
 * The loopback HTTP door: `POST /api/<method>` onto the same dispatch as IPC and the CLI,
 * `GET /healthz`, and the built renderer. It answers no CORS preflight and sets no CORS header,
 * so only pages from its own origin can read its replies.
 */
export function createHttpDoor(options: HttpDoorOptions): DoorServer {
  const opts: Door = {
    ...options,
    guard: options.loginGuard ?? createLoginGuard({ clock: options.core.deps.clock }),
  }
  const listener = (req: IncomingMessage, res: ServerResponse): void => {
    handle(opts, req, res).catch((err: unknown) => {
      opts.core.deps.log.error('http door', { err, url: req.url })
      if (!res.headersSent) {
        sendJson(res, 500, { ok: false, error: { code: 'INTERNAL', message: 'Lỗi hệ thống' } })
      } else {
        res.destroy()
      }
    })
  }
  return opts.tls
    ? createTlsServer({ cert: opts.tls.cert, key: opts.tls.key, minVersion: 'TLSv1.2' }, listener)
    : createServer(listener)
}

async function handle(opts: Door, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const path = (req.url ?? '/').split('?')[0] ?? '/'
  if (path === '/healthz' && (req.method === 'GET' || req.method === 'HEAD')) {
    sendJson(res, 200, {
      status: 'ok',
      version: opts.core.deps.version,
      schemaVersion: schemaVersionOf(opts.core.db),
    })
    return
  }
  if (path.startsWith('/api/')) {
    await handleApi(opts, req, res, path.slice('/api/'.length))
    return
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    sendJson(res, 405, refusal('FORBIDDEN', 'Phương thức không được hỗ trợ'))
    return
  }
  serveStatic(opts.staticDir, req, res)
}

async function handleApi(
  opts: Door,
  req: IncomingMessage,
  res: ServerResponse,
  method: string,
): Promise<void> {
  if (req.method !== 'POST') {
    sendJson(res, 405, refusal('FORBIDDEN', 'API chỉ nhận yêu cầu POST'))
    return
  }
  // A custom header cannot be sent cross-site without a CORS preflight, which we never grant.
  if (req.headers['x-requested-with'] !== 'vanthu') {
    sendJson(res, 403, refusal('FORBIDDEN', 'Thiếu tiêu đề X-Requested-With: vanthu'))
    return
  }
  if (!sameOrigin(req)) {
    sendJson(res, 403, refusal('FORBIDDEN', 'Yêu cầu từ nguồn khác bị từ chối'))
    return
  }
  const input = await readInput(req, opts.bodyTimeoutMs ?? JSON_BODY_TIMEOUT_MS)
  if ('refusal' in input) {
    // The rest of a refused body is not worth reading: answer, then drop the connection.
    sendJson(res, input.status, input.refusal, input.status === 400 ? {} : { Connection: 'close' })
    return
  }
  const client = req.socket.remoteAddress ?? 'unknown'
  const wait = method === LOGIN ? opts.guard.secondsToWait(client) : 0
  if (wait > 0) {
    const message = `Máy này đã đăng nhập sai quá nhiều lần. Hãy thử lại sau ${wait} giây.`
    sendJson(
      res,
      429,
      { ok: false, error: { code: 'RATE_LIMITED', message, retryAfter: wait } },
      {
        'Retry-After': String(wait),
      },
    )
    return
  }
  const token = readCookie(req.headers.cookie, SESSION_COOKIE)
  const { reply, session } = await opts.core.dispatch({
    method,
    input: input.value,
    door: 'http',
    token,
    client: String(req.headers['user-agent'] ?? '').slice(0, 200) || null,
  })
  if (method === LOGIN && !reply.ok && reply.error.code === 'UNAUTHENTICATED') {
    opts.guard.failed(client)
  }
  const headers: Record<string, string> = {}
  if (session?.kind === 'start') {
    headers['Set-Cookie'] = sessionCookie(session.token, session.expiresAt, opts.secure)
  } else if (
    session?.kind === 'end' ||
    (!reply.ok && statusOf[reply.error.code] === 401 && token)
  ) {
    headers['Set-Cookie'] = clearedSessionCookie(opts.secure)
  }
  if (!reply.ok && reply.error.retryAfter !== undefined) {
    headers['Retry-After'] = String(reply.error.retryAfter)
  }
  if (reply.ok && reply.value instanceof Uint8Array) {
    // Bytes out (a file to preview, a printed register): raw, never inside JSON.
    res.writeHead(200, {
      'Content-Type': 'application/octet-stream',
      'Content-Length': reply.value.byteLength,
      'Cache-Control': 'no-store',
      ...securityHeaders,
      ...headers,
    })
    res.end(reply.value)
    return
  }
  sendJson(res, reply.ok ? 200 : statusOf[reply.error.code], reply, headers)
}

type ReadInput =
  { value: unknown } | { status: number; refusal: { ok: false; error: ApiErrorBody } }

/**
 * JSON for every method; a raw `application/octet-stream` body for methods that take a file,
 * which becomes `{ name, bytes }` (the name from the URI-encoded `X-File-Name` header).
 */
async function readInput(req: IncomingMessage, timeoutMs: number): Promise<ReadInput> {
  const type = req.headers['content-type'] ?? ''
  const binary = type.startsWith('application/octet-stream')
  if (!binary && !type.startsWith('application/json')) {
    return { status: 415, refusal: refusal('VALIDATION', 'Nội dung phải là JSON') }
  }
  const body = await readBody(req, binary ? MAX_BINARY : MAX_JSON, binary ? 0 : timeoutMs)
  if (body === 'too-large') {
    return { status: 413, refusal: refusal('VALIDATION', 'Dữ liệu gửi lên quá lớn') }
  }
  if (body === 'too-slow') {
    return { status: 408, refusal: refusal('VALIDATION', 'Dữ liệu gửi lên quá chậm') }
  }
  if (binary) {
    let name = ''
    try {
      name = decodeURIComponent(String(req.headers['x-file-name'] ?? ''))
    } catch {
      return { status: 400, refusal: refusal('VALIDATION', 'Tên tệp không hợp lệ') }
    }
    return { value: { name, bytes: new Uint8Array(body.buffer, body.byteOffset, body.byteLength) } }
  }
  try {
    const text = body.toString('utf8')
    return { value: text.length === 0 ? {} : (JSON.parse(text) as unknown) }
  } catch {
    return { status: 400, refusal: refusal('VALIDATION', 'JSON không hợp lệ') }
  }
}

/**
 * Browsers send Origin on POST; when they do it must be this server's own. Newer browsers also
 * say where the request came from in Sec-Fetch-Site; anything but our own page is refused.
 */
function sameOrigin(req: IncomingMessage): boolean {
  const site = req.headers['sec-fetch-site']
  if (site !== undefined && site !== 'same-origin' && site !== 'none') {
    return false
  }
  const origin = req.headers.origin
  if (!origin) {
    return true
  }
  try {
    return new URL(origin).host === req.headers.host
  } catch {
    return false
  }
}

function refusal(code: ErrorCode, message: string): { ok: false; error: ApiErrorBody } {
  return { ok: false, error: { code, message } }
}

function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  extra: Record<string, string> = {},
): void {
  const text = JSON.stringify(body)
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    ...securityHeaders,
    ...extra,
  })
  res.end(text)
}
