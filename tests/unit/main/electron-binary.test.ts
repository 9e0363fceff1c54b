import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { electronBinary, electronVersion, nativePresent } from '../../../electron/cli/desktop-build'

// Real Electron, where this machine has it. Found without require('electron'), which would
// start a download.
const root = join(import.meta.dirname, '..', '..', '..')
const binary = electronBinary(root)
const binaryPresent = binary !== null
const appBuilt = existsSync(join(root, 'out', 'main', 'index.js')) && nativePresent(root)

if (!binaryPresent) {
  console.log('Electron binary not installed on this machine: desktop launch test skipped')
} else if (!appBuilt) {
  console.log('App not built for Electron (out/ or .desktop-native missing): launch test skipped')
}

// Linux CI boxes: no display, and Chromium refuses its sandbox as root.
const extraArgs = [
  ...(process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY
    ? ['--ozone-platform=headless']
    : []),
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
]

describe('Electron binary', () => {
  it.skipIf(!binaryPresent)('is the version package.json asks for', () => {
    const r = spawnSync(binary ?? '', ['-p', 'process.versions.electron'], {
      env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
      encoding: 'utf8',
      timeout: 30_000,
    })
    expect(r.stdout.trim()).toBe(electronVersion(root))
  })

  it.skipIf(!binaryPresent || !appBuilt)('launches the desktop app and keeps running', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'vanthu-electron-'))
    const env: NodeJS.ProcessEnv = { ...process.env, VANTHU_DATA_DIR: dataDir }
    delete env.ELECTRON_RUN_AS_NODE
    const child = spawn(binary ?? '', [...extraArgs, root], { env, stdio: 'ignore' })
    try {
      const exited = await new Promise<number | null>((done) => {
        const timer = setTimeout(() => done(null), 8_000)
        child.once('exit', (code) => {
          clearTimeout(timer)
          done(code ?? -1)
        })
      })
      // Still running after 8 s: the window is up and nothing crashed at start.
      expect(exited).toBeNull()
      expect(existsSync(join(dataDir, 'vanthu.db'))).toBe(true)
    } finally {
      child.kill('SIGTERM')
      rmSync(dataDir, { recursive: true, force: true })
    }
  })
})
