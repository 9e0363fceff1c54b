import { describe, expect, it, vi } from 'vitest'
import { ownUrlCheck } from '../../../electron/main/origin'
import {
  externalHttpUrl,
  guardAllContents,
  guardContents,
  hardenSession,
  isPermissionAllowed,
  navigationGuard,
  windowOpenHandler,
  type GuardedContents,
} from '../../../electron/main/security'

const isOwn = ownUrlCheck(null)

type Listener = (...args: unknown[]) => void

function fakeContents(): {
  contents: GuardedContents
  emit: (event: string, ...args: unknown[]) => void
  openHandler: () => ((d: { url: string }) => { action: string }) | null
} {
  const listeners = new Map<string, Listener[]>()
  let handler: ((d: { url: string }) => { action: string }) | null = null
  const contents = {
    on: (event: string, fn: Listener) => {
      listeners.set(event, [...(listeners.get(event) ?? []), fn])
    },
    setWindowOpenHandler: (fn: (d: { url: string }) => { action: string }) => {
      handler = fn
    },
  }
  return {
    contents: contents as unknown as GuardedContents,
    emit: (event, ...args) => {
      for (const fn of listeners.get(event) ?? []) {
        fn(...args)
      }
    },
    openHandler: () => handler,
  }
}

const navEvent = (
  url: string,
): { url: string; preventDefault: () => void; prevented: () => boolean } => {
  let prevented = false
  return {
    url,
    preventDefault: () => {
      prevented = true
    },
    prevented: () => prevented,
  }
}

describe('origin check', () => {
  it('knows our app:// origin and nothing else', () => {
    expect(isOwn('app://bundle/index.html')).toBe(true)
    expect(isOwn('app://BUNDLE/#/van-ban')).toBe(true)
    expect(isOwn('app://other/index.html')).toBe(false)
    expect(isOwn('https://evil.example/')).toBe(false)
    expect(isOwn('file:///etc/passwd')).toBe(false)
    expect(isOwn('not a url')).toBe(false)
  })

  it('accepts the dev server origin only when one is given', () => {
    const dev = ownUrlCheck('http://localhost:5173/')
    expect(dev('http://localhost:5173/#/x')).toBe(true)
    expect(dev('http://localhost:5174/')).toBe(false)
    expect(isOwn('http://localhost:5173/')).toBe(false)
  })
})

describe('navigation', () => {
  it('prevents will-navigate and will-redirect off our origin, allows our own', () => {
    const { contents, emit } = fakeContents()
    guardContents(
      contents,
      isOwn,
      vi.fn(async () => {}),
    )
    const evil = navEvent('https://evil.example/')
    emit('will-navigate', evil)
    expect(evil.prevented()).toBe(true)
    const redirect = navEvent('https://evil.example/redirected')
    emit('will-redirect', redirect)
    expect(redirect.prevented()).toBe(true)
    const own = navEvent('app://bundle/index.html#/van-ban-den')
    emit('will-navigate', own)
    expect(own.prevented()).toBe(false)
  })

  it('treats file: and javascript: targets as foreign', () => {
    const guard = navigationGuard(isOwn)
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'app://evil/']) {
      const e = navEvent(url)
      guard(e)
      expect(e.prevented()).toBe(true)
    }
  })

  it('blocks <webview> attachment', () => {
    const { contents, emit } = fakeContents()
    guardContents(
      contents,
      isOwn,
      vi.fn(async () => {}),
    )
    const e = navEvent('https://evil.example/')
    emit('will-attach-webview', e, {}, { src: 'https://evil.example/' })
    expect(e.prevented()).toBe(true)
  })

  it('guards every webContents the app creates', () => {
    const appListeners: Listener[] = []
    const app = { on: (_: string, fn: Listener) => appListeners.push(fn) }
    guardAllContents(
      app as never,
      isOwn,
      vi.fn(async () => {}),
    )
    const { contents, emit, openHandler } = fakeContents()
    for (const fn of appListeners) {
      fn({}, contents)
    }
    const e = navEvent('https://evil.example/')
    emit('will-navigate', e)
    expect(e.prevented()).toBe(true)
    expect(openHandler()).not.toBeNull()
  })
})

describe('window.open', () => {
  it('always denies, and opens only http(s) in the OS browser', () => {
    const openExternal = vi.fn(async (_url: string) => {})
    const handler = windowOpenHandler(openExternal)
    expect(handler({ url: 'https://thuvienphapluat.vn/van-ban' })).toEqual({ action: 'deny' })
    expect(handler({ url: 'http://example.com/a b' })).toEqual({ action: 'deny' })
    for (const url of [
      'javascript:alert(1)',
      'file:///etc/passwd',
      'app://bundle/index.html',
      'data:text/html,<script>1</script>',
      'smb://server/share',
      'https://user:pass@evil.example/',
      'not a url',
    ]) {
      expect(handler({ url })).toEqual({ action: 'deny' })
    }
    expect(openExternal.mock.calls.map(([u]) => u)).toEqual([
      'https://thuvienphapluat.vn/van-ban',
      'http://example.com/a%20b',
    ])
  })

  it('survives a failing openExternal', async () => {
    const handler = windowOpenHandler(() => Promise.reject(new Error('no browser')))
    expect(handler({ url: 'https://example.com/' })).toEqual({ action: 'deny' })
    await new Promise((r) => setTimeout(r, 0))
  })

  it('parses before trusting', () => {
    expect(externalHttpUrl('HTTPS://Example.COM')).toBe('https://example.com/')
    expect(externalHttpUrl(' javascript:alert(1)')).toBeNull()
    expect(externalHttpUrl(42)).toBeNull()
  })
})

describe('permissions', () => {
  it('allows only notifications and clipboard writes, only for our origin', () => {
    expect(isPermissionAllowed('notifications', 'app://bundle/index.html', isOwn)).toBe(true)
    expect(isPermissionAllowed('clipboard-sanitized-write', 'app://bundle/', isOwn)).toBe(true)
    expect(isPermissionAllowed('notifications', 'https://evil.example/', isOwn)).toBe(false)
    expect(isPermissionAllowed('notifications', undefined, isOwn)).toBe(false)
    for (const p of ['media', 'geolocation', 'clipboard-read', 'openExternal', 'hid', 'unknown']) {
      expect(isPermissionAllowed(p, 'app://bundle/', isOwn)).toBe(false)
    }
  })

  it('installs request and check handlers that answer accordingly', () => {
    let request: Listener = () => {}
    let check: (...args: unknown[]) => boolean = () => true
    const session = {
      setPermissionRequestHandler: (fn: Listener) => {
        request = fn
      },
      setPermissionCheckHandler: (fn: (...args: unknown[]) => boolean) => {
        check = fn
      },
    }
    hardenSession(session, isOwn)

    const answers: boolean[] = []
    const cb = (granted: boolean): void => {
      answers.push(granted)
    }
    request({}, 'media', cb, { requestingUrl: 'app://bundle/index.html', isMainFrame: true })
    request({}, 'notifications', cb, {
      requestingUrl: 'app://bundle/index.html',
      isMainFrame: true,
    })
    request({}, 'notifications', cb, { requestingUrl: 'https://evil.example/', isMainFrame: true })
    expect(answers).toEqual([false, true, false])

    expect(check(null, 'media', 'app://bundle', { isMainFrame: true })).toBe(false)
    expect(check(null, 'notifications', 'app://bundle', { isMainFrame: true })).toBe(true)
    expect(
      check(null, 'notifications', 'https://evil.example', {
        isMainFrame: false,
        requestingUrl: 'https://evil.example/x',
      }),
    ).toBe(false)
  })
})
