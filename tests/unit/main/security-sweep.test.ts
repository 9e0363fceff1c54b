import { describe, expect, it, vi } from 'vitest'
import { ownUrlCheck } from '../../../electron/main/origin'
import { hardenSession, windowOpenHandler } from '../../../electron/main/security'

// security.test.ts covers the rules case by case; these sweep whole lists: the schemes a link can
// carry and every permission name Electron's typings list, so a new one is denied by default.

const isOwn = ownUrlCheck(null)

type Listener = (...args: unknown[]) => void

describe('every scheme and every permission', () => {
  it('opens nothing but parsed http(s), whatever the spelling', () => {
    const openExternal = vi.fn(async (_url: string) => {})
    const handler = windowOpenHandler(openExternal)
    for (const url of [
      'JavaScript:alert(1)',
      '\tjavascript:alert(1)',
      'java\nscript:alert(1)',
      'vbscript:msgbox(1)',
      'data:text/html;base64,PHNjcmlwdD4xPC9zY3JpcHQ+',
      'FILE:///C:/Windows/System32/cmd.exe',
      'file://server/share/x.exe',
      'blob:app://bundle/1234',
      'about:blank',
      'chrome://settings',
      'devtools://devtools/bundled/inspector.html',
      'ms-msdt:/id PCWDiagnostic',
      'search-ms:query=x',
      'ftp://example.com/a',
      'mailto:vanthu@example.com',
      '',
    ]) {
      expect(handler({ url }), url).toEqual({ action: 'deny' })
    }
    expect(openExternal).not.toHaveBeenCalled()
  })

  it('denies each permission Electron knows, except the two on the list', () => {
    const all = [
      'ar',
      'automatic-fullscreen',
      'background-fetch',
      'background-sync',
      'captured-surface-control',
      'clipboard-read',
      'clipboard-sanitized-write',
      'deprecated-sync-clipboard-read',
      'display-capture',
      'fileSystem',
      'fullscreen',
      'geolocation',
      'geolocation-approximate',
      'hand-tracking',
      'hid',
      'idle-detection',
      'keyboardLock',
      'local-fonts',
      'local-network',
      'local-network-access',
      'loopback-network',
      'media',
      'mediaKeySystem',
      'midi',
      'midiSysex',
      'nfc',
      'notifications',
      'openExternal',
      'payment-handler',
      'periodic-background-sync',
      'persistent-storage',
      'pointerLock',
      'screen-wake-lock',
      'sensors',
      'serial',
      'smart-card',
      'speaker-selection',
      'storage-access',
      'system-wake-lock',
      'top-level-storage-access',
      'usb',
      'vr',
      'web-app-installation',
      'web-printing',
      'window-management',
      'unknown',
    ]
    let request: Listener = () => {}
    let check: (...args: unknown[]) => boolean = () => true
    hardenSession(
      {
        setPermissionRequestHandler: (fn: Listener) => {
          request = fn
        },
        setPermissionCheckHandler: (fn: (...args: unknown[]) => boolean) => {
          check = fn
        },
      },
      isOwn,
    )
    const granted: string[] = []
    for (const p of all) {
      request({}, p, (ok: boolean) => ok && granted.push(p), {
        requestingUrl: 'app://bundle/index.html',
        isMainFrame: true,
      })
      request({}, p, (ok: boolean) => ok && granted.push(`evil:${p}`), {
        requestingUrl: 'https://evil.example/',
        isMainFrame: false,
      })
    }
    expect(granted).toEqual(['clipboard-sanitized-write', 'notifications'])
    const checked = all.filter((p) => check(null, p, 'app://bundle', { isMainFrame: true }))
    expect(checked).toEqual(['clipboard-sanitized-write', 'notifications'])
    // Without a requesting URL, the origin decides: a foreign one gets nothing.
    expect(all.filter((p) => check(null, p, 'https://evil.example', {}))).toEqual([])
  })
})
