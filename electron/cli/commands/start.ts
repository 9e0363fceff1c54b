import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { constants, homedir } from 'node:os'
import { join, posix, resolve } from 'node:path'
import { defaultDataDir } from '../../core/paths'
import {
  buildNativeForElectron,
  electronBinary,
  electronDir,
  electronVersion,
  nativeBinding,
  nativePresent,
  run,
} from '../desktop-build'
import { appRoot } from '../repo-root'
import { DEFAULT_PORT, serve, servingText, untilStopped } from './serve'

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

async function serveUntilStopped(dataDir: string, port: number): Promise<void> {
  const serving = await serve({ dataDir, port })
  process.stdout.write(`${servingText(serving.url, dataDir)}\n`)
  await untilStopped(serving)
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
        opts.port ?? DEFAULT_PORT,
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
