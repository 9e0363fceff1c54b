import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  protocol,
  screen,
  session,
  shell,
} from 'electron'
import { startBackupScheduler } from '../core/backup/scheduler'
import { openCore, type Core } from '../core/core'
import { keepIndexFresh } from '../core/search/maintain'
import { registerIpcDoor } from './ipc'
import { aboutDetail, aboutLabel, menuTemplate } from './menu'
import { nativeProblemOf, nativeProblemText, startupErrorText, type ErrorText } from './native'
import { createDesktopReminders } from './notifications'
import {
  appEntryUrl,
  appLayout,
  appScheme,
  devServerUrl,
  ownUrlCheck,
  type AppLayout,
} from './origin'
import { bundleHandler } from './protocol'
import { guardAllContents, hardenSession } from './security'
import { mainWindowOptions } from './window-options'
import { loadWindowState, trackWindowState, windowStateFile } from './window-state'

// The desktop shell: lifecycle, the one window, and the wiring of the pure modules beside this
// file. Everything testable lives in those modules; this file only hands them Electron's objects.

// Both must happen before `ready`: a scheme's privileges are fixed when Chromium starts, and
// enableSandbox covers every renderer, including any we did not create on purpose.
protocol.registerSchemesAsPrivileged([
  { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } },
])
app.enableSandbox()

let mainWindow: BrowserWindow | null = null

function focusMainWindow(): void {
  if (mainWindow === null || mainWindow.isDestroyed()) {
    return
  }
  if (mainWindow.isMinimized()) {
    mainWindow.restore()
  }
  mainWindow.show()
  mainWindow.focus()
}

function fail(text: ErrorText): void {
  dialog.showErrorBox(text.title, text.content)
  // Nothing is open yet (no window, no core), so exiting at once is clean; the non-zero code
  // tells `npm start` that the launch failed.
  app.exit(1)
}

function dataDirectory(): string {
  // VANTHU_DATA_DIR lets `npm start -- --data-dir` and the e2e tests point at another store.
  const fromEnv = process.env.VANTHU_DATA_DIR
  return fromEnv ? resolve(fromEnv) : app.getPath('userData')
}

function openStore(layout: AppLayout, dataDir: string): Core | null {
  if (!existsSync(layout.nativeBinding)) {
    fail(nativeProblemText('missing', layout.nativeBinding))
    return null
  }
  try {
    return openCore({ dataDir, nativeBinding: layout.nativeBinding })
  } catch (err) {
    const problem = nativeProblemOf(err, layout.nativeBinding)
    fail(
      problem === null
        ? startupErrorText(err, dataDir)
        : nativeProblemText(problem, layout.nativeBinding),
    )
    return null
  }
}

function showAbout(): void {
  const options = {
    type: 'info' as const,
    title: aboutLabel,
    message: 'Văn Thư',
    detail: aboutDetail(app.getVersion(), process.versions),
    buttons: ['Đóng'],
  }
  const shown =
    mainWindow && !mainWindow.isDestroyed()
      ? dialog.showMessageBox(mainWindow, options)
      : dialog.showMessageBox(options)
  shown.catch(() => {
    // The box closing with the window is not an error worth reporting.
  })
}

function createMainWindow(
  layout: AppLayout,
  devTools: boolean,
  startUrl: string,
  core: Core,
): BrowserWindow {
  const stateFile = join(app.getPath('userData'), windowStateFile)
  const state = loadWindowState(stateFile, screen.getAllDisplays())
  const win = new BrowserWindow(mainWindowOptions({ preload: layout.preload, devTools, state }))
  trackWindowState(win, stateFile)
  win.once('ready-to-show', () => {
    if (state?.maximized) {
      win.maximize()
    }
    win.show()
  })
  win.on('closed', () => {
    if (mainWindow === win) {
      mainWindow = null
    }
  })
  win.loadURL(startUrl).catch((err: unknown) => {
    core.deps.log.error('window load failed', { url: startUrl, err })
  })
  return win
}

async function boot(): Promise<void> {
  await app.whenReady()
  const devTools = !app.isPackaged
  const devUrl = devServerUrl(process.env, app.isPackaged)
  const isOwnUrl = ownUrlCheck(devUrl)
  const layout = appLayout(app.getAppPath())

  const core = openStore(layout, dataDirectory())
  if (core === null) {
    return
  }
  // An old, half-rebuilt or far-behind search index is rebuilt in a worker while the app works.
  void keepIndexFresh(core.deps)
  // Scheduled backups (Sao lưu): one missed while the app was closed runs now, in a worker.
  const backups = startBackupScheduler(core.deps)

  guardAllContents(app, isOwnUrl, (url) => shell.openExternal(url))
  hardenSession(session.defaultSession, isOwnUrl)
  protocol.handle(appScheme, bundleHandler(layout.renderer))
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      menuTemplate({ devTools, platform: process.platform, onAbout: showAbout }),
    ),
  )
  const ourContents = (): Electron.WebContents | null =>
    mainWindow && !mainWindow.isDestroyed() ? mainWindow.webContents : null
  const reminders = createDesktopReminders({
    dispatch: core.dispatch,
    focusWindow: focusMainWindow,
    contents: ourContents,
    log: core.deps.log,
  })
  registerIpcDoor({
    ipcMain,
    dispatch: core.dispatch,
    isOwnUrl,
    ourContents,
    log: core.deps.log,
    // Only our window's top frame can sign in (the door checks), so its session is the one.
    onSession: (_contentsId, token) => {
      if (token === null) {
        reminders.signedOut()
      } else {
        reminders.signedIn(token)
      }
    },
  })

  const startUrl = devUrl ?? appEntryUrl
  mainWindow = createMainWindow(layout, devTools, startUrl, core)

  app.on('activate', () => {
    // macOS: clicking the dock icon with no window open brings one back.
    if (mainWindow === null) {
      mainWindow = createMainWindow(layout, devTools, startUrl, core)
    }
  })
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') {
      app.quit()
    }
  })

  // The core closes its workers and checkpoints the WAL before the process goes: hold the quit
  // once, close, then quit for real.
  let closed = false
  app.on('will-quit', (event) => {
    if (closed) {
      return
    }
    event.preventDefault()
    reminders.stop()
    backups.stop()
    core
      .close()
      .catch((err: unknown) => {
        core.deps.log.error('core close failed', { err })
      })
      .finally(() => {
        closed = true
        app.quit()
      })
  })
}

if (app.requestSingleInstanceLock()) {
  // A second launch (desktop shortcut clicked again) focuses the window we already have: two
  // processes writing one database and one window-state file would only fight.
  app.on('second-instance', focusMainWindow)
  boot().catch((err: unknown) => {
    fail(startupErrorText(err, dataDirectory()))
  })
} else {
  app.quit()
}
