import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { DispatchRequest, DispatchResult } from '../../../electron/core/api/dispatch'
import type { Notification as Reminder } from '../../../shared/api/task-types'

// The desktop reminders against a fake Electron Notification and a fake core: what is shown,
// when, as whom, and where a click leads.

type Listener = () => void

const fx = vi.hoisted(() => ({
  supported: true,
  shown: [] as { options: Record<string, unknown>; click: () => void }[],
}))

vi.mock('electron', () => {
  class Notification {
    static isSupported(): boolean {
      return fx.supported
    }
    private readonly listeners = new Map<string, Listener>()
    constructor(private readonly options: Record<string, unknown>) {}
    on(event: string, fn: Listener): this {
      this.listeners.set(event, fn)
      return this
    }
    show(): void {
      fx.shown.push({ options: this.options, click: () => this.listeners.get('click')?.() })
    }
  }
  return { Notification }
})

const { createDesktopReminders, openInPage, reminderPath, POLL_EVERY_MS } =
  await import('../../../electron/main/notifications')

const item = (id: number, over: Partial<Reminder> = {}): Reminder => ({
  id,
  kind: 'sap_den_han',
  title: 'Nhiệm vụ sắp đến hạn',
  body: `Việc ${id} · hạn 24/11/2026`,
  taskId: id,
  documentId: null,
  draftId: null,
  createdAt: '2026-11-22T01:00:00.000Z',
  readAt: null,
  ...over,
})

/** A core that hands out each pending item once, as takeDesktop does. */
function fakeCore(pending: Reminder[]): {
  dispatch: (req: DispatchRequest) => Promise<DispatchResult>
  calls: DispatchRequest[]
} {
  const calls: DispatchRequest[] = []
  return {
    calls,
    dispatch: (req) => {
      calls.push(req)
      const value = pending.splice(0, pending.length)
      return Promise.resolve({ reply: { ok: true, value }, session: null })
    },
  }
}

function setup(pending: Reminder[]) {
  const core = fakeCore(pending)
  const focusWindow = vi.fn()
  const scripts: string[] = []
  const contents = {
    isDestroyed: () => false,
    executeJavaScript: (code: string) => {
      scripts.push(code)
      return Promise.resolve()
    },
  }
  const reminders = createDesktopReminders({
    dispatch: core.dispatch,
    focusWindow,
    contents: () => contents,
    log: { warn: vi.fn() },
  })
  return { reminders, core, focusWindow, scripts }
}

/** Runs the timers for `ms` and lets the polls they start finish. */
async function advance(ms: number): Promise<void> {
  await vi.advanceTimersByTimeAsync(ms)
}

beforeEach(() => {
  vi.useFakeTimers()
  fx.supported = true
  fx.shown.length = 0
})

afterEach(() => {
  vi.useRealTimers()
})

describe('desktop reminders', () => {
  it('shows nothing and asks nothing while nobody is signed in', async () => {
    const { reminders, core } = setup([item(1)])
    await advance(POLL_EVERY_MS * 3)
    await reminders.poll()
    expect(core.calls).toHaveLength(0)
    expect(fx.shown).toHaveLength(0)
  })

  it('polls shortly after sign-in as the signed-in person, then every minute, showing each item once', async () => {
    const pending = [item(1), item(2, { title: 'Nhiệm vụ mới được giao chủ trì' })]
    const { reminders, core } = setup(pending)
    reminders.signedIn('token-1')
    await advance(3_000)
    expect(core.calls).toHaveLength(1)
    expect(core.calls[0]).toMatchObject({
      method: 'notifications.takeDesktop',
      input: {},
      door: 'ipc',
      token: 'token-1',
    })
    expect(fx.shown.map((s) => s.options)).toEqual([
      { title: 'Nhiệm vụ sắp đến hạn', body: 'Việc 1 · hạn 24/11/2026', silent: false },
      { title: 'Nhiệm vụ mới được giao chủ trì', body: 'Việc 2 · hạn 24/11/2026', silent: false },
    ])

    // A minute on, nothing new: nothing shown again.
    await advance(POLL_EVERY_MS)
    expect(core.calls).toHaveLength(2)
    expect(fx.shown).toHaveLength(2)

    // A reminder raised meanwhile comes at the next poll, once.
    pending.push(item(3))
    await advance(POLL_EVERY_MS)
    await advance(POLL_EVERY_MS)
    expect(fx.shown.map((s) => s.options.body)).toEqual([
      'Việc 1 · hạn 24/11/2026',
      'Việc 2 · hạn 24/11/2026',
      'Việc 3 · hạn 24/11/2026',
    ])
    reminders.stop()
  })

  it('focuses the window and opens the task (or the document) on click', async () => {
    const { reminders, focusWindow, scripts } = setup([
      item(7),
      item(8, { taskId: null, documentId: 42 }),
    ])
    reminders.signedIn('token-1')
    await advance(3_000)
    fx.shown[0]?.click()
    expect(focusWindow).toHaveBeenCalledTimes(1)
    fx.shown[1]?.click()
    await advance(0)
    expect(scripts).toEqual([
      'window.location.hash = "#/cong-viec/7"',
      'window.location.hash = "#/van-ban-den/42"',
    ])
    reminders.stop()
  })

  it('stops the timer on sign-out and on quit', async () => {
    const { reminders, core } = setup([])
    reminders.signedIn('token-1')
    await advance(3_000 + POLL_EVERY_MS)
    expect(core.calls).toHaveLength(2)
    reminders.signedOut()
    await advance(POLL_EVERY_MS * 5)
    expect(core.calls).toHaveLength(2)
    expect(vi.getTimerCount()).toBe(0)

    reminders.signedIn('token-2')
    await advance(3_000)
    expect(core.calls.at(-1)?.token).toBe('token-2')
    reminders.stop()
    expect(vi.getTimerCount()).toBe(0)
    // After quit, a late session change starts nothing.
    reminders.signedIn('token-3')
    expect(vi.getTimerCount()).toBe(0)
  })

  it('stops when the core says the session is gone', async () => {
    const calls: DispatchRequest[] = []
    const reminders = createDesktopReminders({
      dispatch: (req) => {
        calls.push(req)
        return Promise.resolve({
          reply: { ok: false, error: { code: 'SESSION_EXPIRED', message: 'hết hạn' } },
          session: null,
        })
      },
      focusWindow: vi.fn(),
      contents: () => null,
    })
    reminders.signedIn('token-1')
    await advance(3_000)
    await advance(POLL_EVERY_MS * 3)
    expect(calls).toHaveLength(1)
    expect(vi.getTimerCount()).toBe(0)
    expect(fx.shown).toHaveLength(0)
  })

  it('does nothing where the system has no notifications', async () => {
    fx.supported = false
    const { reminders, core } = setup([item(1)])
    reminders.signedIn('token-1')
    await advance(3_000 + POLL_EVERY_MS)
    expect(core.calls).toHaveLength(0)
    expect(fx.shown).toHaveLength(0)
    reminders.stop()
  })

  it('drops items that arrive after sign-out', async () => {
    let release: (r: DispatchResult) => void = () => {}
    const reminders = createDesktopReminders({
      dispatch: () => new Promise((ok) => (release = ok)),
      focusWindow: vi.fn(),
      contents: () => null,
    })
    reminders.signedIn('token-1')
    await advance(3_000)
    reminders.signedOut()
    release({ reply: { ok: true, value: [item(1)] }, session: null })
    await advance(0)
    expect(fx.shown).toHaveLength(0)
  })
})

describe('reminder targets', () => {
  it('leads to the task, else the document', () => {
    expect(reminderPath({ taskId: 3, documentId: 9 })).toBe('/cong-viec/3')
    expect(reminderPath({ taskId: null, documentId: 9 })).toBe('/van-ban-den/9')
    expect(reminderPath({ taskId: null, documentId: null })).toBeNull()
  })

  it('only ever puts a path of our own shape into the page', async () => {
    const scripts: string[] = []
    const contents = {
      isDestroyed: () => false,
      executeJavaScript: (code: string) => {
        scripts.push(code)
        return Promise.resolve()
      },
    }
    await openInPage(contents, '/cong-viec/1";alert(1);"')
    await openInPage(contents, 'javascript:alert(1)')
    await openInPage(null, '/cong-viec/1')
    expect(scripts).toEqual([])
  })
})

describe('IPC door session hook', () => {
  it('tells the reminders when our window signs in and out', async () => {
    const { registerIpcDoor } = await import('../../../electron/main/ipc')
    const { ownUrlCheck } = await import('../../../electron/main/origin')
    type Handler = (event: unknown, input: unknown) => Promise<unknown>
    const handlers = new Map<string, Handler>()
    const sessions: [number, string | null][] = []
    const mainFrame = { url: 'app://bundle/index.html', parent: null, processId: 1, routingId: 1 }
    const replies: DispatchResult[] = [
      { reply: { ok: true, value: null }, session: { kind: 'start', token: 't1', expiresAt: '' } },
      { reply: { ok: true, value: null }, session: { kind: 'end' } },
    ]
    registerIpcDoor({
      ipcMain: {
        handle: (channel, fn) => handlers.set(channel, fn as Handler),
        removeHandler: () => {},
      },
      dispatch: () =>
        Promise.resolve(replies.shift() ?? { reply: { ok: true, value: null }, session: null }),
      isOwnUrl: ownUrlCheck(null),
      ourContents: () => ({ id: 5, mainFrame }),
      onSession: (id, token) => sessions.push([id, token]),
    })
    const event = { sender: { id: 5, once: () => {} }, senderFrame: mainFrame }
    await handlers.get('api:auth.login')?.(event, {})
    await handlers.get('api:auth.logout')?.(event, {})
    expect(sessions).toEqual([
      [5, 't1'],
      [5, null],
    ])
  })
})
