import { describe, expect, it, vi } from 'vitest'
import { methodNames } from '../../../shared/api/method-names'
import type { DispatchRequest, DispatchResult } from '../../../electron/core/api/dispatch'
import {
  ipcChannel,
  isTrustedSender,
  registerIpcDoor,
  type IpcEventLike,
  type OurContents,
} from '../../../electron/main/ipc'
import { ownUrlCheck } from '../../../electron/main/origin'

const isOwn = ownUrlCheck(null)

type Handler = (event: IpcEventLike, input: unknown) => Promise<unknown>

function setup(replies: DispatchResult[] = []): {
  handlers: Map<string, Handler>
  calls: DispatchRequest[]
  ours: OurContents & { destroy: () => void }
  event: (over?: Partial<{ frame: unknown; senderId: number }>) => IpcEventLike
  removed: string[]
  dispose: () => void
} {
  const handlers = new Map<string, Handler>()
  const removed: string[] = []
  const calls: DispatchRequest[] = []
  const destroyed: (() => void)[] = []
  const mainFrame = { url: 'app://bundle/index.html', parent: null, processId: 4, routingId: 1 }
  const ours = {
    id: 7,
    mainFrame,
    destroy: () => {
      for (const fn of destroyed) {
        fn()
      }
    },
  }
  const sender = {
    id: 7,
    once: (_: 'destroyed', fn: () => void) => {
      destroyed.push(fn)
    },
  }
  const queue = [...replies]
  const door = registerIpcDoor({
    ipcMain: {
      handle: (channel, fn) => {
        handlers.set(channel, fn)
      },
      removeHandler: (channel) => {
        removed.push(channel)
      },
    },
    dispatch: (req) => {
      calls.push(req)
      return Promise.resolve(queue.shift() ?? { reply: { ok: true, value: null }, session: null })
    },
    isOwnUrl: isOwn,
    ourContents: () => ours,
    log: { warn: vi.fn(), error: vi.fn() },
  })
  const event = (over: Partial<{ frame: unknown; senderId: number }> = {}): IpcEventLike =>
    ({
      sender: { ...sender, id: over.senderId ?? sender.id },
      senderFrame: 'frame' in over ? over.frame : mainFrame,
    }) as IpcEventLike
  return { handlers, calls, ours, event, removed, dispose: door.dispose }
}

const forbidden = { ok: false, error: { code: 'FORBIDDEN', message: 'Yêu cầu không hợp lệ' } }

describe('IPC door', () => {
  it('registers one api:<method> handler per method, and removes them on dispose', () => {
    const { handlers, removed, dispose } = setup()
    expect([...handlers.keys()].sort()).toEqual(methodNames.map((m) => `api:${m}`).sort())
    dispose()
    expect(removed.length).toBe(methodNames.length)
    expect(ipcChannel('auth.login')).toBe('api:auth.login')
  })

  it('refuses a sub-frame, a foreign URL, another webContents and a vanished frame', async () => {
    const { handlers, calls, event } = setup()
    const h = handlers.get('api:system.info')!
    const sub = { url: 'app://bundle/index.html', parent: {}, processId: 4, routingId: 9 }
    expect(await h(event({ frame: sub }), {})).toEqual(forbidden)
    const foreign = { url: 'https://evil.example/', parent: null, processId: 4, routingId: 1 }
    expect(await h(event({ frame: foreign }), {})).toEqual(forbidden)
    const otherTop = { url: 'app://bundle/index.html', parent: null, processId: 5, routingId: 3 }
    expect(await h(event({ frame: otherTop }), {})).toEqual(forbidden)
    expect(await h(event({ senderId: 99 }), {})).toEqual(forbidden)
    expect(await h(event({ frame: null }), {})).toEqual(forbidden)
    const disposed = {
      get url(): string {
        throw new Error('Render frame was disposed')
      },
      parent: null,
      processId: 4,
      routingId: 1,
    }
    expect(await h(event({ frame: disposed }), {})).toEqual(forbidden)
    expect(calls).toEqual([])
  })

  it('has no trusted sender while there is no window', () => {
    const frame = { url: 'app://bundle/', parent: null, processId: 1, routingId: 1 }
    expect(
      isTrustedSender({ sender: { id: 1, once: () => {} }, senderFrame: frame }, null, isOwn),
    ).toBe(false)
  })

  it('keeps the session token in the main process and passes it on', async () => {
    const login: DispatchResult = {
      reply: { ok: true, value: { expiresAt: '2030-01-01T00:00:00.000Z', user: { id: 1 } } },
      session: { kind: 'start', token: 'secret-token', expiresAt: '2030-01-01T00:00:00.000Z' },
    }
    const { handlers, calls, event } = setup([login])
    const reply = await handlers.get('api:auth.login')!(event(), { username: 'a', password: 'b' })
    expect(reply).toEqual(login.reply)
    expect(JSON.stringify(reply)).not.toContain('secret-token')
    expect(calls[0]).toEqual({
      method: 'auth.login',
      input: { username: 'a', password: 'b' },
      door: 'ipc',
      token: null,
      client: 'desktop',
    })

    await handlers.get('api:users.list')!(event(), {})
    expect(calls[1]?.token).toBe('secret-token')
    expect(calls[1]?.method).toBe('users.list')
  })

  it('forgets the token on logout, on a dead session, and when the window goes', async () => {
    const start = (token: string): DispatchResult => ({
      reply: { ok: true, value: null },
      session: { kind: 'start', token, expiresAt: '2030-01-01T00:00:00.000Z' },
    })
    const ok: DispatchResult = { reply: { ok: true, value: null }, session: null }
    const { handlers, calls, event, ours } = setup([
      start('t1'),
      { reply: { ok: true, value: null }, session: { kind: 'end' } },
      ok,
      start('t2'),
      {
        reply: { ok: false, error: { code: 'SESSION_EXPIRED', message: 'hết hạn' } },
        session: null,
      },
      ok,
      start('t3'),
      ok,
    ])
    const call = (m: string): Promise<unknown> => handlers.get(`api:${m}`)!(event(), {})
    await call('auth.login')
    await call('auth.logout')
    await call('auth.session')
    expect(calls[2]?.token).toBeNull()
    await call('auth.login')
    await call('auth.session')
    await call('auth.session')
    expect(calls[5]?.token).toBeNull()
    await call('auth.login')
    ours.destroy()
    await call('auth.session')
    expect(calls.map((c) => c.token)).toEqual([null, 't1', null, null, 't2', null, null, null])
  })

  it('answers INTERNAL when dispatch itself throws', async () => {
    const handlers = new Map<string, Handler>()
    const frame = { url: 'app://bundle/index.html', parent: null, processId: 4, routingId: 1 }
    registerIpcDoor({
      ipcMain: { handle: (c, fn) => void handlers.set(c, fn), removeHandler: () => {} },
      dispatch: () => Promise.reject(new Error('boom')),
      isOwnUrl: isOwn,
      ourContents: () => ({ id: 1, mainFrame: frame }),
    })
    const reply = (await handlers.get('api:system.info')!(
      { sender: { id: 1, once: () => {} }, senderFrame: frame },
      {},
    )) as { ok: boolean; error: { code: string } }
    expect(reply.ok).toBe(false)
    expect(reply.error.code).toBe('INTERNAL')
  })
})
