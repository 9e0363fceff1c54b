import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { methodNames } from '../../../shared/api/method-names'

// Boots electron/main/index.ts against a fake Electron and a fake core, and checks the wiring:
// the window's webPreferences, the scheme, the handlers, the failure path for the native module.

type Listener = (...args: unknown[]) => void

const fx = vi.hoisted(() => {
  const state = {
    appPath: '',
    userData: '',
    lock: true,
    isPackaged: false,
    appListeners: new Map<string, Listener[]>(),
    windows: [] as { options: Record<string, unknown>; loaded: string[] }[],
    schemes: [] as unknown[],
    handled: new Map<string, unknown>(),
    ipc: new Map<string, unknown>(),
    errorBoxes: [] as [string, string][],
    exits: [] as number[],
    quits: 0,
    menu: null as unknown,
    permissionHandlers: 0,
    openCore: null as null | ((opts: Record<string, unknown>) => unknown),
  }
  return state
})

vi.mock('electron', () => {
  class BrowserWindow {
    webContents = {
      id: 1,
      mainFrame: { url: 'app://bundle/index.html', parent: null, processId: 1, routingId: 1 },
    }
    private readonly record: { options: Record<string, unknown>; loaded: string[] }
    constructor(options: Record<string, unknown>) {
      this.record = { options, loaded: [] }
      fx.windows.push(this.record)
    }
    on(): this {
      return this
    }
    once(): this {
      return this
    }
    loadURL(url: string): Promise<void> {
      this.record.loaded.push(url)
      return Promise.resolve()
    }
    isDestroyed(): boolean {
      return false
    }
    getNormalBounds(): object {
      return { x: 0, y: 0, width: 1280, height: 800 }
    }
    isMaximized(): boolean {
      return false
    }
  }
  const app = {
    get isPackaged(): boolean {
      return fx.isPackaged
    },
    requestSingleInstanceLock: () => fx.lock,
    enableSandbox: () => {},
    whenReady: () => Promise.resolve(),
    getAppPath: () => fx.appPath,
    getPath: () => fx.userData,
    getVersion: () => '0.1.0',
    on: (event: string, fn: Listener) => {
      fx.appListeners.set(event, [...(fx.appListeners.get(event) ?? []), fn])
    },
    quit: () => {
      fx.quits += 1
    },
    exit: (code: number) => {
      fx.exits.push(code)
    },
  }
  return {
    app,
    BrowserWindow,
    dialog: {
      showErrorBox: (title: string, content: string) => fx.errorBoxes.push([title, content]),
      showMessageBox: () => Promise.resolve({ response: 0 }),
    },
    ipcMain: {
      handle: (channel: string, fn: unknown) => fx.ipc.set(channel, fn),
      removeHandler: (channel: string) => fx.ipc.delete(channel),
    },
    Menu: {
      buildFromTemplate: (t: unknown) => t,
      setApplicationMenu: (m: unknown) => {
        fx.menu = m
      },
    },
    protocol: {
      registerSchemesAsPrivileged: (s: unknown[]) => fx.schemes.push(...s),
      handle: (scheme: string, fn: unknown) => fx.handled.set(scheme, fn),
    },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    session: {
      defaultSession: {
        setPermissionRequestHandler: () => {
          fx.permissionHandlers += 1
        },
        setPermissionCheckHandler: () => {
          fx.permissionHandlers += 1
        },
      },
    },
    shell: { openExternal: () => Promise.resolve() },
  }
})

vi.mock('../../../electron/core/core', () => ({
  openCore: (opts: Record<string, unknown>) => {
    if (!fx.openCore) {
      throw new Error('openCore not set')
    }
    return fx.openCore(opts)
  },
}))

// The search index check on open needs a real store; here it is only seen to be started.
const keepIndexFresh = vi.fn((_deps: unknown) => null)
vi.mock('../../../electron/core/search/maintain', () => ({
  keepIndexFresh: (deps: unknown) => keepIndexFresh(deps),
}))

// Scheduled backups need a real store too; here they are only seen to be started and stopped.
const backupScheduler = { tick: vi.fn(), stop: vi.fn() }
const startBackupScheduler = vi.fn((_deps: unknown) => backupScheduler)
vi.mock('../../../electron/core/backup/scheduler', () => ({
  startBackupScheduler: (deps: unknown) => startBackupScheduler(deps),
}))

const fakeCore = {
  dispatch: vi.fn(),
  close: vi.fn(() => Promise.resolve()),
  deps: { log: { info: vi.fn(), warn: vi.fn(), error: vi.fn(), debug: vi.fn() } },
}

const base = mkdtempSync(join(tmpdir(), 'vanthu-main-'))
const binding = (root: string): string =>
  join(root, '.desktop-native', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node')

afterAll(() => {
  rmSync(base, { recursive: true, force: true })
})

async function boot(withBinding: boolean): Promise<void> {
  fx.appPath = mkdtempSync(join(base, 'app-'))
  fx.userData = mkdtempSync(join(base, 'user-'))
  if (withBinding) {
    mkdirSync(join(fx.appPath, '.desktop-native', 'better-sqlite3', 'build', 'Release'), {
      recursive: true,
    })
    writeFileSync(binding(fx.appPath), '')
  }
  vi.resetModules()
  await import('../../../electron/main/index')
  // boot() awaits whenReady; let its microtasks run.
  await new Promise((r) => setTimeout(r, 10))
}

beforeEach(() => {
  fx.lock = true
  fx.isPackaged = false
  fx.appListeners.clear()
  fx.windows.length = 0
  fx.schemes.length = 0
  fx.handled.clear()
  fx.ipc.clear()
  fx.errorBoxes.length = 0
  fx.exits.length = 0
  fx.quits = 0
  fx.menu = null
  fx.permissionHandlers = 0
  fx.openCore = () => fakeCore
  delete process.env.ELECTRON_RENDERER_URL
  delete process.env.VANTHU_DATA_DIR
})

describe('desktop main process', () => {
  it('creates one locked-down window that loads app://bundle', async () => {
    let opened: Record<string, unknown> = {}
    fx.openCore = (opts) => {
      opened = opts
      return fakeCore
    }
    await boot(true)
    expect(fx.windows).toHaveLength(1)
    const prefs = fx.windows[0]?.options.webPreferences as Record<string, unknown>
    expect(prefs.contextIsolation).toBe(true)
    expect(prefs.sandbox).toBe(true)
    expect(prefs.nodeIntegration).toBe(false)
    expect(prefs.webSecurity).toBe(true)
    expect(prefs.webviewTag).toBe(false)
    expect(prefs.devTools).toBe(true)
    expect(String(prefs.preload)).toBe(join(fx.appPath, 'out', 'preload', 'index.cjs'))
    expect(fx.windows[0]?.loaded).toEqual(['app://bundle/index.html'])
    expect(opened).toEqual({ dataDir: fx.userData, nativeBinding: binding(fx.appPath) })
    expect(keepIndexFresh).toHaveBeenCalledWith(fakeCore.deps)
    expect(startBackupScheduler).toHaveBeenCalledWith(fakeCore.deps)
  })

  it('registers the privileged scheme, its handler, the security handlers and the IPC door', async () => {
    await boot(true)
    expect(fx.schemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ])
    expect(typeof fx.handled.get('app')).toBe('function')
    expect(fx.permissionHandlers).toBe(2)
    expect(fx.appListeners.has('web-contents-created')).toBe(true)
    expect(fx.appListeners.has('second-instance')).toBe(true)
    expect([...fx.ipc.keys()].sort()).toEqual(methodNames.map((m) => `api:${m}`).sort())
    expect(JSON.stringify(fx.menu)).toContain('Công cụ phát triển')
  })

  it('has no devtools in a packaged build', async () => {
    fx.isPackaged = true
    process.env.ELECTRON_RENDERER_URL = 'http://localhost:5173/'
    await boot(true)
    const prefs = fx.windows[0]?.options.webPreferences as Record<string, unknown>
    expect(prefs.devTools).toBe(false)
    expect(JSON.stringify(fx.menu)).not.toContain('Công cụ phát triển')
    // A packaged app ignores a dev server URL from the environment.
    expect(fx.windows[0]?.loaded).toEqual(['app://bundle/index.html'])
  })

  it('loads the dev server in development', async () => {
    process.env.ELECTRON_RENDERER_URL = 'http://localhost:5173/'
    await boot(true)
    expect(fx.windows[0]?.loaded).toEqual(['http://localhost:5173/'])
  })

  it('honours VANTHU_DATA_DIR', async () => {
    let opened: Record<string, unknown> = {}
    fx.openCore = (opts) => {
      opened = opts
      return fakeCore
    }
    process.env.VANTHU_DATA_DIR = join(base, 'elsewhere')
    await boot(true)
    expect(opened.dataDir).toBe(join(base, 'elsewhere'))
  })

  it('explains a missing desktop build of better-sqlite3 and quits', async () => {
    await boot(false)
    expect(fx.windows).toHaveLength(0)
    expect(fx.errorBoxes).toHaveLength(1)
    const [, content] = fx.errorBoxes[0] ?? ['', '']
    expect(content).toContain('npm start')
    expect(content).toContain('npm run web')
    expect(content).toContain('better-sqlite3')
    expect(fx.exits).toEqual([1])
  })

  it('explains an ABI mismatch and quits', async () => {
    fx.openCore = () => {
      throw new Error(
        'The module was compiled against a different Node.js version using NODE_MODULE_VERSION 115.',
      )
    }
    await boot(true)
    expect(fx.windows).toHaveLength(0)
    expect(fx.errorBoxes[0]?.[1]).toContain('không khớp với phiên bản Electron')
    expect(fx.exits).toEqual([1])
  })

  it('shows other open failures as they are', async () => {
    fx.openCore = () => {
      throw new Error('Dữ liệu được tạo bởi phiên bản mới hơn')
    }
    await boot(true)
    expect(fx.errorBoxes[0]?.[1]).toContain('Dữ liệu được tạo bởi phiên bản mới hơn')
    expect(fx.exits).toEqual([1])
  })

  it('leaves to the running instance when the lock is taken', async () => {
    fx.lock = false
    await boot(true)
    expect(fx.quits).toBe(1)
    expect(fx.windows).toHaveLength(0)
    expect(fx.ipc.size).toBe(0)
  })

  it('closes the core before quitting', async () => {
    await boot(true)
    const willQuit = fx.appListeners.get('will-quit')?.[0]
    expect(willQuit).toBeDefined()
    let prevented = false
    willQuit?.({ preventDefault: () => (prevented = true) })
    expect(prevented).toBe(true)
    await new Promise((r) => setTimeout(r, 0))
    expect(fakeCore.close).toHaveBeenCalled()
    expect(backupScheduler.stop).toHaveBeenCalled()
    expect(fx.quits).toBe(1)
  })
})
