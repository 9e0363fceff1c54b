// Hostile input, proven (issue 7, item 6), over every method of the contract: as a signed-in
// admin and as a specialist, through the HTTP door's dispatch. Every reply is either ok or a
// known error code with a Vietnamese message, never INTERNAL; and a refused call leaves the
// store exactly as it was (row counts, hashed records, files on disk, a valid audit chain).
// FUZZ_RUNS=<n> (default 12) sets the runs per method and person; FUZZ_SEED replays a run.

import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Logger } from '../../../electron/core/log/logger'
import { contract } from '../../../shared/api/contract'
import { errorCodes } from '../../../shared/api/errors'
import { methodNames } from '../../../shared/api/method-names'
import { copyOf, makeTemplate, type Template } from './fixture'
import { hostileInput } from './hostile'
import { auditProblems, fingerprint } from './store-state'

const RUNS = Number(process.env.FUZZ_RUNS ?? 12)
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31)
// Methods whose every call does seconds of work (a rebuild in its own worker, a password hash):
// fewer runs, the same checks.
const SLOW = new Set([
  'search.reindex',
  'backup.run',
  'auth.login',
  'auth.changePassword',
  'users.resetPassword',
])
const KNOWN = new Set<string>(errorCodes.filter((c) => c !== 'INTERNAL'))
// A letter only Vietnamese writes: the message was written for the person, not by a library.
const VIETNAMESE = /[ăâđêôơưàáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ]/iu

type Finding = { method: string; as: string; input: string; problem: string }

const show = (v: unknown): string => {
  try {
    const s = JSON.stringify(v, (_k, x: unknown) =>
      typeof x === 'bigint' ? `${x}n` : x instanceof Uint8Array ? `<${x.length} bytes>` : x,
    )
    return (s ?? String(v)).slice(0, 300)
  } catch {
    return String(v).slice(0, 300)
  }
}

let template: Template
const findings: Finding[] = []
let tried = 0

beforeAll(async () => {
  template = await makeTemplate()
  console.log(`api fuzz: seed ${SEED}, ${RUNS} runs per method and person (FUZZ_SEED replays)`)
})
afterAll(() => {
  template.cleanup()
  console.log(`api fuzz: ${tried} hostile inputs tried over ${methodNames.length} methods`)
})

describe('every API method under hostile input', () => {
  it('answers ok or a known Vietnamese refusal, and a refusal changes nothing', async () => {
    for (const method of methodNames) {
      const internals: unknown[] = []
      const logger: Logger = {
        debug: () => undefined,
        info: () => undefined,
        warn: () => undefined,
        error: (_msg, fields) => internals.push(fields?.err),
      }
      const core = copyOf(template, method, logger)
      try {
        for (const [as, token] of [
          ['admin', template.tokens.admin],
          ['specialist', template.tokens.specialist],
        ] as const) {
          await fc.assert(
            fc.asyncProperty(hostileInput(contract[method].input), async (input) => {
              tried++
              const before = fingerprint(core)
              const { reply } = await core.dispatch({ method, input, door: 'http', token })
              const note = (problem: string): void => {
                findings.push({ method, as, input: show(input), problem })
              }
              if (reply.ok) {
                return
              }
              const { code, message } = reply.error
              if (!KNOWN.has(code)) {
                const err = internals.at(-1)
                note(`${code}: ${err instanceof Error ? (err.stack ?? err.message) : show(err)}`)
              } else if (!VIETNAMESE.test(message)) {
                note(`not Vietnamese: ${message}`)
              }
              const after = fingerprint(core)
              if (after !== before) {
                note(`refused (${code}) but the store changed`)
              }
            }),
            {
              numRuns: SLOW.has(method) ? Math.min(RUNS, 3) : RUNS,
              seed: SEED,
              interruptAfterTimeLimit: 8_000,
            },
          )
        }
        const audit = auditProblems(core)
        if (audit.length > 0) {
          findings.push({ method, as: '-', input: '-', problem: `audit: ${audit.join('; ')}` })
        }
      } finally {
        await core.remove()
      }
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(findings).toEqual([])
  }, 600_000)
})
