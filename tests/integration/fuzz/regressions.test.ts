// Bugs the hostile-input fuzz found, each pinned by the input that showed it.

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { callAs, setUp, tempCore, type TempCore } from '../helpers/temp-core'

let t: TempCore
let admin: string
beforeAll(async () => {
  t = tempCore()
  admin = await setUp(t.core)
})
afterAll(async () => {
  await t.cleanup()
})

describe('inputs the fuzz found', () => {
  it.each([
    ['calendar.setDay', { date: 'ắắắ', kind: 'nghi_le', name: 'Tết' }],
    ['calendar.resetDay', { date: '\u{10ffee}' }],
    ['calendar.addWorkingDays', { from: 'x', days: 1 }],
  ])('%s refuses a date that is not one, as VALIDATION', async (method, input) => {
    const r = await callAs(t.core, admin, method, input)
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
  })
})

describe('a date shaped right but not on the calendar', () => {
  it('is a VALIDATION refusal, not a RangeError', async () => {
    const r = await callAs(t.core, admin, 'calendar.addWorkingDays', {
      from: '2026-13-45',
      days: 1,
    })
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
  })
})

describe('a date beyond the years the calendar computes', () => {
  it.each(['9999-01-01', '1800-06-01'])('refuses %s as VALIDATION, not INTERNAL', async (from) => {
    const r = await callAs(t.core, admin, 'calendar.addWorkingDays', { from, days: 1 })
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
  })
})

describe('a search with a NUL and a lone surrogate among FTS5 syntax', () => {
  it.each(['search.documents', 'search.tasks'])('%s answers, not INTERNAL', async (method) => {
    const q = "\ud800*+}*.aJO0*\u0000*/U)Q+|*'; DROP TABLE documents; --*Oy"
    const r = await callAs(t.core, admin, method, { q, limit: 10, offset: 0 })
    expect(r).toMatchObject({ ok: true })
  })
})
