import { spawn, spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { constants, homedir } from 'node:os'
import { dirname, join, posix, relative, resolve, sep } from 'node:path'
import { defaultDataDir } from '../../core/paths'
import { appRoot } from '../repo-root'
import { serve } from './serve'

// `npm start`: the desktop app when Electron can run here, the browser otherwise. The order of
// attempts is the pure `nextStep`; the effects (download, compile, spawn) are injected so
// the tests walk every branch without touching the network or spawning anything.

export type StartFacts = Readonly<{
  binaryPresent: boolean
  /** Electron's own install script, once it has been tried. */
  install: 'ok' | 'failed' | null
  nativePresent: boolean
  nativeBuild: 'ok' | 'failed' | null
}>

export type FallbackReason = 'electron-missing' | 'native-build-failed'

export type StartStep = Readonly<
  | { kind: 'install-electron' }
  | { kind: 'build-native' }
  | { kind: 'launch' }
  | { kind: 'serve'; reason: FallbackReason }
>

/** Each attempt is made at most once, so the walk always ends in launch or serve. */
export function nextStep(f: StartFacts): StartStep {
  if (!f.binaryPresent) {
    return f.install === null
      ? { kind: 'install-electron' }
      : { kind: 'serve', reason: 'electron-missing' }
  }
  if (!f.nativePresent) {
    return f.nativeBuild === null
      ? { kind: 'build-native' }
      : { kind: 'serve', reason: 'native-build-failed' }
  }
  return { kind: 'launch' }
}

export type StartEffects = Readonly<{
  electronBinary: () => string | null
  installElectron: () => boolean
  nativePresent: () => boolean
  buildNative: () => boolean
  /** Runs the desktop app to its end; resolves with its exit code. */
  launch: (binary: string) => Promise<number>
  /** Serves the browser UI until Ctrl+C. */
  serveInBrowser: () => Promise<void>
  explain: (reason: FallbackReason) => void
}>

export type StartOutcome = Readonly<{ mode: 'desktop'; exitCode: number } | { mode: 'browser' }>

export async function runStart(fx: StartEffects): Promise<StartOutcome> {
  // Looks again after each attempt: an install or a build is only as good as what it left.
  const observe = (tried: Pick<StartFacts, 'install' | 'nativeBuild'>): StartFacts => {
    const binaryPresent = fx.electronBinary() !== null
    return { ...tried, binaryPresent, nativePresent: binaryPresent && fx.nativePresent() }
  }
  let facts = observe({ install: null, nativeBuild: null })
  for (;;) {
    const step = nextStep(facts)
    switch (step.kind) {
      case 'install-electron':
        facts = observe({ ...facts, install: fx.installElectron() ? 'ok' : 'failed' })
        break
      case 'build-native':
        facts = observe({ ...facts, nativeBuild: fx.buildNative() ? 'ok' : 'failed' })
        break
      case 'launch': {
        const binary = fx.electronBinary()
        if (binary === null) {
          throw new Error('Electron binary vanished between check and launch')
        }
        return { mode: 'desktop', exitCode: await fx.launch(binary) }
      }
      case 'serve':
        fx.explain(step.reason)
        await fx.serveInBrowser()
        return { mode: 'browser' }
    }
  }
}

// --- Facts about this checkout -------------------------------------------------------------

const electronDir = (root: string): string => join(root, 'node_modules', 'electron')

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

function buildStamp(root: string): string {
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

// --- Effects ---------------------------------------------------------------------------------

const run = (args: readonly string[], cwd: string, timeoutMs: number): boolean =>
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

/** Where @electron/get looks for the zip: cache root / sha256(URL of its folder) / file name. */
export function electronCacheHint(
  version: string,
  env: NodeJS.ProcessEnv = process.env,
): Readonly<{ file: string; path: string }> {
  const file = `electron-v${version}-${process.platform}-${process.arch}.zip`
  const url = new URL(
    `${env.ELECTRON_MIRROR ?? 'https://github.com/electron/electron/releases/download/'}v${version}/${file}`,
  )
  url.pathname = posix.dirname(url.pathname)
  const folder = createHash('sha256').update(url.toString()).digest('hex')
  const home = homedir()
  const cacheRoot =
    env.electron_config_cache ??
    (process.platform === 'win32'
      ? join(env.LOCALAPPDATA ?? join(home, 'AppData', 'Local'), 'electron', 'Cache')
      : process.platform === 'darwin'
        ? join(home, 'Library', 'Caches', 'electron')
        : join(env.XDG_CACHE_HOME ?? join(home, '.cache'), 'electron'))
  return { file, path: join(cacheRoot, folder, file) }
}

export function electronMissingText(
  version: string,
  zip: Readonly<{ file: string; path: string }>,
): string {
  return (
    `Không tải được Electron ${version} (chương trình chạy ứng dụng máy tính): máy không có mạng hoặc mạng chặn địa chỉ tải. ` +
    `Để dùng ứng dụng máy tính, hãy chép tệp ${zip.file} (tải ở máy khác, từ https://github.com/electron/electron/releases/tag/v${version}) thành ${zip.path}, ` +
    'hoặc đặt biến môi trường ELECTRON_MIRROR là một máy chủ gương truy cập được, hoặc giải nén tệp đó rồi đặt ELECTRON_OVERRIDE_DIST_PATH là thư mục vừa giải nén; rồi chạy lại `npm start` ' +
    '(ELECTRON_SKIP_BINARY_DOWNLOAD chỉ bỏ qua việc tải, không giúp được). Trong lúc chờ, Văn Thư chạy trong trình duyệt. ' +
    `— Could not download the Electron ${version} binary (offline, or the download is blocked). To run the desktop app, copy ${zip.file} to ${zip.path}, ` +
    'or set ELECTRON_MIRROR to a reachable mirror, or unzip it and set ELECTRON_OVERRIDE_DIST_PATH to that folder, then run `npm start` again ' +
    '(ELECTRON_SKIP_BINARY_DOWNLOAD only skips the download). Meanwhile Văn Thư runs in your browser.'
  )
}

export function nativeFailedText(binding: string): string {
  return (
    'Không dựng được mô-đun cơ sở dữ liệu (better-sqlite3) cho Electron: không tải được bản dựng sẵn và không biên dịch được (cần mạng để lấy header của Electron, cùng Python và trình biên dịch C++). ' +
    `Có thể chép một bản better_sqlite3.node dựng cho Electron này vào ${binding} rồi chạy lại \`npm start\`. Trong lúc chờ, Văn Thư chạy trong trình duyệt. ` +
    '— Could not build better-sqlite3 for Electron (no prebuilt binary, and compiling needs the Electron headers from the network plus Python and a C++ compiler). ' +
    `You can put a better_sqlite3.node built for this Electron at ${binding} and run \`npm start\` again. Meanwhile Văn Thư runs in your browser.`
  )
}

function launch(binary: string, root: string, dataDir?: string): Promise<number> {
  const env = { ...process.env }
  // Set by some tools; it would make the binary behave as plain Node and ignore our app.
  delete env.ELECTRON_RUN_AS_NODE
  if (dataDir !== undefined) {
    env.VANTHU_DATA_DIR = resolve(dataDir)
  }
  const child = spawn(binary, [root], { stdio: 'inherit', env })
  const forward = (signal: NodeJS.Signals): void => {
    child.kill(signal)
  }
  process.on('SIGINT', forward)
  process.on('SIGTERM', forward)
  return new Promise((done) => {
    const finish = (code: number): void => {
      process.off('SIGINT', forward)
      process.off('SIGTERM', forward)
      done(code)
    }
    child.once('error', (err) => {
      process.stderr.write(`Không chạy được Electron (${binary}): ${err.message}\n`)
      finish(1)
    })
    child.once('exit', (code, signal) => {
      finish(code ?? (signal ? 128 + (constants.signals[signal] ?? 0) : 1))
    })
  })
}

// Same default as `vanthu serve` (DEFAULT_PORT in ../program.ts, not imported: it imports us).
const fallbackPort = 4780

async function serveUntilStopped(dataDir: string, port: number): Promise<void> {
  const serving = await serve({ dataDir, port })
  process.stdout.write(
    `Văn Thư đang chạy tại ${serving.url}\nDữ liệu: ${dataDir}\nNhấn Ctrl+C để dừng.\n`,
  )
  await new Promise<void>((done) => {
    const stop = (): void => {
      serving.close().then(done, done)
    }
    process.once('SIGINT', stop)
    process.once('SIGTERM', stop)
  })
}

/** `npm start`. The launcher has already built out/. Sets the exit code of the desktop app. */
export async function start(opts: { dataDir?: string; port?: number }): Promise<void> {
  const root = appRoot()
  const outcome = await runStart({
    electronBinary: () => electronBinary(root),
    installElectron: () => {
      process.stderr.write('Văn Thư: đang tải Electron (một lần)…\n')
      return run([join(electronDir(root), 'install.js')], electronDir(root), 120_000)
    },
    nativePresent: () => nativePresent(root),
    buildNative: () => buildNativeForElectron(root),
    launch: (binary) => launch(binary, root, opts.dataDir),
    serveInBrowser: () =>
      serveUntilStopped(
        opts.dataDir ? resolve(opts.dataDir) : defaultDataDir(),
        opts.port ?? fallbackPort,
      ),
    explain: (reason) => {
      const text =
        reason === 'electron-missing'
          ? electronMissingText(electronVersion(root), electronCacheHint(electronVersion(root)))
          : nativeFailedText(nativeBinding(root))
      process.stderr.write(`\n${text}\n\n`)
    },
  })
  if (outcome.mode === 'desktop') {
    process.exitCode = outcome.exitCode
  }
}
