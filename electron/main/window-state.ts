import { readFileSync, renameSync, writeFileSync } from 'node:fs'
import type { BrowserWindow, Rectangle } from 'electron'

// Remembers where the window was (window-state.json in userData). Whatever is read back is
// checked: a hand-edited file, or a laptop now without its second screen, must never open the
// window off-screen where nobody can reach it.

export type Bounds = Readonly<Rectangle>
export type WindowState = Readonly<{ bounds: Bounds; maximized: boolean }>
export type DisplayLike = Readonly<{ workArea: Bounds }>

export const windowStateFile = 'window-state.json'
export const minWindowSize = { width: 800, height: 560 } as const
export const defaultWindowSize = { width: 1280, height: 800 } as const

const MAX_SIDE = 16384
const MAX_COORD = 32768
// Enough of the window on a screen to grab its title bar and move it back.
const MIN_VISIBLE = { width: 120, height: 60 } as const

const isInt = (v: unknown, min: number, max: number): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max

export function parseWindowState(raw: unknown): WindowState | null {
  if (typeof raw !== 'object' || raw === null) {
    return null
  }
  const { bounds, maximized } = raw as { bounds?: unknown; maximized?: unknown }
  if (typeof bounds !== 'object' || bounds === null || typeof maximized !== 'boolean') {
    return null
  }
  const { x, y, width, height } = bounds as Record<string, unknown>
  if (
    !isInt(x, -MAX_COORD, MAX_COORD) ||
    !isInt(y, -MAX_COORD, MAX_COORD) ||
    !isInt(width, minWindowSize.width, MAX_SIDE) ||
    !isInt(height, minWindowSize.height, MAX_SIDE)
  ) {
    return null
  }
  return { bounds: { x, y, width, height }, maximized }
}

export function isOnSomeDisplay(bounds: Bounds, displays: readonly DisplayLike[]): boolean {
  return displays.some(({ workArea: a }) => {
    const w = Math.min(bounds.x + bounds.width, a.x + a.width) - Math.max(bounds.x, a.x)
    const h = Math.min(bounds.y + bounds.height, a.y + a.height) - Math.max(bounds.y, a.y)
    return w >= MIN_VISIBLE.width && h >= MIN_VISIBLE.height
  })
}

/** The remembered state if it is sound and still on a screen; null means "use the defaults". */
export function loadWindowState(
  file: string,
  displays: readonly DisplayLike[],
  read: (file: string) => string = (f) => readFileSync(f, 'utf8'),
): WindowState | null {
  let raw: unknown
  try {
    raw = JSON.parse(read(file))
  } catch {
    return null
  }
  const state = parseWindowState(raw)
  if (state === null || !isOnSomeDisplay(state.bounds, displays)) {
    return null
  }
  return state
}

/** Written beside and renamed over, so a crash mid-write leaves the old file, not half a file. */
export function saveWindowState(file: string, state: WindowState): void {
  const tmp = `${file}.tmp`
  try {
    writeFileSync(tmp, `${JSON.stringify(state)}\n`)
    renameSync(tmp, file)
  } catch {
    // A read-only profile folder costs the window its position, nothing more.
  }
}

export type TrackedWindow = Pick<
  BrowserWindow,
  'on' | 'getNormalBounds' | 'isMaximized' | 'isDestroyed'
>

export type TrackOptions = Readonly<{
  debounceMs?: number
  save?: (file: string, state: WindowState) => void
}>

/**
 * Saves the state on close, and a moment after the last resize or move so that a crash keeps
 * a recent position. Normal bounds, so that un-maximizing next time restores the real size.
 * Returns a function that saves at once (also used on close).
 */
export function trackWindowState(
  win: TrackedWindow,
  file: string,
  options: TrackOptions = {},
): () => void {
  const save = options.save ?? saveWindowState
  const delay = options.debounceMs ?? 500
  let timer: ReturnType<typeof setTimeout> | null = null

  const flush = (): void => {
    if (timer !== null) {
      clearTimeout(timer)
      timer = null
    }
    if (win.isDestroyed()) {
      return
    }
    const b = win.getNormalBounds()
    save(file, {
      bounds: { x: b.x, y: b.y, width: b.width, height: b.height },
      maximized: win.isMaximized(),
    })
  }
  const later = (): void => {
    if (timer !== null) {
      clearTimeout(timer)
    }
    timer = setTimeout(flush, delay)
  }

  win.on('resize', later)
  win.on('move', later)
  win.on('maximize', later)
  win.on('unmaximize', later)
  win.on('close', flush)
  return flush
}
