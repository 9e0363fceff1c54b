import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  electronCacheHint,
  electronMissingText,
  nativeFailedText,
  nextStep,
  runStart,
  type StartEffects,
} from '../../../electron/cli/commands/start'
import {
  buildStamp,
  electronBinary,
  nativeBinding,
  nativePresent,
  nodeGypScript,
} from '../../../electron/cli/desktop-build'

// start.ts imports the HTTP fallback; these tests must never start a server.
vi.mock('../../../electron/cli/commands/serve', () => ({
  serve: vi.fn(() => Promise.reject(new Error('serve must not run in unit tests'))),
}))

describe('nextStep', () => {
  const base = {
    binaryPresent: true,
    install: null,
    nativePresent: true,
    nativeBuild: null,
  } as const

  it('launches when everything is there', () => {
    expect(nextStep(base)).toEqual({ kind: 'launch' })
  })
  it('tries the Electron install once, then falls back to the browser', () => {
    expect(nextStep({ ...base, binaryPresent: false, nativePresent: false })).toEqual({
      kind: 'install-electron',
    })
    expect(nextStep({ ...base, binaryPresent: false, install: 'failed' })).toEqual({
      kind: 'serve',
      reason: 'electron-missing',
    })
    // The script said ok but left no binary: still the browser, never a second download.
    expect(nextStep({ ...base, binaryPresent: false, install: 'ok' })).toEqual({
      kind: 'serve',
      reason: 'electron-missing',
    })
  })
  it('builds the native module once, then falls back to the browser', () => {
    expect(nextStep({ ...base, nativePresent: false })).toEqual({ kind: 'build-native' })
    expect(nextStep({ ...base, nativePresent: false, nativeBuild: 'failed' })).toEqual({
      kind: 'serve',
      reason: 'native-build-failed',
    })
    expect(nextStep({ ...base, install: 'ok', nativeBuild: 'ok' })).toEqual({ kind: 'launch' })
  })
})

function effects(state: {
  binary: boolean
  native: boolean
  installWorks: boolean
  buildWorks: boolean
}): {
  fx: StartEffects
  log: string[]
} {
  const log: string[] = []
  const fx: StartEffects = {
    electronBinary: () => (state.binary ? '/fake/electron' : null),
    installElectron: () => {
      log.push('install')
      state.binary = state.installWorks
      return state.installWorks
    },
    nativePresent: () => state.native,
    buildNative: () => {
      log.push('build')
      state.native = state.buildWorks
      return state.buildWorks
    },
    launch: (binary) => {
      log.push(`launch ${binary}`)
      return Promise.resolve(3)
    },
    serveInBrowser: () => {
      log.push('serve')
      return Promise.resolve()
    },
    explain: (reason) => {
      log.push(`explain ${reason}`)
    },
  }
  return { fx, log }
}

describe('runStart', () => {
  it('launches straight away when Electron and the desktop build exist', async () => {
    const { fx, log } = effects({
      binary: true,
      native: true,
      installWorks: false,
      buildWorks: false,
    })
    expect(await runStart(fx)).toEqual({ mode: 'desktop', exitCode: 3 })
    expect(log).toEqual(['launch /fake/electron'])
  })

  it('downloads Electron, builds the module, then launches', async () => {
    const { fx, log } = effects({
      binary: false,
      native: false,
      installWorks: true,
      buildWorks: true,
    })
    expect(await runStart(fx)).toEqual({ mode: 'desktop', exitCode: 3 })
    expect(log).toEqual(['install', 'build', 'launch /fake/electron'])
  })

  it('explains and serves the browser UI when Electron cannot be downloaded', async () => {
    const { fx, log } = effects({
      binary: false,
      native: false,
      installWorks: false,
      buildWorks: true,
    })
    expect(await runStart(fx)).toEqual({ mode: 'browser' })
    expect(log).toEqual(['install', 'explain electron-missing', 'serve'])
  })

  it('explains and serves the browser UI when the module cannot be built', async () => {
    const { fx, log } = effects({
      binary: true,
      native: false,
      installWorks: false,
      buildWorks: false,
    })
    expect(await runStart(fx)).toEqual({ mode: 'browser' })
    expect(log).toEqual(['build', 'explain native-build-failed', 'serve'])
  })
})

describe('facts about the checkout', () => {
  let root: string | null = null
  afterEach(() => {
    if (root) {
      rmSync(root, { recursive: true, force: true })
      root = null
    }
  })
  const fakeRoot = (): string => {
    root = mkdtempSync(join(tmpdir(), 'vanthu-start-'))
    mkdirSync(join(root, 'node_modules', 'electron', 'dist'), { recursive: true })
    mkdirSync(join(root, 'node_modules', 'better-sqlite3'), { recursive: true })
    writeFileSync(join(root, 'node_modules', 'electron', 'package.json'), '{"version":"45.4.1"}')
    writeFileSync(
      join(root, 'node_modules', 'better-sqlite3', 'package.json'),
      '{"version":"12.11.1"}',
    )
    return root
  }

  it('finds the Electron binary without requiring electron (which would download)', () => {
    const r = fakeRoot()
    expect(electronBinary(r, {})).toBeNull()
    writeFileSync(join(r, 'node_modules', 'electron', 'path.txt'), 'electron')
    expect(electronBinary(r, {})).toBeNull()
    writeFileSync(join(r, 'node_modules', 'electron', 'dist', 'electron'), '')
    expect(electronBinary(r, {})).toBe(join(r, 'node_modules', 'electron', 'dist', 'electron'))
    const other = join(r, 'unzipped')
    mkdirSync(other)
    expect(electronBinary(r, { ELECTRON_OVERRIDE_DIST_PATH: other })).toBeNull()
    writeFileSync(join(other, 'electron'), '')
    expect(electronBinary(r, { ELECTRON_OVERRIDE_DIST_PATH: other })).toBe(join(other, 'electron'))
  })

  it('trusts a hand-placed desktop build, rebuilds a stale one', () => {
    const r = fakeRoot()
    expect(nativePresent(r)).toBe(false)
    mkdirSync(join(r, '.desktop-native', 'better-sqlite3', 'build', 'Release'), { recursive: true })
    writeFileSync(nativeBinding(r), '')
    expect(nativePresent(r)).toBe(true)
    const stamp = join(r, '.desktop-native', 'better-sqlite3', 'vanthu-build.json')
    writeFileSync(stamp, buildStamp(r))
    expect(nativePresent(r)).toBe(true)
    writeFileSync(join(r, 'node_modules', 'electron', 'package.json'), '{"version":"46.0.0"}')
    expect(nativePresent(r)).toBe(false)
  })

  it("points at @electron/get's cache file", () => {
    const hint = electronCacheHint('45.4.1', { electron_config_cache: '/cache' })
    expect(hint.file).toBe(`electron-v45.4.1-${process.platform}-${process.arch}.zip`)
    // sha256 of https://github.com/electron/electron/releases/download/v45.4.1
    expect(hint.path).toBe(
      join('/cache', '63946acb59adc73ff164033f7dbb473beec0a930781be3b30181d4eb34ef3c3c', hint.file),
    )
    const mirrored = electronCacheHint('45.4.1', {
      electron_config_cache: '/cache',
      ELECTRON_MIRROR: 'https://mirror.example/electron/',
    })
    expect(mirrored.path).not.toBe(hint.path)
  })

  it('explains in Vietnamese first, then English', () => {
    const text = electronMissingText(
      '45.4.1',
      electronCacheHint('45.4.1', { electron_config_cache: '/c' }),
    )
    expect(text.indexOf('Không tải được Electron')).toBe(0)
    expect(text.indexOf('Could not download')).toBeGreaterThan(0)
    expect(text).toContain('ELECTRON_MIRROR')
    expect(text).toContain('/c/')
    expect(text).not.toContain('\n')
    const native = nativeFailedText('/x/better_sqlite3.node')
    expect(native.indexOf('Không dựng được')).toBe(0)
    expect(native).toContain('/x/better_sqlite3.node')
  })

  it("finds npm's node-gyp, preferring the one npm names", () => {
    const r = fakeRoot()
    const gyp = join(r, 'node-gyp.js')
    writeFileSync(gyp, '')
    expect(nodeGypScript({ npm_config_node_gyp: gyp })).toBe(gyp)
    const found = nodeGypScript({})
    expect(found === null || found.endsWith('node-gyp.js')).toBe(true)
  })
})
