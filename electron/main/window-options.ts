import type { BrowserWindowConstructorOptions } from 'electron'
import { defaultWindowSize, minWindowSize, type WindowState } from './window-state'

export type MainWindowInput = Readonly<{
  preload: string
  /** False in a packaged build: no inspector for whoever sits at the desk. */
  devTools: boolean
  state: WindowState | null
}>

/**
 * The one window's options. The webPreferences are the security baseline of ARCHITECTURE §7,
 * spelled out even where they match Electron's defaults so that a future default change, or a
 * careless edit, shows up in review and in the tests.
 */
export function mainWindowOptions(input: MainWindowInput): BrowserWindowConstructorOptions {
  const place = input.state
    ? { ...input.state.bounds }
    : { width: defaultWindowSize.width, height: defaultWindowSize.height, center: true }
  return {
    title: 'Văn Thư',
    ...place,
    minWidth: minWindowSize.width,
    minHeight: minWindowSize.height,
    // Shown on ready-to-show, so the person never sees an empty white frame.
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: input.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      // A file dropped on the window must not replace our page with the file.
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      devTools: input.devTools,
    },
  }
}
