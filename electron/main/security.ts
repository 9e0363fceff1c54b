import type { App, HandlerDetails, Session, WebContents, WindowOpenHandlerResponse } from 'electron'
import type { OwnUrlCheck } from './origin'

// The security handlers of ARCHITECTURE §7. They take Electron's objects as parameters (type
// imports only) so the tests can drive them with fakes.

export type OpenExternal = (url: string) => Promise<void>

/** An http(s) URL worth handing to the OS browser, normalised; null for every other scheme. */
export function externalHttpUrl(raw: unknown): string | null {
  if (typeof raw !== 'string') {
    return null
  }
  let parsed: URL
  try {
    parsed = new URL(raw)
  } catch {
    return null
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    return null
  }
  // Credentials in a link are a phishing trick ("https://bank@evil"), not something to follow.
  if (parsed.username !== '' || parsed.password !== '') {
    return null
  }
  return parsed.href
}

/**
 * No window of ours ever opens another Electron window: a link meant for the web goes to the
 * OS browser (after parsing), everything else (javascript:, file:, app:, data:) goes nowhere.
 */
export function windowOpenHandler(
  openExternal: OpenExternal,
): (details: Pick<HandlerDetails, 'url'>) => WindowOpenHandlerResponse {
  return (details) => {
    const url = externalHttpUrl(details.url)
    if (url !== null) {
      openExternal(url).catch(() => {
        // No browser configured: nothing useful to tell the page, which cannot act on it.
      })
    }
    return { action: 'deny' }
  }
}

type NavigationEvent = Readonly<{ url: string; preventDefault: () => void }>

/** A listener for will-navigate / will-redirect that stops every navigation off our origin. */
export function navigationGuard(isOwnUrl: OwnUrlCheck): (event: NavigationEvent) => void {
  return (event) => {
    if (!isOwnUrl(event.url)) {
      event.preventDefault()
    }
  }
}

export type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>

/** Applies the navigation, window-open and webview rules to one webContents. */
export function guardContents(
  contents: GuardedContents,
  isOwnUrl: OwnUrlCheck,
  openExternal: OpenExternal,
): void {
  const guard = navigationGuard(isOwnUrl)
  contents.on('will-navigate', guard)
  contents.on('will-redirect', guard)
  // A <webview> is a second browser inside ours with its own preferences: we never need one.
  contents.on('will-attach-webview', (event) => {
    event.preventDefault()
  })
  contents.setWindowOpenHandler(windowOpenHandler(openExternal))
}

/**
 * Guards every webContents the app ever creates (our window, and anything a bug or a crafted
 * page might spawn), so no window escapes the rules by being made elsewhere.
 */
export function guardAllContents(
  app: Pick<App, 'on'>,
  isOwnUrl: OwnUrlCheck,
  openExternal: OpenExternal,
): void {
  app.on('web-contents-created', (_event, contents) => {
    guardContents(contents, isOwnUrl, openExternal)
  })
}

// Notifications (deadline reminders, a later issue) and writing to the clipboard ("copy the
// document number") are all the page needs. Camera, microphone, geolocation, HID, serial,
// reading the clipboard and the rest stay off.
const allowedPermissions: ReadonlySet<string> = new Set([
  'notifications',
  'clipboard-sanitized-write',
])

/** Allowed only when the permission is on the list and our own page asks for it. */
export function isPermissionAllowed(
  permission: string,
  requestingUrl: string | null | undefined,
  isOwnUrl: OwnUrlCheck,
): boolean {
  return (
    allowedPermissions.has(permission) &&
    typeof requestingUrl === 'string' &&
    isOwnUrl(requestingUrl)
  )
}

export type HardenedSession = Pick<
  Session,
  'setPermissionRequestHandler' | 'setPermissionCheckHandler'
>

/** Installs the permission handlers; without them Electron grants every request. */
export function hardenSession(session: HardenedSession, isOwnUrl: OwnUrlCheck): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isPermissionAllowed(permission, details.requestingUrl, isOwnUrl))
  })
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) =>
    isPermissionAllowed(permission, details.requestingUrl ?? requestingOrigin, isOwnUrl),
  )
}
