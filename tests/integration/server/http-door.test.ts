import { rmSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { latestVersion } from '../../../electron/core/db/migrate'
import { migrations } from '../../../electron/core/db/migrations'
import { serve, type Serving } from '../../../electron/cli/commands/serve'
import { openCore } from '../../../electron/core/core'
import { seedDemo } from '../../../electron/core/demo/seed'
import { DEMO_PASSWORD } from '../../../electron/core/demo/people'
import { silentLogger } from '../../../electron/core/log/logger'
import { resolveStatic } from '../../../electron/server/static-files'
import { tempDir } from '../helpers/temp-core'

const LATEST = latestVersion(migrations)

let dir: string
let server: Serving

beforeAll(async () => {
  dir = tempDir()
  const core = openCore({ dataDir: dir, logger: silentLogger })
  await seedDemo(core.deps)
  await core.close()
  server = await serve({ dataDir: dir, port: 0 })
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

describe('HTTP door', () => {
  it('answers /healthz with version and schema', async () => {
    const res = await fetch(`${server.url}/healthz`)
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({
      status: 'ok',
      version: expect.any(String),
      schemaVersion: LATEST,
    })
  })

  it('listens on loopback only unless told otherwise', async () => {
    expect(new URL(server.url).hostname).toBe('127.0.0.1')
    await expect(serve({ dataDir: dir, port: 0, host: '0.0.0.0' })).rejects.toThrow(
      /không phải loopback/,
    )
  })

  it('refuses API calls without the custom header, from another origin, or not as JSON', async () => {
    const noHeader = await fetch(`${server.url}/api/system.info`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    })
    expect(noHeader.status).toBe(403)
    const foreign = await api('system.info', {}, { Origin: 'https://evil.example' })
    expect(foreign.status).toBe(403)
    const form = await fetch(`${server.url}/api/system.info`, {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain', 'X-Requested-With': 'vanthu' },
      body: '{}',
    })
    expect(form.status).toBe(415)
    const get = await fetch(`${server.url}/api/system.info`)
    expect(get.status).toBe(405)
    const badJson = await fetch(`${server.url}/api/system.info`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Requested-With': 'vanthu' },
      body: '{not json',
    })
    expect(badJson.status).toBe(400)
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull()
  })

  it('keeps the session in an HttpOnly SameSite=Strict cookie, never in the body', async () => {
    const res = await api('auth.login', { username: 'vanthu', password: DEMO_PASSWORD })
    expect(res.status).toBe(200)
    const cookie = res.headers.get('set-cookie') ?? ''
    expect(cookie).toMatch(/^vanthu_session=[\w-]+; Path=\/; HttpOnly; SameSite=Strict; Expires=/)
    const text = await res.text()
    const token = /vanthu_session=([\w-]+)/.exec(cookie)?.[1] ?? ''
    expect(token.length).toBeGreaterThan(30)
    expect(text).not.toContain(token)

    const me = await api('auth.session', {}, { Cookie: `vanthu_session=${token}` })
    expect(await me.json()).toMatchObject({
      ok: true,
      value: { user: { username: 'vanthu', roles: ['van_thu'] } },
    })

    const forbidden = await api(
      'users.resetPassword',
      { id: 1, newPassword: 'x'.repeat(10) },
      { Cookie: `vanthu_session=${token}` },
    )
    expect(forbidden.status).toBe(403)

    const out = await api('auth.logout', {}, { Cookie: `vanthu_session=${token}` })
    expect(out.headers.get('set-cookie')).toMatch(/vanthu_session=; .*Max-Age=0/)
    const after = await api('auth.session', {}, { Cookie: `vanthu_session=${token}` })
    expect(after.status).toBe(401)
  })

  it('maps refusals to HTTP statuses and slows down password guessing', async () => {
    const wrong = await api('auth.login', { username: 'chutich', password: 'sai' })
    expect(wrong.status).toBe(401)
    for (let i = 0; i < 5; i++) {
      await api('auth.login', { username: 'chutich', password: `sai-${i}` })
    }
    const limited = await api('auth.login', { username: 'chutich', password: DEMO_PASSWORD })
    expect(limited.status).toBe(429)
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(await limited.json()).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } })
  })

  it('never serves a file outside the renderer folder', () => {
    expect(resolveStatic('/srv/app', '/../../etc/passwd')).toBe('/srv/app/etc/passwd')
    expect(resolveStatic('/srv/app', '/%2e%2e/%2e%2e/etc/passwd')).toBe('/srv/app/etc/passwd')
    expect(resolveStatic('/srv/app', '/assets/a.js')).toBe('/srv/app/assets/a.js')
    expect(resolveStatic('/srv/app', '/a%00b')).toBeNull()
    expect(resolveStatic('/srv/app', '/%E0%A4%A')).toBeNull()
  })

  it('takes a file as a raw body and gives bytes back raw, JSON for errors', async () => {
    const login = await api('auth.login', { username: 'vanthu', password: DEMO_PASSWORD })
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
    const bytes = new TextEncoder().encode('Nội dung tệp đính kèm')
    const up = await fetch(`${server.url}/api/files.upload`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/octet-stream',
        'X-Requested-With': 'vanthu',
        'X-File-Name': encodeURIComponent('Tờ trình số 5.txt'),
        Cookie: cookie,
      },
      body: bytes,
    })
    const body = (await up.json()) as {
      ok: boolean
      value: { sha256: string; name: string; mime: string }
    }
    expect(body).toMatchObject({
      ok: true,
      value: { name: 'Tờ trình số 5.txt', mime: 'text/plain', textStatus: 'none' },
    })
    const content = await api('files.content', { sha256: body.value.sha256 }, { Cookie: cookie })
    expect(content.headers.get('content-type')).toBe('application/octet-stream')
    expect(new Uint8Array(await content.arrayBuffer())).toEqual(bytes)
    const missing = await api('files.content', { sha256: 'f'.repeat(64) }, { Cookie: cookie })
    expect(missing.status).toBe(404)
    expect(await missing.json()).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })
})
