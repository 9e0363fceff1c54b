import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { aboutDetail, menuTemplate } from '../../../electron/main/menu'
import { mainWindowOptions } from '../../../electron/main/window-options'

const labels = (items: readonly MenuItemConstructorOptions[]): string[] =>
  items.flatMap((i) => [
    ...(i.label ? [i.label] : []),
    ...(Array.isArray(i.submenu) ? labels(i.submenu) : []),
  ])

describe('application menu', () => {
  it('is Vietnamese and has the expected entries', () => {
    const t = menuTemplate({ devTools: false, platform: 'linux', onAbout: () => {} })
    expect(t.map((i) => i.label)).toEqual(['Tệp', 'Chỉnh sửa', 'Xem', 'Trợ giúp'])
    const all = labels(t)
    for (const l of [
      'Thoát',
      'Hoàn tác',
      'Làm lại',
      'Cắt',
      'Sao chép',
      'Dán',
      'Chọn tất cả',
      'Tải lại',
      'Phóng to',
      'Thu nhỏ',
      'Kích thước thật',
      'Toàn màn hình',
      'Giới thiệu Văn Thư',
    ]) {
      expect(all).toContain(l)
    }
    expect(all).not.toContain('Công cụ phát triển')
  })

  it('offers the developer tools only in development', () => {
    const t = menuTemplate({ devTools: true, platform: 'linux', onAbout: () => {} })
    expect(labels(t)).toContain('Công cụ phát triển')
  })

  it('opens the About box from Trợ giúp', () => {
    const onAbout = vi.fn()
    const t = menuTemplate({ devTools: false, platform: 'win32', onAbout })
    const help = t.find((i) => i.label === 'Trợ giúp')?.submenu as MenuItemConstructorOptions[]
    const about = help.find((i) => i.label === 'Giới thiệu Văn Thư')
    ;(about?.click as () => void)()
    expect(onAbout).toHaveBeenCalledOnce()
    expect(aboutDetail('0.1.0', { electron: '45.4.1' })).toContain('Phiên bản 0.1.0')
  })

  it('gets a macOS app menu on macOS', () => {
    const t = menuTemplate({ devTools: false, platform: 'darwin', onAbout: () => {} })
    expect(t[0]?.label).toBe('Văn Thư')
  })
})

describe('window options', () => {
  it('carry the security baseline whatever the state', () => {
    for (const state of [
      null,
      { bounds: { x: 1, y: 2, width: 900, height: 700 }, maximized: true },
    ]) {
      const o = mainWindowOptions({ preload: '/app/out/preload/index.cjs', devTools: false, state })
      expect(o.webPreferences).toMatchObject({
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInSubFrames: false,
        nodeIntegrationInWorker: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        webviewTag: false,
        devTools: false,
      })
      expect(o.webPreferences?.preload?.endsWith('index.cjs')).toBe(true)
      expect(o.show).toBe(false)
    }
    const placed = mainWindowOptions({
      preload: '/p.cjs',
      devTools: true,
      state: { bounds: { x: 1, y: 2, width: 900, height: 700 }, maximized: false },
    })
    expect([placed.x, placed.y, placed.width, placed.height]).toEqual([1, 2, 900, 700])
  })
})
