import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { latestVersion } from '../../../electron/core/db/migrate'
import { migrations } from '../../../electron/core/db/migrations'
import { ADMIN, callAs, login, setUp, tempCore, type TempCore } from '../helpers/temp-core'

const LATEST = latestVersion(migrations)

let t: TempCore
beforeEach(() => {
  t = tempCore({ config: { sessionIdleMs: 60 * 60 * 1000, sessionMaxMs: 8 * 60 * 60 * 1000 } })
})
afterEach(async () => {
  await t.cleanup()
})

describe('first-run setup', () => {
  it('answers only system.info and setup.init before the agency exists', async () => {
    const info = await callAs(t.core, null, 'system.info')
    expect(info).toMatchObject({
      ok: true,
      value: { setupDone: false, agency: null, schemaVersion: LATEST },
    })
    const refused = await callAs(t.core, null, 'auth.login', { username: 'admin', password: 'x' })
    expect(refused).toMatchObject({ ok: false, error: { code: 'SETUP_REQUIRED' } })
  })

  it('creates the agency and its admin, signs the admin in, and cannot run twice', async () => {
    const token = await setUp(t.core)
    const me = await callAs(t.core, token, 'auth.session')
    expect(me).toMatchObject({
      ok: true,
      value: {
        user: {
          username: 'admin',
          roles: ['quan_tri'],
          agency: { shortName: 'UBND', code: '000.00.00.H49' },
        },
      },
    })
    const again = await t.core.dispatch({
      method: 'setup.init',
      door: 'http',
      input: {
        agencyName: 'Khác',
        agencyShortName: 'KHAC',
        adminUsername: 'eve',
        adminFullName: 'Eve',
        adminPassword: 'password123',
      },
    })
    expect(again.reply).toMatchObject({ ok: false, error: { code: 'ALREADY_SET_UP' } })
    expect(again.session).toBeNull()
  })
})

describe('login', () => {
  beforeEach(async () => {
    await setUp(t.core)
  })

  it('refuses a wrong password or an unknown user with the same Vietnamese message', async () => {
    const wrong = await callAs(t.core, null, 'auth.login', {
      username: 'admin',
      password: 'sai-mat-khau',
    })
    const unknown = await callAs(t.core, null, 'auth.login', {
      username: 'nobody',
      password: 'sai-mat-khau',
    })
    expect(wrong).toEqual({
      ok: false,
      error: { code: 'UNAUTHENTICATED', message: 'Tên đăng nhập hoặc mật khẩu không đúng' },
    })
    expect(unknown).toEqual(wrong)
  })

  it('slows repeated failures down, even for the right password, and a success clears the count', async () => {
    for (let i = 0; i < 5; i++) {
      const r = await callAs(t.core, null, 'auth.login', {
        username: 'admin',
        password: `wrong-${i}`,
      })
      expect(r).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
    }
    const limited = await callAs(t.core, null, 'auth.login', ADMIN)
    expect(limited).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED', retryAfter: 2 } })
    if (!limited.ok) {
      expect(limited.error.message).toMatch(/thử lại sau 2 giây/)
    }
    t.clock.advance(2_000)
    await callAs(t.core, null, 'auth.login', { username: 'admin', password: 'wrong-again' })
    const longer = await callAs(t.core, null, 'auth.login', ADMIN)
    expect(longer).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED', retryAfter: 4 } })
    t.clock.advance(4_000)
    await login(t.core, ADMIN.username, ADMIN.password)
    const fresh = await callAs(t.core, null, 'auth.login', { username: 'admin', password: 'wrong' })
    expect(fresh).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
  })

  it('ends a session after the idle time and at the absolute limit, whatever the activity', async () => {
    const token = await login(t.core, ADMIN.username, ADMIN.password)
    t.clock.advance(59 * 60 * 1000)
    expect(await callAs(t.core, token, 'auth.session')).toMatchObject({ ok: true })
    t.clock.advance(59 * 60 * 1000)
    expect(await callAs(t.core, token, 'auth.session')).toMatchObject({ ok: true })
    t.clock.advance(61 * 60 * 1000)
    expect(await callAs(t.core, token, 'auth.session')).toMatchObject({
      ok: false,
      error: { code: 'SESSION_EXPIRED' },
    })
    expect(await callAs(t.core, token, 'auth.session')).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    })

    // Active every 50 minutes: the idle window never closes, the 8-hour limit still does.
    const busy = await login(t.core, ADMIN.username, ADMIN.password)
    const codes: string[] = []
    for (let step = 1; step <= 10; step++) {
      t.clock.advance(50 * 60 * 1000)
      const r = await callAs(t.core, busy, 'units.list')
      codes.push(r.ok ? 'ok' : r.error.code)
    }
    expect(codes).toEqual([...Array<string>(9).fill('ok'), 'SESSION_EXPIRED'])
  })

  it('logout ends the session and says so to the door', async () => {
    const token = await login(t.core, ADMIN.username, ADMIN.password)
    const out = await t.core.dispatch({ method: 'auth.logout', input: {}, door: 'http', token })
    expect(out).toEqual({ reply: { ok: true, value: null }, session: { kind: 'end' } })
    expect(await callAs(t.core, token, 'units.list')).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    })
  })

  it('never stores the token itself', async () => {
    const token = await login(t.core, ADMIN.username, ADMIN.password)
    const rows = t.core.db
      .prepare<[], { token_hash: string }>('SELECT token_hash FROM sessions')
      .all()
    expect(rows.some((r) => r.token_hash === token)).toBe(false)
    expect(rows).toHaveLength(2)
  })
})

describe('dispatch', () => {
  it('validates input with Vietnamese field messages and names unknown methods', async () => {
    await setUp(t.core)
    const r = await callAs(t.core, null, 'auth.login', { username: '', password: '' })
    expect(r).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        fields: { username: 'Nhập tên đăng nhập', password: 'Nhập mật khẩu' },
      },
    })
    expect(await callAs(t.core, null, 'documents.drop', {})).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_METHOD' },
    })
    expect(await callAs(t.core, null, 'units.list', {})).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED', message: 'Bạn chưa đăng nhập' },
    })
    expect(await callAs(t.core, 'made-up-token', 'units.list', {})).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    })
  })
})

describe('public methods with a stale token', () => {
  it('answer as for nobody instead of refusing', async () => {
    await setUp(t.core)
    const token = await login(t.core, ADMIN.username, ADMIN.password)
    t.clock.advance(2 * 60 * 60 * 1000)
    expect(await callAs(t.core, token, 'system.info')).toMatchObject({
      ok: true,
      value: { setupDone: true },
    })
    const again = await t.core.dispatch({ method: 'auth.login', input: ADMIN, door: 'http', token })
    expect(again.reply).toMatchObject({ ok: true })
    expect(again.session).toMatchObject({ kind: 'start' })
  })
})
