import { Notification } from 'electron'
import type { Notification as Reminder } from '../../shared/api/task-types'
import type { DispatchRequest, DispatchResult } from '../core/api/dispatch'
import type { Logger } from '../core/log/logger'

// Desktop reminders: while someone is signed in, the main process asks the core every minute
// for the notifications not yet shown on this desktop and shows each as a system notification.
// The core hands each one out once and raises the day's deadline reminders inside the same call,
// so reminders that fell due while the app was closed arrive at the first poll after sign-in.

export const POLL_EVERY_MS = 60_000
/** Soon after sign-in, once the window has settled, rather than a minute later. */
export const FIRST_POLL_AFTER_MS = 3_000
/** Shown notifications we keep a reference to: one that is garbage-collected loses its click. */
const KEEP_AT_MOST = 50

/** The part of webContents we use: setting the page's hash route. */
export type NavigableContents = Readonly<{
  isDestroyed: () => boolean
  executeJavaScript: (code: string) => Promise<unknown>
}>

export type DesktopRemindersOptions = Readonly<{
  dispatch: (req: DispatchRequest) => Promise<DispatchResult>
  /** Brings the main window to the front (restoring it when minimised). */
  focusWindow: () => void
  /** The main window's webContents; null while there is none. */
  contents: () => NavigableContents | null
  log?: Pick<Logger, 'warn'>
  pollEveryMs?: number
  firstPollAfterMs?: number
}>

export type DesktopReminders = Readonly<{
  /** A session started (login, setup) in our window: poll soon, then every minute. */
  signedIn: (token: string) => void
  /** The session ended (logout, expiry, window gone): stop polling. */
  signedOut: () => void
  /** Quit: stop for good. */
  stop: () => void
  /** Polls now; resolves when the items are shown. Exposed for tests. */
  poll: () => Promise<void>
}>

/** The screen a reminder is about: the task, else the document; null when it names neither. */
export function reminderPath(item: Pick<Reminder, 'taskId' | 'documentId'>): string | null {
  if (item.taskId !== null) {
    return `/cong-viec/${item.taskId}`
  }
  if (item.documentId !== null) {
    return `/van-ban-den/${item.documentId}`
  }
  return null
}

/**
 * Moves the page to a route of ours. The app uses a hash router, so setting the hash is an
 * in-page navigation: no reload, no navigation guard involved, and the session stays put.
 * Only paths of the shape we build ever reach the page's script.
 */
export async function openInPage(contents: NavigableContents | null, path: string): Promise<void> {
  if (contents === null || contents.isDestroyed() || !/^\/[a-z-]+\/\d+$/.test(path)) {
    return
  }
  await contents.executeJavaScript(`window.location.hash = ${JSON.stringify(`#${path}`)}`)
}

const sessionLost = (result: DispatchResult): boolean =>
  !result.reply.ok &&
  (result.reply.error.code === 'UNAUTHENTICATED' || result.reply.error.code === 'SESSION_EXPIRED')

export function createDesktopReminders(options: DesktopRemindersOptions): DesktopReminders {
  const { dispatch, focusWindow, contents, log } = options
  const every = options.pollEveryMs ?? POLL_EVERY_MS
  const firstAfter = options.firstPollAfterMs ?? FIRST_POLL_AFTER_MS
  let token: string | null = null
  let first: ReturnType<typeof setTimeout> | null = null
  let timer: ReturnType<typeof setInterval> | null = null
  let polling = false
  let stopped = false
  const shown = new Set<Notification>()

  const clearTimers = (): void => {
    if (first !== null) {
      clearTimeout(first)
      first = null
    }
    if (timer !== null) {
      clearInterval(timer)
      timer = null
    }
  }

  const show = (item: Reminder): void => {
    const note = new Notification({ title: item.title, body: item.body, silent: false })
    const path = reminderPath(item)
    const forget = (): void => {
      shown.delete(note)
    }
    note.on('click', () => {
      forget()
      focusWindow()
      if (path !== null) {
        openInPage(contents(), path).catch((err: unknown) => {
          log?.warn('reminder navigation failed', { path, err })
        })
      }
    })
    note.on('close', forget)
    shown.add(note)
    if (shown.size > KEEP_AT_MOST) {
      const oldest = shown.values().next().value
      if (oldest) {
        shown.delete(oldest)
      }
    }
    note.show()
  }

  const poll = async (): Promise<void> => {
    const current = token
    if (current === null || polling || stopped || !Notification.isSupported()) {
      return
    }
    polling = true
    try {
      const result = await dispatch({
        method: 'notifications.takeDesktop',
        input: {},
        door: 'ipc',
        token: current,
        client: 'desktop',
      })
      // Signed out (or someone else signed in) while the call ran: these are not theirs to see.
      if (token !== current) {
        return
      }
      if (sessionLost(result)) {
        signedOut()
        return
      }
      if (!result.reply.ok) {
        log?.warn('desktop reminders failed', { error: result.reply.error })
        return
      }
      for (const item of result.reply.value as Reminder[]) {
        show(item)
      }
    } catch (err) {
      log?.warn('desktop reminders failed', { err })
    } finally {
      polling = false
    }
  }

  const tick = (): void => {
    void poll()
  }

  const signedIn = (next: string): void => {
    if (stopped) {
      return
    }
    clearTimers()
    token = next
    first = setTimeout(tick, firstAfter)
    timer = setInterval(tick, every)
  }

  function signedOut(): void {
    token = null
    clearTimers()
  }

  return {
    signedIn,
    signedOut,
    stop: () => {
      stopped = true
      signedOut()
    },
    poll,
  }
}
