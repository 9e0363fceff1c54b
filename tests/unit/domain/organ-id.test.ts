import { describe, expect, it } from 'vitest'
import {
  isOrganId,
  normalizeOrganId,
  organIdSchema,
  parentOrganId,
  parseOrganId,
} from '../../../shared/domain/organ-id'

describe('isOrganId', () => {
  it('accepts the documented codes', () => {
    for (const id of [
      '000.00.00.H49',
      '000.00.00.H14',
      '000.00.00.K14',
      '000.00.04.G14',
      '000.00.00.G22',
    ]) {
      expect(isOrganId(id), id).toBe(true)
    }
  })

  it('rejects malformed codes', () => {
    for (const id of [
      '',
      '000.00.00.H4',
      '000.00.00.H490',
      '00.00.00.H49',
      '000.00.00.49H',
      '000-00-00-H49',
      '000.00.00.h49',
      ' 000.00.00.H49',
      '000.00.0A.H49',
      '000.00.00.\u041D49',
    ]) {
      expect(isOrganId(id), id).toBe(false)
    }
  })
})

describe('normalizeOrganId and organIdSchema', () => {
  it('forgive spaces, case and a Cyrillic Н', () => {
    expect(normalizeOrganId(' 000.00.00.h49 ')).toBe('000.00.00.H49')
    expect(normalizeOrganId('000.00.00.\u041D49')).toBe('000.00.00.H49')
    expect(organIdSchema.parse('000.00.04.g14')).toBe('000.00.04.G14')
    expect(organIdSchema.safeParse('H49').success).toBe(false)
  })
})

describe('parseOrganId and parentOrganId', () => {
  it('splits levels from right to left', () => {
    expect(parseOrganId('001.02.03.H49')).toEqual({
      level1: 'H49',
      level2: '03',
      level3: '02',
      level4: '001',
    })
    expect(parseOrganId('nope')).toBeNull()
  })

  it('walks one level up', () => {
    expect(parentOrganId('000.00.04.G14')).toBe('000.00.00.G14')
    expect(parentOrganId('001.02.03.H49')).toBe('000.02.03.H49')
    expect(parentOrganId('000.02.03.H49')).toBe('000.00.03.H49')
    expect(parentOrganId('000.00.00.H49')).toBeNull()
  })
})
