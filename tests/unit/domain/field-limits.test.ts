import { describe, expect, it } from 'vitest'
import {
  FIELD_LIMITS,
  fitsLimit,
  limitedNumber,
  limitedText,
  textLength,
} from '../../../shared/domain/field-limits'

describe('FIELD_LIMITS', () => {
  it('copies the NĐ 30 and edXML limits', () => {
    expect(FIELD_LIMITS.CodeNumber.maxLength).toBe(11)
    expect(FIELD_LIMITS.CodeNotation.maxLength).toBe(30)
    expect(FIELD_LIMITS.TypeName.maxLength).toBe(100)
    expect(FIELD_LIMITS.OrganName.maxLength).toBe(200)
    expect(FIELD_LIMITS.Subject.maxLength).toBe(500)
    expect(FIELD_LIMITS.Description.maxLength).toBe(500)
    expect(FIELD_LIMITS.Position.maxLength).toBe(100)
    expect(FIELD_LIMITS.FullName.maxLength).toBe(50)
    expect(FIELD_LIMITS.ToPlaces.maxLength).toBe(1000)
    expect(FIELD_LIMITS.OrganId.maxLength).toBe(13)
    expect(FIELD_LIMITS.TyperNotation.maxLength).toBe(10)
    expect(FIELD_LIMITS.PageAmount.max).toBe(999)
    expect(FIELD_LIMITS.ArrivalNumber.max).toBe(9_999_999_999)
    expect(FIELD_LIMITS.Priority.max).toBe(4)
  })

  it('labels every field in Vietnamese', () => {
    for (const limit of Object.values(FIELD_LIMITS)) {
      expect(limit.label.length).toBeGreaterThan(0)
    }
  })
})

describe('length checks', () => {
  it('count NFC characters, so NFD input is not penalised', () => {
    const subject = 'ắ'.repeat(500)
    expect(textLength(subject.normalize('NFD'))).toBe(500)
    expect(fitsLimit('Subject', subject.normalize('NFD'))).toBe(true)
    expect(fitsLimit('Subject', `${subject}a`)).toBe(false)
  })

  it('check numbers against their digit count', () => {
    expect(fitsLimit('PageAmount', 999)).toBe(true)
    expect(fitsLimit('PageAmount', 1000)).toBe(false)
    expect(fitsLimit('PageAmount', 1.5)).toBe(false)
    expect(fitsLimit('PageAmount', '12')).toBe(false)
  })

  it('build zod schemas with Vietnamese messages', () => {
    const schema = limitedText('CodeNumber')
    expect(schema.parse('Quý'.normalize('NFD'))).toBe('Quý')
    const result = schema.safeParse('123456789012')
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.message).toBe('Số của văn bản dài tối đa 11 ký tự')
    expect(limitedNumber('ArrivalNumber').safeParse(12).success).toBe(true)
    expect(limitedNumber('ArrivalNumber').safeParse(-1).success).toBe(false)
  })
})
