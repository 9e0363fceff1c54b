import { describe, expect, it, vi } from 'vitest'
import { methodNames } from '../../../shared/api/method-names'

const fx = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoked: [] as [string, unknown][],
}))

vi.mock('electron', () => {
  const ipcRenderer = {
    invoke: (channel: string, input: unknown) => {
      fx.invoked.push([channel, input])
      return Promise.resolve({ ok: true, value: channel })
    },
    on: () => {},
    send: () => {},
  }
  return {
    contextBridge: {
      exposeInMainWorld: (key: string, value: unknown) => fx.exposed.set(key, value),
    },
    ipcRenderer,
  }
})

await import('../../../electron/preload/index')
const api = fx.exposed.get('api') as Record<string, unknown>

describe('preload bridge', () => {
  it('exposes one frozen object named api, and nothing else', () => {
    expect([...fx.exposed.keys()]).toEqual(['api'])
    expect(Object.isFrozen(api)).toBe(true)
    expect(Object.keys(api).sort()).toEqual([...methodNames, 'call', 'platform'].sort())
    expect(api.platform).toBe('desktop')
  })

  it('holds plain functions only, never an Electron object', () => {
    for (const [key, value] of Object.entries(api)) {
      if (key !== 'platform') {
        expect(typeof value, key).toBe('function')
      }
    }
    const values = Object.values(api)
    expect(values.some((v) => typeof v === 'object' && v !== null)).toBe(false)
  })

  it('invokes api:<method> with the input', async () => {
    const login = api['auth.login'] as (input: unknown) => Promise<unknown>
    expect(await login({ username: 'vanthu', password: 'x' })).toEqual({
      ok: true,
      value: 'api:auth.login',
    })
    expect(fx.invoked.at(-1)).toEqual(['api:auth.login', { username: 'vanthu', password: 'x' }])
  })

  it('call() checks the name against the list before anything crosses', async () => {
    const call = api.call as (m: unknown, input: unknown) => Promise<unknown>
    const before = fx.invoked.length
    const reply = (await call('system.exec', { cmd: 'rm -rf /' })) as {
      ok: boolean
      error: { code: string }
    }
    expect(reply.ok).toBe(false)
    expect(reply.error.code).toBe('UNKNOWN_METHOD')
    expect(await call(42, {})).toMatchObject({ ok: false })
    expect(fx.invoked.length).toBe(before)
    await call('system.info', {})
    expect(fx.invoked.at(-1)).toEqual(['api:system.info', {}])
  })
})
