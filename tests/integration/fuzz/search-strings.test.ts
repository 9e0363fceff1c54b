// Search strings full of FTS5 and SQL syntax (issue 7, item 6): whatever a person types into
// the search box, search.documents and search.tasks answer with results (maybe none), never an
// error, and change nothing.

import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { importJsonl } from '../../../electron/core/import/import-jsonl'
import { copyOf, makeTemplate, type Template } from './fixture'
import { fingerprint } from './store-state'

const RUNS = Number(process.env.FUZZ_RUNS ?? 12) * 10
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31)
const CORPUS = join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'corpus', 'docs.jsonl')

const SYNTAX = [
  'NEAR',
  'NEAR(',
  'NEAR(quyết định, 3)',
  '*',
  '^',
  '"',
  '""',
  "'",
  'AND',
  'OR',
  'NOT',
  'so:',
  'trich_yeu:',
  'body:',
  '{so trich_yeu}:',
  '-',
  '+',
  '(',
  ')',
  ':',
  ';',
  '--',
  '/*',
  '*/',
  "'; DROP TABLE documents; --",
  '" OR 1=1 --',
  "') UNION SELECT * FROM users --",
  'MATCH',
  'rank',
  'bm25(',
  '\u0000',
  '\\',
  '%',
  '_',
  'quyết định',
  'quyet dinh',
  'Quye\u0301t',
  '15/2020/NĐ-CP',
  '123/QĐ-UBND',
  'đ',
  '\u200b',
  '\u202e',
  '\ud800',
  'ắ',
]

const query: fc.Arbitrary<string> = fc
  .array(fc.oneof(fc.constantFrom(...SYNTAX), fc.string({ maxLength: 6 })), {
    minLength: 1,
    maxLength: 12,
  })
  .chain((parts) => fc.constantFrom(' ', '', '"', '*').map((sep) => parts.join(sep).slice(0, 500)))

let template: Template
beforeAll(async () => {
  template = await makeTemplate()
})
afterAll(() => {
  template.cleanup()
})

describe('search strings full of FTS5 and SQL syntax', () => {
  it('always answer, never change anything', async () => {
    const core = copyOf(template, 'search-fuzz')
    try {
      // A few hundred real documents, so the index has something to match and rank.
      const file = join(core.paths.root, 'some.jsonl')
      writeFileSync(file, readFileSync(CORPUS, 'utf8').split('\n').slice(0, 150).join('\n'))
      await importJsonl(core.deps, file, { receivedOn: '2026-03-02' })
      const people = [template.tokens.admin, template.tokens.specialist, template.tokens.clerk]
      let tried = 0
      const failures: string[] = []
      const before = fingerprint(core)
      await fc.assert(
        fc.asyncProperty(query, fc.boolean(), async (q, asYouType) => {
          for (const token of people) {
            for (const method of ['search.documents', 'search.tasks'] as const) {
              tried++
              const { reply } = await core.dispatch({
                method,
                input: { q, asYouType },
                door: 'http',
                token,
              })
              if (!reply.ok) {
                failures.push(
                  `${method} ${JSON.stringify(q)}: ${reply.error.code} ${reply.error.message}`,
                )
              }
            }
          }
        }),
        { numRuns: RUNS, seed: SEED },
      )
      console.log(`search fuzz: ${tried} searches (seed ${SEED})`)
      expect(failures.slice(0, 10)).toEqual([])
      expect(fingerprint(core)).toBe(before)
    } finally {
      await core.remove()
    }
  }, 300_000)
})
