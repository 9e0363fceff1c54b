import { describe, expect, it } from 'vitest'
import {
  filterClause,
  filterExpression,
  reachExpression,
} from '../../../electron/core/search/filters'
import { filterToken } from '../../../electron/core/search/tokens'

const q = (t: string): string => `"${t}"`

describe('filters as index terms', () => {
  it('narrows by each filter value', () => {
    expect(filterExpression({ direction: 'in', loaiVanBan: 'quyet_dinh', doKhan: 'khan' })).toBe(
      `f : (${q(filterToken('d', 'in'))} AND ${q(filterToken('l', 'quyet_dinh'))} AND ${q(filterToken('k', 'khan'))})`,
    )
    expect(filterExpression({})).toBeNull()
  })

  it('writes a date range as its months, whole years as years', () => {
    const months = filterExpression({ from: '2024-11-15', to: '2025-02-10' })
    expect(months).toBe(
      `f : ((${['2024-11', '2024-12', '2025-01', '2025-02'].map((m) => q(filterToken('m', m))).join(' OR ')}))`,
    )
    const years = filterExpression({ from: '2023-01-01', to: '2024-12-31' })
    expect(years).toBe(`f : ((${q(filterToken('y', '2023'))} OR ${q(filterToken('y', '2024'))}))`)
    // Open or very wide ranges are left to the SQL bound.
    expect(filterExpression({ from: '2020-01-01' })).toBeNull()
    expect(filterExpression({ from: '2001-02-01', to: '2026-11-30' })).toBeNull()
  })

  it('keeps the exact SQL for the day bounds and the folded issuer', () => {
    const c = filterClause({ from: '2024-11-15', to: '2025-02-10', coQuanBanHanh: 'Bộ  Tài chính' })
    expect(c?.params).toEqual([
      'bo tai chinh',
      '2024-11-15',
      '2025-02-10',
      '2024-11-15',
      '2025-02-10',
    ])
  })
})

describe('reach', () => {
  const user = { kind: 'user', userId: 7, unitId: 3, wide: false, units: [] } as const
  it('is the person, and their unit for a specialist, the units led for a leader', () => {
    expect(reachExpression(user, false)).toBe(`f : (${q(filterToken('p', '7'))})`)
    expect(reachExpression(user, true)).toBe(
      `f : (${q(filterToken('p', '7'))} OR ${q(filterToken('u', '3'))})`,
    )
    expect(reachExpression({ ...user, units: [3, 4] }, false)).toContain(q(filterToken('u', '4')))
  })

  it('does not narrow those who see every ordinary document', () => {
    expect(reachExpression({ ...user, wide: true }, false)).toBeNull()
    expect(reachExpression({ kind: 'system' }, false)).toBeNull()
  })
})
