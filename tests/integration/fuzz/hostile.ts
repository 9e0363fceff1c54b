// Hostile values for property tests of the API: what a buggy client, a curious user or a crafted
// HTTP body may send. Strings with Unicode traps, numbers at the edges, wrong types, deep
// nesting, prototype-pollution keys; and inputs shaped like a method's own schema, so the
// values reach past the first type check into the core.

import fc from 'fast-check'
import { z } from 'zod'

const TRAPS = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\u200b',
  '\u200d\u200c\ufeff',
  '\u202e\u202dabc\u202c',
  '\u200f\u200e',
  '\ud800',
  '\udfff',
  'x\ud83dy',
  'Quye\u0301t đi\u0323nh', // NFD
  'Quyết định',
  'Đ',
  '\r\n\t',
  '../../etc/passwd',
  '..\\..\\x.pdf',
  '/abs/path.pdf',
  'C:\\Windows\\system32',
  '%00',
  '${process.exit()}',
  '<script>alert(1)</script>',
  "'; DROP TABLE documents; --",
  '" OR 1=1 --',
  'NEAR(a b, 2)',
  'so:*',
  '"unterminated',
  '(((',
  '^*',
  'AND OR NOT',
  '__proto__',
  'constructor',
  '2026-02-30',
  '9999-12-31',
  '0000-00-00',
  '2026-03-02',
  'NaN',
  '-1',
  '1e309',
  '\u{1F600}\u{1F469}\u200d\u{1F4BB}',
  'ǅ\u0345\u0130',
]

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...TRAPS) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme-composite', maxLength: 40 }) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom(...TRAPS), fc.integer({ min: 1, max: 3000 }))
      .map(([t, n]) => (t === '' ? 'x' : t).repeat(Math.ceil(n / Math.max(1, t.length)))),
  },
  {
    weight: 1,
    arbitrary: fc.integer({ min: 1, max: 12 }).map((n) => 'ắ'.repeat(10 ** (n % 7))),
  },
)

export const hostileNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(
    NaN,
    Infinity,
    -Infinity,
    -1,
    0,
    -0,
    1,
    2,
    3,
    0.5,
    2 ** 31,
    2 ** 53,
    2 ** 53 + 2,
    -(2 ** 53),
    Number.MAX_VALUE,
    Number.MIN_VALUE,
    1945,
    2026,
    99999,
  ),
  fc.integer({ min: -5, max: 40 }),
  fc.double(),
)

const leaf: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: hostileString },
  { weight: 3, arbitrary: hostileNumber },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined) },
  { weight: 1, arbitrary: fc.bigInt().map((b) => b) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 64 }) },
  { weight: 1, arbitrary: fc.date({ noInvalidDate: false }) },
)

/** Any value: leaves, arrays and objects nested a few levels, keys that pollute prototypes. */
export const hostileValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 5, arbitrary: leaf },
    { weight: 1, arbitrary: fc.array(tie('value'), { maxLength: 5 }) },
    {
      weight: 1,
      arbitrary: fc.dictionary(
        fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype', 'id', ''), fc.string()),
        tie('value'),
        { maxKeys: 5 },
      ),
    },
  ),
})).value

/** Own `__proto__` / `constructor` keys as JSON.parse makes them from an HTTP body. */
export const pollutingObject: fc.Arbitrary<Record<string, unknown>> = fc
  .constantFrom(
    '{"__proto__":{"polluted":true}}',
    '{"constructor":{"prototype":{"polluted":true}}}',
    '{"__proto__":{"isAdmin":true,"roles":["quan_tri"]},"id":1}',
  )
  .map((json) => JSON.parse(json) as Record<string, unknown>)

/** A plausible value for a key, by the kind its schema expects; hostile half of the time. */
function valueFor(schema: z.ZodType | undefined): fc.Arbitrary<unknown> {
  const def = (schema as { def?: { type?: string; innerType?: z.ZodType } } | undefined)?.def
  const kind = def?.type
  if ((kind === 'optional' || kind === 'nullable' || kind === 'default') && def?.innerType) {
    return valueFor(def.innerType)
  }
  const plausible: Record<string, fc.Arbitrary<unknown>> = {
    string: hostileString,
    number: fc.oneof(fc.integer({ min: 1, max: 4 }), hostileNumber),
    boolean: fc.boolean(),
    array: fc.array(hostileValue, { maxLength: 4 }),
    object: fc.dictionary(fc.string({ maxLength: 6 }), hostileValue, { maxKeys: 4 }),
  }
  const fit = kind ? plausible[kind] : undefined
  return fit
    ? fc.oneof({ weight: 2, arbitrary: fit }, { weight: 1, arbitrary: hostileValue })
    : hostileValue
}

/**
 * Inputs for one method: any value at all, or an object with the schema's own keys filled with
 * hostile values of (mostly) the expected kind, sometimes with polluting keys besides.
 */
export function hostileInput(schema: z.ZodType): fc.Arbitrary<unknown> {
  const shape = schema instanceof z.ZodObject ? (schema.shape as Record<string, z.ZodType>) : null
  const shaped: fc.Arbitrary<unknown> = shape
    ? fc.record(Object.fromEntries(Object.entries(shape).map(([k, s]) => [k, valueFor(s)])), {
        requiredKeys: [],
      })
    : hostileValue
  return fc.oneof(
    { weight: 4, arbitrary: shaped },
    { weight: 2, arbitrary: hostileValue },
    {
      weight: 1,
      arbitrary: fc
        .tuple(pollutingObject, shaped)
        .map(([evil, s]) => Object.assign(evil, typeof s === 'object' && s !== null ? s : {})),
    },
  )
}
