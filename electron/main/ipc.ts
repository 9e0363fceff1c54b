import type { ApiReply } from '../../shared/api/errors'
import { methodNames } from '../../shared/api/method-names'
import type { DispatchRequest, DispatchResult } from '../core/api/dispatch'
import type { Logger } from '../core/log/logger'
import type { OwnUrlCheck } from './origin'

// The IPC door (ARCHITECTURE §2): one ipcMain.handle per contract method. The session token
// stays here, in the main process, keyed by webContents: page script never sees it, so an XSS
// in the renderer can use the session while the page lives but cannot carry it away.

type FrameLike = Readonly<{ url: string; parent: unknown; processId: number; routingId: number }>

export type IpcSender = Readonly<{
  id: number
  once: (event: 'destroyed', listener: () => void) => unknown
}>

export type IpcEventLike = Readonly<{ sender: IpcSender; senderFrame: FrameLike | null }>

export type OurContents = Readonly<{ id: number; mainFrame: FrameLike }>

export type IpcMainLike = {
  handle: (
    channel: string,
    listener: (event: IpcEventLike, input: unknown) => Promise<unknown>,
  ) => void
  removeHandler: (channel: string) => void
}

export type IpcDoorOptions = Readonly<{
  ipcMain: IpcMainLike
  dispatch: (req: DispatchRequest) => Promise<DispatchResult>
  isOwnUrl: OwnUrlCheck
  /** Our window's webContents; null while there is none. */
  ourContents: () => OurContents | null
  log?: Pick<Logger, 'warn' | 'error'>
  /**
   * Told when our window's session starts (its token) or ends (null): the desktop reminders
   * poll the core as the signed-in person while there is one.
   */
  onSession?: (contentsId: number, token: string | null) => void
}>

export type IpcDoor = Readonly<{ dispose: () => void }>

export const ipcChannel = (method: string): string => `api:${method}`

const forbidden: ApiReply<never> = {
  ok: false,
  error: { code: 'FORBIDDEN', message: 'Yêu cầu không hợp lệ' },
}

const internal: ApiReply<never> = {
  ok: false,
  error: { code: 'INTERNAL', message: 'Lỗi hệ thống, hãy thử lại hoặc khởi động lại ứng dụng' },
}

/**
 * Only our window's top frame, showing our page, may call: not an iframe, not a page the window
 * was somehow navigated to, not another webContents. Reading a frame that went away throws.
 */
export function isTrustedSender(
  event: IpcEventLike,
  ours: OurContents | null,
  isOwnUrl: OwnUrlCheck,
): boolean {
  try {
    if (ours === null || event.sender.id !== ours.id) {
      return false
    }
    const frame = event.senderFrame
    if (frame === null || frame.parent !== null) {
      return false
    }
    const main = ours.mainFrame
    if (
      frame !== main &&
      (frame.processId !== main.processId || frame.routingId !== main.routingId)
    ) {
      return false
    }
    return isOwnUrl(frame.url)
  } catch {
    return false
  }
}

export function registerIpcDoor(options: IpcDoorOptions): IpcDoor {
  const { ipcMain, dispatch, isOwnUrl, ourContents, log, onSession } = options
  const tokens = new Map<number, string>()
  const watched = new Set<number>()

  const forgetOnDestroy = (sender: IpcSender): void => {
    if (watched.has(sender.id)) {
      return
    }
    watched.add(sender.id)
    const id = sender.id
    sender.once('destroyed', () => {
      tokens.delete(id)
      watched.delete(id)
      onSession?.(id, null)
    })
  }

  for (const method of methodNames) {
    ipcMain.handle(ipcChannel(method), async (event, input) => {
      if (!isTrustedSender(event, ourContents(), isOwnUrl)) {
        log?.warn('ipc call refused', { method, url: safeUrl(event) })
        return forbidden
      }
      const id = event.sender.id
      const token = tokens.get(id) ?? null
      let result: DispatchResult
      try {
        result = await dispatch({ method, input, door: 'ipc', token, client: 'desktop' })
      } catch (err) {
        // dispatch maps errors itself; reaching here is a bug, and the page still gets a reply.
        log?.error('ipc dispatch threw', { method, err })
        return internal
      }
      const { reply, session } = result
      if (session?.kind === 'start') {
        tokens.set(id, session.token)
        forgetOnDestroy(event.sender)
        onSession?.(id, session.token)
      } else if (session?.kind === 'end') {
        tokens.delete(id)
        onSession?.(id, null)
      } else if (
        token !== null &&
        !reply.ok &&
        (reply.error.code === 'SESSION_EXPIRED' || reply.error.code === 'UNAUTHENTICATED')
      ) {
        // The core refuses every call that carries a dead token, even auth.login: drop it so
        // the person can sign in again without restarting the app.
        tokens.delete(id)
        onSession?.(id, null)
      }
      return reply
    })
  }

  return {
    dispose: () => {
      for (const method of methodNames) {
        ipcMain.removeHandler(ipcChannel(method))
      }
      tokens.clear()
    },
  }
}

function safeUrl(event: IpcEventLike): string | null {
  try {
    return event.senderFrame?.url ?? null
  } catch {
    return null
  }
}
