import { rmSync } from 'node:fs'
import { request } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { serve, type Serving } from '../../../electron/cli/commands/serve'
import { openCore } from '../../../electron/core/core'
import { DEMO_PASSWORD } from '../../../electron/core/demo/people'
import { seedDemo } from '../../../electron/core/demo/seed'
import { silentLogger } from '../../../electron/core/log/logger'
import { tempDir, testClock } from '../helpers/temp-core'

// The HTTP door's defences, each proven against a real `serve()` on an ephemeral port, with the
// core's clock under the test's control so waits and expiries need no sleeping.

const MINUTE = 60_000
const clock = testClock()
let dir: string
let server: Serving

beforeAll(async () => {
  dir = tempDir()
  const core = openCore({ dataDir: dir, clock, logger: silentLogger })
  await seedDemo(core.deps)
  await core.close()
  server = await serve({
    dataDir: dir,
    port: 0,
    core: {
      clock,
      logger: silentLogger,
      config: { sessionIdleMs: 30 * MINUTE, sessionMaxMs: 120 * MINUTE },
    },
  })
})
afterAll(async () => {
  await server.close()
  rmSync(dir, { recursive: true, force: true })
})

const api = (
  method: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<Response> =>
  fetch(`${server.url}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Requested-With': 'vanthu', ...headers },
    body: JSON.stringify(body),
  })

async function login(username: string, password = DEMO_PASSWORD): Promise<string> {
  const res = await api('auth.login', { username, password })
  expect(res.status, username).toBe(200)
  return (res.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
}

const stillSignedIn = async (cookie: string): Promise<boolean> =>
  (await api('auth.session', {}, { Cookie: cookie })).status === 200

describe('login rate limit (per username, on the core clock)', () => {
  it('answers 429 with Retry-After, even to the right password, until the wait has passed', async () => {
    for (let i = 0; i < 5; i++) {
      expect((await api('auth.login', { username: 'cvp', password: `sai-${i}` })).status).toBe(401)
    }
    const limited = await api('auth.login', { username: 'cvp', password: DEMO_PASSWORD })
    expect(limited.status).toBe(429)
    expect(limited.headers.get('retry-after')).toBe('2')
    expect(limited.headers.get('set-cookie')).toBeNull()
    expect(await limited.json()).toMatchObject({
      ok: false,
      error: { code: 'RATE_LIMITED', retryAfter: 2, message: expect.stringContaining('2 giây') },
    })

    clock.advance(1000)
    const stillLimited = await api('auth.login', { username: 'cvp', password: DEMO_PASSWORD })
    expect(stillLimited.status).toBe(429)
    expect(stillLimited.headers.get('retry-after')).toBe('1')

    // Another account is not held hostage by someone guessing at this one.
    await login('tp.hctc')

    clock.advance(1000)
    await login('cvp')
  })

  it('makes each further failure double the wait', async () => {
    for (let i = 0; i < 5; i++) {
      await api('auth.login', { username: 'pcvp.tonghop', password: `sai-${i}` })
    }
    clock.advance(2000)
    expect((await api('auth.login', { username: 'pcvp.tonghop', password: 'sai' })).status).toBe(
      401,
    )
    const limited = await api('auth.login', { username: 'pcvp.tonghop', password: DEMO_PASSWORD })
    expect(limited.headers.get('retry-after')).toBe('4')
    clock.advance(4000)
    await login('pcvp.tonghop')
  })
})

describe('session expiry', () => {
  it('ends a session left idle past the limit: 401 and the cookie cleared', async () => {
    const cookie = await login('vanthu')
    clock.advance(29 * MINUTE)
    // A call inside the window moves the idle deadline on.
    expect(await stillSignedIn(cookie)).toBe(true)
    clock.advance(29 * MINUTE)
    expect(await stillSignedIn(cookie)).toBe(true)
    clock.advance(31 * MINUTE)
    const res = await api('auth.session', {}, { Cookie: cookie })
    expect(res.status).toBe(401)
    expect(await res.json()).toMatchObject({ ok: false, error: { code: 'SESSION_EXPIRED' } })
    expect(res.headers.get('set-cookie')).toMatch(/^vanthu_session=; .*Max-Age=0/)
    // Expired means gone, not resumable by the next clock tick.
    clock.advance(-31 * MINUTE)
    expect(await stillSignedIn(cookie)).toBe(false)
    clock.advance(31 * MINUTE)
  })

  it('ends even a busy session at the absolute limit', async () => {
    const cookie = await login('chutich')
    for (let minutes = 25; minutes < 120; minutes += 25) {
      clock.advance(25 * MINUTE)
      expect(await stillSignedIn(cookie), `${minutes} phút`).toBe(true)
    }
    clock.advance(25 * MINUTE)
    const res = await api('auth.session', {}, { Cookie: cookie })
    expect(res.status).toBe(401)
    expect(res.headers.get('set-cookie')).toMatch(/Max-Age=0/)
  })
})

describe('cross-site requests', () => {
  it('refuses a state change without the custom header, from a foreign origin or site', async () => {
    const cookie = await login('cv.tonghop1')
    const change = { currentPassword: DEMO_PASSWORD, newPassword: 'Moi@Matkhau2026' }
    const attempts: Record<string, string>[] = [
      { 'X-Requested-With': '' },
      { 'X-Requested-With': 'XMLHttpRequest' },
      { Origin: 'https://evil.example' },
      { Origin: 'null' },
      { 'Sec-Fetch-Site': 'cross-site' },
      { 'Sec-Fetch-Site': 'same-site' },
    ]
    for (const headers of attempts) {
      const pw = await api('auth.changePassword', change, { Cookie: cookie, ...headers })
      expect(pw.status, JSON.stringify(headers)).toBe(403)
      const out = await api('auth.logout', {}, { Cookie: cookie, ...headers })
      expect(out.status, JSON.stringify(headers)).toBe(403)
      expect(out.headers.get('set-cookie')).toBeNull()
    }
    // Nothing changed: the session lives and the old password still opens the account.
    expect(await stillSignedIn(cookie)).toBe(true)
    await login('cv.tonghop1')
    // …while our own page's requests pass.
    const own = await api('auth.logout', {}, { Cookie: cookie, Origin: server.url })
    expect(own.status).toBe(200)
  })

  it('answers a CORS preflight with no Access-Control-* header, nor anything else', async () => {
    const replies = [
      await fetch(`${server.url}/api/auth.login`, {
        method: 'OPTIONS',
        headers: {
          Origin: 'https://evil.example',
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers': 'content-type, x-requested-with',
        },
      }),
      await fetch(`${server.url}/`, { method: 'OPTIONS', headers: { Origin: 'https://a.b' } }),
      await fetch(`${server.url}/healthz`, { headers: { Origin: 'https://evil.example' } }),
      await fetch(`${server.url}/`, { headers: { Origin: 'https://evil.example' } }),
      await api('auth.login', { username: 'x', password: 'y' }, { Origin: 'https://evil.example' }),
      await api('system.info', {}),
    ]
    for (const res of replies) {
      const cors = [...res.headers.keys()].filter((k) => k.startsWith('access-control-'))
      expect(cors, res.url).toEqual([])
    }
    expect(replies[0]?.status).toBe(405)
    expect(replies[1]?.status).toBe(405)
  })

  it('takes API calls by POST only', async () => {
    const cookie = await login('pct.kinhte')
    for (const method of ['GET', 'HEAD', 'PUT', 'PATCH', 'DELETE']) {
      const res = await fetch(`${server.url}/api/auth.logout`, {
        method,
        headers: { 'X-Requested-With': 'vanthu', Cookie: cookie },
      })
      expect(res.status, method).toBe(405)
    }
    expect(await stillSignedIn(cookie)).toBe(true)
  })
})

describe('what every reply carries', () => {
  it('sets the session cookie HttpOnly, SameSite=Strict, Path=/, and not Secure over plain HTTP', async () => {
    const res = await api('auth.login', { username: 'vanthu2', password: DEMO_PASSWORD })
    const attrs = (res.headers.get('set-cookie') ?? '').split('; ')
    expect(attrs).toEqual(expect.arrayContaining(['HttpOnly', 'SameSite=Strict', 'Path=/']))
    expect(attrs).not.toContain('Secure')
  })

  it('sends the security headers on API replies, refusals and pages', async () => {
    const replies = [
      await api('system.info', {}),
      await api('auth.session', {}),
      await fetch(`${server.url}/api/x`),
      await fetch(`${server.url}/healthz`),
      await fetch(`${server.url}/`),
    ]
    for (const res of replies) {
      const csp = res.headers.get('content-security-policy') ?? ''
      expect(csp, res.url).toContain("script-src 'self'")
      expect(csp).toContain("frame-ancestors 'none'")
      expect(csp).toContain("object-src 'none'")
      expect(csp).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/)
      expect(res.headers.get('x-content-type-options')).toBe('nosniff')
      expect(res.headers.get('x-frame-options')).toBe('DENY')
      expect(res.headers.get('referrer-policy')).toBe('no-referrer')
    }
  })
})

type RawReply = Readonly<{ status: number; body: string; connection: string | undefined }>

/** A request whose body the test writes by hand, so it can promise more than it sends. */
function raw(
  headers: Record<string, string | number>,
  chunks: readonly Buffer[],
): Promise<RawReply> {
  const url = new URL(`${server.url}/api/system.info`)
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Requested-With': 'vanthu', ...headers },
      },
      (res) => {
        let body = ''
        res.setEncoding('utf8')
        res.on('data', (c: string) => (body += c))
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body, connection: res.headers.connection }),
        )
      },
    )
    req.on('error', reject)
    for (const c of chunks) {
      req.write(c)
    }
    // The request is left open: the answer must come without the rest of the body.
  })
}

describe('request bodies', () => {
  it('refuses a declared oversized body with 413 before reading it', async () => {
    const reply = await raw({ 'Content-Length': 3 * 1024 * 1024 }, [Buffer.from('{"a":"')])
    expect(reply.status).toBe(413)
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    expect(reply.connection).toBe('close')
  })

  it('stops reading an undeclared body the moment it passes the limit', async () => {
    const chunk = Buffer.alloc(512 * 1024, 0x61)
    const reply = await raw({ 'Transfer-Encoding': 'chunked' }, [chunk, chunk, chunk, chunk, chunk])
    expect(reply.status).toBe(413)
  })

  it('refuses broken and hostile JSON with 400', async () => {
    const bodies = [
      '{"username":',
      '\u0000\u0001\u0002',
      '[1,2,',
      '{"a":1}{"b":2}',
      "{'a':1}",
      '\uFEFF{"a":1',
      '{"a":' + '['.repeat(10_000),
    ]
    for (const body of bodies) {
      const res = await fetch(`${server.url}/api/auth.login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Requested-With': 'vanthu' },
        body,
      })
      expect(res.status, body.slice(0, 20)).toBe(400)
      expect(await res.json()).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    }
    // Well-formed JSON of the wrong shape is the contract's business: still a clean 400.
    const proto = await api('auth.login', JSON.parse('{"__proto__":{"admin":true}}'))
    expect(proto.status).toBe(400)
  })
})
