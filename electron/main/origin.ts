import { join } from 'node:path'

// Where the desktop window's page comes from. A privileged custom scheme rather than file://:
// file:// pages share one origin with every file on the disk, app://bundle is ours alone.
export const appScheme = 'app'
export const appHost = 'bundle'
export const appOrigin = `${appScheme}://${appHost}`
export const appEntryUrl = `${appOrigin}/index.html`

/** Tells whether a URL belongs to our page: app://bundle, or the dev server in development. */
export type OwnUrlCheck = (url: string) => boolean

/**
 * Node's URL gives `origin === 'null'` for custom schemes, so app:// is compared by scheme and
 * host; http(s) dev URLs by origin. Anything unparsable is foreign.
 */
export function ownUrlCheck(devUrl: string | null): OwnUrlCheck {
  let devOrigin: string | null = null
  if (devUrl) {
    try {
      devOrigin = new URL(devUrl).origin
    } catch {
      devOrigin = null
    }
  }
  return (url: string): boolean => {
    let parsed: URL
    try {
      parsed = new URL(url)
    } catch {
      return false
    }
    if (parsed.protocol === `${appScheme}:`) {
      return parsed.host.toLowerCase() === appHost
    }
    return devOrigin !== null && devOrigin !== 'null' && parsed.origin === devOrigin
  }
}

/** The dev server's URL, only when electron-vite dev set it and the app is not packaged. */
export function devServerUrl(env: NodeJS.ProcessEnv, isPackaged: boolean): string | null {
  const url = env.ELECTRON_RENDERER_URL
  if (isPackaged || !url) {
    return null
  }
  try {
    const parsed = new URL(url)
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null
  } catch {
    return null
  }
}

export type AppLayout = Readonly<{
  preload: string
  renderer: string
  nativeBinding: string
}>

/**
 * Files the shell needs, from the app path (the repo root, which `npm start` hands to Electron).
 * The desktop build of better-sqlite3 lives apart from node_modules because node_modules holds
 * the build for Node's ABI, which the tests and the CLI use.
 */
export function appLayout(appPath: string): AppLayout {
  return {
    preload: join(appPath, 'out', 'preload', 'index.cjs'),
    renderer: join(appPath, 'out', 'renderer'),
    nativeBinding: join(
      appPath,
      '.desktop-native',
      'better-sqlite3',
      'build',
      'Release',
      'better_sqlite3.node',
    ),
  }
}
