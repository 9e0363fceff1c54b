import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { bundleHandler } from '../../../electron/main/protocol'
import { contentSecurityPolicy } from '../../../shared/security/csp'

// The CSP reaches the page three ways: the <meta> in renderer/index.html, the app:// protocol's
// header (desktop) and `vanthu serve`'s header (tests/integration/server). They must agree, and
// none may allow eval, inline script or another origin's code.

const root = join(import.meta.dirname, '..', '..', '..')

type Policy = ReadonlyMap<string, readonly string[]>

function parse(policy: string): Policy {
  const map = new Map<string, string[]>()
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/)
    if (name) {
      map.set(name.toLowerCase(), sources)
    }
  }
  return map
}

function metaPolicy(html: string): string {
  const m = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html)
  return m?.[1] ?? ''
}

const scriptSources = (p: Policy): readonly string[] =>
  p.get('script-src') ?? p.get('default-src') ?? []

function expectStrict(policy: string): void {
  const p = parse(policy)
  expect(p.get('default-src')).toEqual(["'self'"])
  expect(scriptSources(p)).toEqual(["'self'"])
  expect(p.get('object-src')).toEqual(["'none'"])
  expect(p.get('base-uri')).toEqual(["'none'"])
  expect(policy).not.toContain('unsafe-eval')
  expect(policy).not.toContain('wasm-unsafe-eval')
  for (const [name, sources] of p) {
    for (const s of sources) {
      // No wildcard, no plain-HTTP or any other remote origin: only keywords, data: and blob:.
      expect(s, `${name} ${s}`).toMatch(/^('self'|'none'|'unsafe-inline'|data:|blob:)$/)
    }
    if (sources.includes('blob:') || sources.includes('data:')) {
      expect(['img-src', 'font-src', 'worker-src'], name).toContain(name)
    }
  }
}

describe('content security policy', () => {
  it('is strict where it is defined once', () => {
    expectStrict(contentSecurityPolicy)
    expect(parse(contentSecurityPolicy).get('frame-ancestors')).toEqual(["'none'"])
  })

  it('is repeated by renderer/index.html, which has no inline script', () => {
    const html = readFileSync(join(root, 'renderer', 'index.html'), 'utf8')
    const meta = metaPolicy(html)
    expectStrict(meta)
    const header = parse(contentSecurityPolicy)
    // frame-ancestors and form-action in a <meta> are ignored or weaker; the header carries them.
    for (const [name, sources] of parse(meta)) {
      expect(sources, name).toEqual(header.get(name))
    }
    for (const script of html.match(/<script\b[^>]*>/gi) ?? []) {
      expect(script).toMatch(/\bsrc="/)
    }
    expect(html).not.toMatch(/\son[a-z]+="/i)
  })

  it('comes with every app:// answer, refusals included', async () => {
    const handler = bundleHandler(join(root, 'no-such-build'))
    for (const [url, method] of [
      ['app://bundle/', 'GET'],
      ['app://bundle/index.html', 'POST'],
      ['app://other/x', 'GET'],
      ['app://bundle/..%2f..%2fpackage.json', 'GET'],
      ['app://bundle/missing.js', 'GET'],
    ] as const) {
      const res = await handler(new Request(url, { method }))
      expect(res.headers.get('content-security-policy'), url).toBe(contentSecurityPolicy)
      expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    }
  })
})
