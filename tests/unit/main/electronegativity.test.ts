import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import Module, { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

// @doyensec/electronegativity over the shell's source, through its programmatic runner: its CLI
// breaks on our commander 14. The scan must not touch the network, so its one HTTP client (got,
// used to fetch translations and Electron's release list) is replaced before the runner loads,
// and the release-list check (a question about the installed Electron's age, not our code) is
// left out. Every HIGH finding must be explained in security/electronegativity-allow.json.

const root = join(dirname(new URL(import.meta.url).pathname), '..', '..', '..')
const requireHere = createRequire(join(root, 'package.json'))
const scannerDir = dirname(requireHere.resolve('@doyensec/electronegativity/package.json'))

type Issue = Readonly<{
  id: string
  file: string
  location: { line: number; column: number }
  severity: { name: string }
  confidence: { name: string }
  manualReview?: boolean
}>
type ScanResult = Readonly<{
  issues: Issue[]
  errors: { file: string; message: string; tolerable: boolean }[]
}>
type Run = (options: Record<string, unknown>) => Promise<ScanResult>
type Allowed = Readonly<{ check: string; file: string; reason: string }>

const blockedRequests: string[] = []

/** Puts an offline `got` in the require cache where the scanner will look for it. */
function offlineGot(): void {
  const gotPath = createRequire(join(scannerDir, 'package.json')).resolve('got')
  const stub = new Module(gotPath)
  stub.filename = gotPath
  stub.loaded = true
  stub.exports = (url: unknown): Promise<{ statusCode: number; body: string }> => {
    blockedRequests.push(String(url))
    return Promise.resolve({ statusCode: 503, body: '' })
  }
  requireHere.cache[gotPath] = stub
}

function electronVersion(): string {
  try {
    return (requireHere('electron/package.json') as { version: string }).version
  } catch {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      devDependencies: Record<string, string>
    }
    return String(pkg.devDependencies.electron).replace(/^[^\d]*/, '')
  }
}

offlineGot()
const run = requireHere('@doyensec/electronegativity') as Run

const scan = (input: string): Promise<ScanResult> =>
  run({
    input,
    isRelative: true,
    customScan: [],
    excludeFromScan: ['availablesecurityfixesglobalcheck'],
    electronVersionOverride: electronVersion(),
  })

const scratch = mkdtempSync(join(tmpdir(), 'vanthu-electronegativity-'))
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true })
})

const describeFinding = (i: Issue): string =>
  `${i.id} ${i.severity.name}/${i.confidence.name} ${i.file}:${i.location.line}`

describe('electronegativity', () => {
  it('finds a known-bad window, so a clean report means something', async () => {
    const bad = join(scratch, 'bad')
    mkdirSync(bad)
    writeFileSync(
      join(bad, 'main.js'),
      "const { BrowserWindow } = require('electron')\n" +
        'new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false } })\n',
    )
    const { issues } = await scan(bad)
    const high = issues.filter((i) => i.severity.name === 'HIGH').map((i) => i.id)
    expect(high).toEqual(
      expect.arrayContaining(['CONTEXT_ISOLATION_JS_CHECK', 'LIMIT_NAVIGATION_GLOBAL_CHECK']),
    )
  })

  it('leaves no HIGH finding in the app unexplained, and no stale explanation', async () => {
    // One tree, so the global checks see the main process's handlers and the page's CSP together;
    // a copy, so the scanner does not walk node_modules and .git.
    const app = join(scratch, 'app')
    for (const part of ['electron', 'shared', 'renderer']) {
      cpSync(join(root, part), join(app, part), {
        recursive: true,
        filter: (src) => !/\.[a-z0-9]+$/i.test(src) || /\.(ts|tsx|js|jsx|mjs|cjs|html)$/.test(src),
      })
    }
    const { issues, errors } = await scan(app)

    expect(errors.filter((e) => !e.tolerable).map((e) => `${e.file}: ${e.message}`)).toEqual([])
    const allow = (
      JSON.parse(readFileSync(join(root, 'security', 'electronegativity-allow.json'), 'utf8')) as {
        allow: Allowed[]
      }
    ).allow
    for (const a of allow) {
      expect(a.reason.length, `${a.check} ${a.file}`).toBeGreaterThan(20)
    }
    const explained = (i: Issue): boolean =>
      allow.some((a) => a.check === i.id && a.file === i.file)
    const high = issues.filter((i) => i.severity.name === 'HIGH')
    expect(high.filter((i) => !explained(i)).map(describeFinding)).toEqual([])
    const stale = allow.filter((a) => !high.some((i) => a.check === i.id && a.file === i.file))
    expect(stale).toEqual([])
    // The handlers the global checks look for are there: no navigation or permission finding.
    expect(issues.map((i) => i.id)).not.toContain('LIMIT_NAVIGATION_GLOBAL_CHECK')
    expect(issues.map((i) => i.id)).not.toContain('PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK')
  })

  it('never reached the network', () => {
    // The scanner did ask (for translations), and our stub is what answered it.
    expect(blockedRequests.length).toBeGreaterThan(0)
  })
})
