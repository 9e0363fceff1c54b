import type { Core } from '../../../electron/core/core'
import { DEMO_PASSWORD } from '../../../electron/core/demo/people'
import type { Input, Output } from '../../../shared/api/contract'
import type { MethodName } from '../../../shared/api/method-names'
import type { ApiErrorBody } from '../../../shared/api/errors'
import { callAs, login } from '../helpers/temp-core'

export type Caller = {
  token: string
  ok: <M extends MethodName>(method: M, input: Input<M>) => Promise<Output<M>>
  fail: <M extends MethodName>(method: M, input: Input<M>) => Promise<ApiErrorBody>
}

/** Signs a demo person in and returns a typed caller that throws on the unexpected outcome. */
export async function person(core: Core, username: string): Promise<Caller> {
  const token = await login(core, username, DEMO_PASSWORD)
  return {
    token,
    ok: async (method, input) => {
      const r = await callAs(core, token, method, input)
      if (!r.ok) {
        throw new Error(`${username} ${method}: ${JSON.stringify(r.error)}`)
      }
      return r.value as never
    },
    fail: async (method, input) => {
      const r = await callAs(core, token, method, input)
      if (r.ok) {
        throw new Error(`${username} ${method} succeeded; expected a refusal`)
      }
      return r.error
    },
  }
}

export const idOf = (core: Core, table: 'users' | 'units', key: string): number =>
  (
    core.db
      .prepare<[string], { id: number }>(
        table === 'users'
          ? 'SELECT id FROM users WHERE username = ?'
          : 'SELECT id FROM units WHERE short_name = ?',
      )
      .get(key) as { id: number }
  ).id
