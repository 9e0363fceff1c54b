import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Clock } from '../../../electron/core/clock'
import { openCore, type Core } from '../../../electron/core/core'
import { silentLogger } from '../../../electron/core/log/logger'
import type { CoreConfig } from '../../../electron/core/context'

export const tempDir = (prefix = 'vanthu-test-'): string => mkdtempSync(join(tmpdir(), prefix))

/** A clock tests can move: `clock.set(…)`, `clock.advance(ms)`. */
export type TestClock = Clock & { set: (iso: string) => void; advance: (ms: number) => void }

export function testClock(start = '2026-03-02T01:00:00.000Z'): TestClock {
  let now = Date.parse(start)
  const clock = (() => new Date(now)) as TestClock
  clock.set = (iso) => {
    now = Date.parse(iso)
  }
  clock.advance = (ms) => {
    now += ms
  }
  return clock
}

export type TempCore = { core: Core; dir: string; clock: TestClock; cleanup: () => Promise<void> }

export function tempCore(opts: { config?: Partial<CoreConfig>; dir?: string } = {}): TempCore {
  const dir = opts.dir ?? tempDir()
  const clock = testClock()
  const core = openCore({
    dataDir: dir,
    clock,
    logger: silentLogger,
    ...(opts.config ? { config: opts.config } : {}),
  })
  return {
    core,
    dir,
    clock,
    cleanup: async () => {
      await core.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

export const ADMIN = { username: 'admin', password: 'Quantri@2026' }

/** Sets the agency up and returns the admin's token. */
export async function setUp(core: Core): Promise<string> {
  const { reply, session } = await core.dispatch({
    method: 'setup.init',
    door: 'http',
    input: {
      agencyName: 'Ủy ban nhân dân tỉnh Quảng Ninh',
      agencyShortName: 'UBND',
      agencyCode: '000.00.00.H49',
      adminUsername: ADMIN.username,
      adminFullName: 'Quản trị hệ thống',
      adminPassword: ADMIN.password,
    },
  })
  if (!reply.ok || session?.kind !== 'start') {
    throw new Error(`setup failed: ${JSON.stringify(reply)}`)
  }
  return session.token
}

export async function login(core: Core, username: string, password: string): Promise<string> {
  const { reply, session } = await core.dispatch({
    method: 'auth.login',
    door: 'http',
    input: { username, password },
  })
  if (!reply.ok || session?.kind !== 'start') {
    throw new Error(`login failed: ${JSON.stringify(reply)}`)
  }
  return session.token
}

/** Calls as the holder of a token and returns the raw reply. */
export async function callAs(
  core: Core,
  token: string | null,
  method: string,
  input: unknown = {},
): Promise<Awaited<ReturnType<Core['dispatch']>>['reply']> {
  const { reply } = await core.dispatch({ method, input, door: 'http', token })
  return reply
}
