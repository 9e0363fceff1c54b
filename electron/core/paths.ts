import { mkdirSync } from 'node:fs'
import { homedir } from 'node:os'
import { join, resolve } from 'node:path'

export type DataPaths = Readonly<{
  root: string
  database: string
  files: string
  index: string
  backups: string
  logs: string
}>

/**
 * The default data directory is the one Electron gives as `app.getPath('userData')` for an app
 * named "vanthu", so the desktop app, `vanthu serve` and the CLI share one store by default.
 */
export function defaultDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string {
  if (env.VANTHU_DATA_DIR) {
    return resolve(env.VANTHU_DATA_DIR)
  }
  if (platform === 'win32') {
    return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'vanthu')
  }
  if (platform === 'darwin') {
    return join(homedir(), 'Library', 'Application Support', 'vanthu')
  }
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'vanthu')
}

export function dataPaths(root: string): DataPaths {
  const abs = resolve(root)
  return {
    root: abs,
    database: join(abs, 'vanthu.db'),
    files: join(abs, 'files'),
    index: join(abs, 'index'),
    backups: join(abs, 'backups'),
    logs: join(abs, 'logs'),
  }
}

export function ensureDataDirs(paths: DataPaths): void {
  for (const dir of [paths.root, paths.files, paths.index, paths.backups, paths.logs]) {
    mkdirSync(dir, { recursive: true })
  }
}
