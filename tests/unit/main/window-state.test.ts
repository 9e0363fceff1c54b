import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  isOnSomeDisplay,
  loadWindowState,
  parseWindowState,
  saveWindowState,
  trackWindowState,
  type TrackedWindow,
  type WindowState,
} from '../../../electron/main/window-state'

const screen = [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }]
const good: WindowState = { bounds: { x: 100, y: 80, width: 1280, height: 800 }, maximized: false }

describe('window state validation', () => {
  it('accepts a sound state', () => {
    expect(parseWindowState(good)).toEqual(good)
    expect(parseWindowState({ ...good, extra: 1 })).toEqual(good)
  })

  it('rejects anything malformed', () => {
    const bad: unknown[] = [
      null,
      'x',
      [],
      {},
      { bounds: good.bounds },
      { bounds: good.bounds, maximized: 'yes' },
      { bounds: { ...good.bounds, width: '1280' }, maximized: false },
      { bounds: { ...good.bounds, width: 1280.5 }, maximized: false },
      { bounds: { ...good.bounds, width: Number.NaN }, maximized: false },
      { bounds: { ...good.bounds, height: 10 }, maximized: false },
      { bounds: { ...good.bounds, width: 1e9 }, maximized: false },
      { bounds: { ...good.bounds, x: -1e9 }, maximized: false },
      { bounds: null, maximized: false },
    ]
    for (const raw of bad) {
      expect(parseWindowState(raw), JSON.stringify(raw)).toBeNull()
    }
  })

  it('needs the window to be reachable on some display', () => {
    expect(isOnSomeDisplay(good.bounds, screen)).toBe(true)
    // Left on a second monitor that is no longer plugged in.
    expect(isOnSomeDisplay({ x: 2500, y: 100, width: 1280, height: 800 }, screen)).toBe(false)
    // Only a sliver visible.
    expect(isOnSomeDisplay({ x: 1900, y: 100, width: 1280, height: 800 }, screen)).toBe(false)
    const two = [...screen, { workArea: { x: 1920, y: 0, width: 2560, height: 1400 } }]
    expect(isOnSomeDisplay({ x: 2500, y: 100, width: 1280, height: 800 }, two)).toBe(true)
    expect(isOnSomeDisplay(good.bounds, [])).toBe(false)
  })
})

describe('window state file', () => {
  let dir: string | null = null
  afterEach(() => {
    if (dir) {
      rmSync(dir, { recursive: true, force: true })
      dir = null
    }
  })

  it('round-trips through the file and ignores a broken or off-screen one', () => {
    dir = mkdtempSync(join(tmpdir(), 'vanthu-ws-'))
    const file = join(dir, 'window-state.json')
    expect(loadWindowState(file, screen)).toBeNull()
    saveWindowState(file, good)
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(good)
    expect(loadWindowState(file, screen)).toEqual(good)
    writeFileSync(file, '{not json')
    expect(loadWindowState(file, screen)).toBeNull()
    saveWindowState(file, { ...good, bounds: { ...good.bounds, x: 5000 } })
    expect(loadWindowState(file, screen)).toBeNull()
  })

  it('saves debounced on resize and move, and at once on close', () => {
    vi.useFakeTimers()
    try {
      const listeners = new Map<string, () => void>()
      let bounds = { ...good.bounds }
      const win = {
        on: (event: string, fn: () => void) => listeners.set(event, fn),
        getNormalBounds: () => bounds,
        isMaximized: () => false,
        isDestroyed: () => false,
      } as unknown as TrackedWindow
      const save = vi.fn()
      trackWindowState(win, '/tmp/x.json', { save, debounceMs: 500 })
      listeners.get('resize')?.()
      bounds = { ...bounds, width: 1300 }
      listeners.get('move')?.()
      listeners.get('resize')?.()
      expect(save).not.toHaveBeenCalled()
      vi.advanceTimersByTime(600)
      expect(save).toHaveBeenCalledTimes(1)
      expect(save.mock.calls[0]?.[1]).toEqual({ bounds, maximized: false })
      listeners.get('move')?.()
      listeners.get('close')?.()
      expect(save).toHaveBeenCalledTimes(2)
      vi.advanceTimersByTime(600)
      expect(save).toHaveBeenCalledTimes(2)
    } finally {
      vi.useRealTimers()
    }
  })
})
