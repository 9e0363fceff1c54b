import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bundleHandler, bundlePath } from '../../../electron/main/protocol'

let base: string
let root: string

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'vanthu-protocol-'))
  root = join(base, 'out', 'renderer')
  mkdirSync(join(root, 'assets'), { recursive: true })
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Văn Thư</title>')
  writeFileSync(join(root, 'assets', 'app-1234.js'), 'console.log(1)')
  writeFileSync(join(base, 'secret.txt'), 'TOP SECRET')
  writeFileSync(join(base, 'out', 'secret.js'), 'TOP SECRET')
})

afterAll(() => {
  rmSync(base, { recursive: true, force: true })
})

const get = (url: string, method = 'GET'): Promise<Response> =>
  bundleHandler(root)(new Request(url, { method }))

describe('app:// protocol handler', () => {
  it('serves files from the renderer folder with a strict CSP', async () => {
    const res = await get('app://bundle/assets/app-1234.js')
    expect(res.status).toBe(200)
    expect(await res.text()).toBe('console.log(1)')
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    const csp = res.headers.get('content-security-policy') ?? ''
    expect(csp).toContain("default-src 'self'")
    expect(csp).toContain("script-src 'self'")
    expect(csp).toContain("object-src 'none'")
    expect(csp).toContain("frame-ancestors 'none'")
    expect(csp).not.toContain('unsafe-eval')
  })

  it('serves index.html for the root and for app routes', async () => {
    for (const url of [
      'app://bundle/',
      'app://bundle',
      'app://bundle/van-ban/den',
      'app://bundle/index.html?x=1',
    ]) {
      const res = await get(url)
      expect(res.status, url).toBe(200)
      expect(await res.text()).toContain('Văn Thư')
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8')
      expect(res.headers.get('content-security-policy')).toContain("script-src 'self'")
    }
  })

  it('never leaves the folder, encoded or not', async () => {
    const attempts = [
      'app://bundle/../../etc/passwd',
      'app://bundle/../secret.js',
      'app://bundle/%2e%2e/%2e%2e/secret.txt',
      'app://bundle/..%2f..%2fsecret.txt',
      'app://bundle/..%2fsecret.js',
      'app://bundle/assets/..%2f..%2f..%2fsecret.txt',
      'app://bundle/..%5c..%5csecret.txt',
      'app://bundle/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
      'app://bundle/a%00.js',
      'app://bundle/%E0%A4%A',
    ]
    for (const url of attempts) {
      const res = await get(url)
      const body = await res.text()
      expect(body, url).not.toContain('TOP SECRET')
      expect(body, url).not.toContain('root:')
      // Either refused, or folded back inside the folder (index.html or a 404).
      expect([200, 403, 404], url).toContain(res.status)
    }
    expect((await get('app://bundle/..%2f..%2fsecret.txt')).status).toBe(403)
  })

  it('resolves paths inside the root only', () => {
    expect(bundlePath(root, '/assets/app-1234.js')).toBe(join(root, 'assets', 'app-1234.js'))
    expect(bundlePath(root, '/')).toBe(root)
    expect(bundlePath(root, '/..%2f..%2fsecret.txt')).toBeNull()
    expect(bundlePath(root, '/a/%2e%2e%2f%2e%2e%2f..%2fx')).toBeNull()
    expect(bundlePath(root, '/%00')).toBeNull()
    expect(bundlePath(root, '/%zz')).toBeNull()
  })

  it('gives a missing asset a 404, not index.html', async () => {
    const res = await get('app://bundle/assets/missing-5678.js')
    expect(res.status).toBe(404)
  })

  it('answers only GET and HEAD, and only for our host', async () => {
    expect((await get('app://bundle/index.html', 'POST')).status).toBe(405)
    const head = await get('app://bundle/index.html', 'HEAD')
    expect(head.status).toBe(200)
    expect(await head.text()).toBe('')
    expect((await get('app://other/index.html')).status).toBe(404)
  })

  it('explains a missing build', async () => {
    const res = await bundleHandler(join(base, 'nowhere'))(new Request('app://bundle/'))
    expect(res.status).toBe(503)
    expect(await res.text()).toContain('npm run build')
  })
})
