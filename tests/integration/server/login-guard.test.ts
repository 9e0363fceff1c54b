import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_PASSWORD } from '../../../electron/core/demo/people'
import { seedDemo } from '../../../electron/core/demo/seed'
import { createHttpDoor, type DoorServer } from '../../../electron/server/http-door'
import { createLoginGuard } from '../../../electron/server/login-guard'
import { tempCore, testClock, type TempCore } from '../helpers/temp-core'

// One client trying one password against many usernames never trips the core's per-username
// limit; the door's per-address guard stops it. Small limits here; 30 in 15 minutes by default.

let t: TempCore
let server: DoorServer
let url: string

beforeAll(async () => {
  t = tempCore()
  await seedDemo(t.core.deps)
  const loginGuard = createLoginGuard({ clock: t.clock, maxFailures: 4, windowMs: 60_000 })
  server = createHttpDoor({ core: t.core, staticDir: t.dir, secure: false, loginGuard })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(async () => {
  await new Promise<void>((resolve) => {
    server.close(() => resolve())
    server.closeAllConnections()
  })
  await t.cleanup()
})

const login = (username: string, password: string): Promise<Response> =>
  fetch(`${url}/api/auth.login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Requested-With': 'vanthu' },
    body: JSON.stringify({ username, password }),
  })

describe('per-client login guard', () => {
  it('stops a password spray across usernames, then lets the client back after the window', async () => {
    for (const username of ['chutich', 'cvp', 'vanthu', 'khong-co-ai']) {
      expect((await login(username, 'Matkhau@2026')).status, username).toBe(401)
    }
    const blocked = await login('pct.kinhte', DEMO_PASSWORD)
    expect(blocked.status).toBe(429)
    expect(blocked.headers.get('retry-after')).toBe('60')
    expect(await blocked.json()).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } })
    // Refused before the core: the account's own failure count did not move.
    t.clock.advance(30_000)
    expect((await login('pct.kinhte', DEMO_PASSWORD)).headers.get('retry-after')).toBe('30')
    t.clock.advance(30_000)
    expect((await login('pct.kinhte', DEMO_PASSWORD)).status).toBe(200)
  })

  it('counts per client, forgets after the window and stays bounded', () => {
    const clock = testClock()
    const guard = createLoginGuard({ clock, maxFailures: 2, windowMs: 1000, maxClients: 2 })
    guard.failed('10.0.0.1')
    guard.failed('10.0.0.1')
    expect(guard.secondsToWait('10.0.0.1')).toBe(1)
    expect(guard.secondsToWait('10.0.0.2')).toBe(0)
    // Remembering is bounded: a flood of addresses pushes the oldest out, not the heap up.
    guard.failed('10.0.0.3')
    guard.failed('10.0.0.4')
    expect(guard.secondsToWait('10.0.0.1')).toBe(0)
    clock.advance(1000)
    guard.failed('10.0.0.4')
    expect(guard.secondsToWait('10.0.0.4')).toBe(0)
  })
})
