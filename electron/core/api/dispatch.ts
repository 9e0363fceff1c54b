import { contract, type Access } from '../../../shared/api/contract'
import type { ApiReply } from '../../../shared/api/errors'
import { isMethodName, type MethodName } from '../../../shared/api/method-names'
import { auditTrail, awaitingWrites } from '../audit/trail'
import { resolveSession } from '../auth/resolve'
import { type Actor, type CoreDeps, type Door, type SessionChange } from '../context'
import { CoreError } from '../errors'
import { isSetUp } from '../setup/state'
import type { Handler, Handlers } from './handler'
import { fieldMessages, summary } from './zod-errors'

export type DispatchRequest = Readonly<{
  method: unknown
  input: unknown
  door: Door
  /** The session token the door holds (cookie, main-process memory). */
  token?: string | null
  /** The CLI acts as the system, not as a user. */
  system?: string
  /** Shown in the sessions list: user agent or window. */
  client?: string | null
}>

export type DispatchResult = Readonly<{ reply: ApiReply<unknown>; session: SessionChange | null }>

// Methods a fresh data directory answers before the agency exists (the calendar is pure
// arithmetic over the defaults, useful from the CLI on any data directory).
const beforeSetup: ReadonlySet<MethodName> = new Set([
  'system.info',
  'setup.init',
  'calendar.holidays',
  'calendar.addWorkingDays',
])

/**
 * The one way into the core: validate, authenticate, authorise, run, audit, map errors.
 * Every door (IPC, HTTP, CLI) calls this and nothing else.
 */
export async function dispatch(
  deps: CoreDeps,
  handlers: Handlers,
  req: DispatchRequest,
): Promise<DispatchResult> {
  let session: SessionChange | null = null
  let method: MethodName | null = null
  try {
    if (!isMethodName(req.method)) {
      throw new CoreError('UNKNOWN_METHOD', `Không có chức năng "${String(req.method)}"`)
    }
    method = req.method
    const def = contract[method]
    if (!beforeSetup.has(method) && !isSetUp(deps.db)) {
      throw new CoreError(
        'SETUP_REQUIRED',
        'Chưa thiết lập cơ quan: hãy hoàn tất bước thiết lập ban đầu',
      )
    }
    // Who before what: a caller without the right learns nothing about the input it sent.
    const actor = authenticate(deps, req, def.access)
    authorise(actor, def.access)
    const parsed = def.input.safeParse(req.input ?? {})
    if (!parsed.success) {
      const fields = fieldMessages(parsed.error)
      throw new CoreError('VALIDATION', summary(fields), { fields })
    }

    const trail = auditTrail(deps, actor, method, parsed.data)
    const ctx = {
      ...deps,
      actor,
      door: req.door,
      client: req.client ?? null,
      setSession: (change: SessionChange): void => {
        session = change
      },
      audit: trail.record,
    }
    const handler: Handler<MethodName> = handlers[method]
    const run = (): ReturnType<typeof handler> => handler(ctx, parsed.data)
    // A write and its audit row commit together; see awaitingWrites for the exceptions.
    const value = def.writes && !awaitingWrites.has(method) ? trail.write(run) : await run()
    if (def.writes) {
      trail.finish(value)
    }
    trail.settle()
    return { reply: { ok: true, value: value ?? null }, session }
  } catch (err) {
    return { reply: { ok: false, error: toErrorBody(deps, method, err) }, session }
  }
}

function authenticate(deps: CoreDeps, req: DispatchRequest, access: Access): Actor {
  if (req.system !== undefined && req.door === 'cli') {
    return { kind: 'system', name: req.system }
  }
  if (req.token) {
    try {
      return resolveSession(deps, req.token)
    } catch (err) {
      // A stale cookie must not stop the login page from asking system.info or logging in.
      if (access !== 'public') {
        throw err
      }
    }
  }
  if (access === 'public') {
    return { kind: 'anonymous' }
  }
  throw new CoreError('UNAUTHENTICATED', 'Bạn chưa đăng nhập')
}

function authorise(actor: Actor, access: Access): void {
  if (access === 'public' || actor.kind === 'system') {
    return
  }
  if (actor.kind !== 'user') {
    throw new CoreError('UNAUTHENTICATED', 'Bạn chưa đăng nhập')
  }
  if (access === 'session') {
    return
  }
  if (!access.some((role) => actor.user.roles.includes(role))) {
    throw new CoreError('FORBIDDEN', 'Bạn không có quyền thực hiện thao tác này')
  }
}

function toErrorBody(
  deps: CoreDeps,
  method: string | null,
  err: unknown,
): ReturnType<CoreError['toBody']> {
  if (err instanceof CoreError) {
    return err.toBody()
  }
  const code = (err as { code?: unknown } | null)?.code
  if (typeof code === 'string' && code.startsWith('SQLITE_CONSTRAINT')) {
    deps.log.warn('constraint', { method, err })
    return {
      code: 'CONFLICT',
      message: 'Dữ liệu trùng hoặc vi phạm ràng buộc; không có gì bị thay đổi',
    }
  }
  if (typeof code === 'string' && (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED')) {
    deps.log.warn('busy', { method, err })
    return { code: 'CONFLICT', message: 'Cơ sở dữ liệu đang bận, hãy thử lại' }
  }
  deps.log.error('internal error', { method, err })
  return { code: 'INTERNAL', message: 'Lỗi hệ thống; chi tiết đã được ghi vào nhật ký' }
}
