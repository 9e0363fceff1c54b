import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, relative, sep } from 'node:path'

// The desktop build: where the Electron binary is, and better-sqlite3 compiled for Electron's
// ABI in its own folder (.desktop-native) so the Node build in node_modules keeps serving
// `npm test` and `vanthu`. Used by `npm start` and by `vanthu doctor`.

export const electronDir = (root: string): string => join(root, 'node_modules', 'electron')

const versionOf = (pkgJson: string): string =>
  (JSON.parse(readFileSync(pkgJson, 'utf8')) as { version: string }).version

export const electronVersion = (root: string): string =>
  versionOf(join(electronDir(root), 'package.json'))

const platformBinary: Partial<Record<NodeJS.Platform, string>> = {
  darwin: 'Electron.app/Contents/MacOS/Electron',
  win32: 'electron.exe',
}

/**
 * The Electron binary, or null. Reads what electron's index.js reads (path.txt, dist/,
 * ELECTRON_OVERRIDE_DIST_PATH) instead of `require('electron')`, because that require starts a
 * download by itself when the binary is missing: here the one download attempt is ours.
 */
export function electronBinary(root: string, env: NodeJS.ProcessEnv = process.env): string | null {
  let rel: string | null = null
  try {
    rel = readFileSync(join(electronDir(root), 'path.txt'), 'utf8').trim() || null
  } catch {
    rel = null
  }
  const override = env.ELECTRON_OVERRIDE_DIST_PATH
  const file = override
    ? join(override, rel ?? platformBinary[process.platform] ?? 'electron')
    : rel === null
      ? null
      : join(electronDir(root), 'dist', rel)
  return file !== null && existsSync(file) ? file : null
}

export const nativeDir = (root: string): string => join(root, '.desktop-native', 'better-sqlite3')
export const nativeBinding = (root: string): string =>
  join(nativeDir(root), 'build', 'Release', 'better_sqlite3.node')
const stampFile = (root: string): string => join(nativeDir(root), 'vanthu-build.json')

/** What the desktop build was made for; a change means it must be made again. */
export function buildStamp(root: string): string {
  return JSON.stringify({
    electron: electronVersion(root),
    betterSqlite3: versionOf(join(root, 'node_modules', 'better-sqlite3', 'package.json')),
    platform: process.platform,
    arch: process.arch,
  })
}

/**
 * The desktop build exists and matches today's Electron and better-sqlite3. A build without our
 * stamp was put there by hand (offline machines): trust it; a stale stamp means rebuild.
 */
export function nativePresent(root: string): boolean {
  if (!existsSync(nativeBinding(root))) {
    return false
  }
  try {
    return readFileSync(stampFile(root), 'utf8') === buildStamp(root)
  } catch {
    return true
  }
}

/** npm's bundled node-gyp: npm tells scripts where it is; else look beside npm itself. */
export function nodeGypScript(env: NodeJS.ProcessEnv = process.env): string | null {
  const found = env.npm_config_node_gyp ? [env.npm_config_node_gyp] : []
  const npmHomes = [
    ...(env.npm_execpath ? [env.npm_execpath] : []),
    join(dirname(process.execPath), '..', 'lib', 'node_modules', 'npm', 'package.json'),
    join(dirname(process.execPath), 'node_modules', 'npm', 'package.json'),
  ]
  for (const from of npmHomes) {
    try {
      found.push(createRequire(from).resolve('node-gyp/bin/node-gyp.js'))
    } catch {
      // not this one
    }
  }
  return found.find((f) => existsSync(f)) ?? null
}

export const run = (args: readonly string[], cwd: string, timeoutMs: number): boolean =>
  spawnSync(process.execPath, args, { cwd, stdio: 'inherit', timeout: timeoutMs }).status === 0

/** Copies better-sqlite3 (sources, not Node's build) aside and builds it for Electron. */
export function buildNativeForElectron(root: string): boolean {
  const src = join(root, 'node_modules', 'better-sqlite3')
  const dest = nativeDir(root)
  const version = electronVersion(root)
  rmSync(dest, { recursive: true, force: true })
  cpSync(src, dest, {
    recursive: true,
    filter: (p) => {
      const top = relative(src, p).split(sep)[0]
      return top !== 'build' && top !== 'node_modules'
    },
  })
  const done = (): boolean => {
    if (!existsSync(nativeBinding(root))) {
      return false
    }
    writeFileSync(stampFile(root), buildStamp(root))
    return true
  }
  process.stderr.write(`Văn Thư: đang chuẩn bị mô-đun cơ sở dữ liệu cho Electron ${version}…\n`)
  // A ready-made binary first (seconds); compiling SQLite takes a minute or two.
  try {
    const prebuild = createRequire(join(src, 'package.json')).resolve('prebuild-install/bin.js')
    if (run([prebuild, '--runtime', 'electron', '--target', version], dest, 120_000) && done()) {
      return true
    }
  } catch {
    // prebuild-install not installed: go on to node-gyp
  }
  const gyp = nodeGypScript()
  const gypArgs = ['rebuild', '--release', '--runtime=electron', `--target=${version}`]
  return (
    gyp !== null &&
    run([gyp, ...gypArgs, '--dist-url=https://electronjs.org/headers'], dest, 15 * 60_000) &&
    done()
  )
}
