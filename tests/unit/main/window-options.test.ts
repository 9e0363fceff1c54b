import { describe, expect, it } from 'vitest'
import { mainWindowOptions } from '../../../electron/main/window-options'

// menu.test.ts checks the baseline flags are set; this pins the whole webPreferences object, so
// a new key (enableBlinkFeatures, additionalArguments, a relaxed default…) cannot slip in
// without this test, and its review, changing too. The allow-list of electronegativity leans on it.
describe('main window webPreferences', () => {
  it('are exactly the security baseline, in development and packaged', () => {
    for (const devTools of [true, false]) {
      const o = mainWindowOptions({ preload: '/app/out/preload/index.cjs', devTools, state: null })
      expect(o.webPreferences).toEqual({
        preload: '/app/out/preload/index.cjs',
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        webviewTag: false,
        experimentalFeatures: false,
        navigateOnDragDrop: false,
        safeDialogs: true,
        spellcheck: false,
        devTools,
      })
    }
  })

  it('set nothing outside webPreferences that loosens them', () => {
    const o = mainWindowOptions({ preload: '/p.cjs', devTools: false, state: null }) as Record<
      string,
      unknown
    >
    for (const key of ['webContents', 'parent', 'modal', 'fullscreen', 'kiosk']) {
      expect(o[key], key).toBeUndefined()
    }
  })
})
