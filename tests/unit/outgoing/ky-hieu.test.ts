import { describe, expect, it } from 'vitest'
import { outgoingKyHieu, outgoingNumber } from '../../../shared/outgoing/ky-hieu'

// DOMAIN §1.3: official examples `15/QĐ-BNV`, `05/BNV-VP`, `12/UBND-VX`.
describe('số, ký hiệu of an outgoing document', () => {
  it('joins the type and agency abbreviations', () => {
    expect(
      outgoingNumber(
        15,
        2026,
        { typeAbbreviation: 'QĐ', agency: 'BNV', draftingUnit: 'VP' },
        false,
      ),
    ).toEqual({
      so: '15',
      kyHieu: 'QĐ-BNV',
      soKyHieu: '15/QĐ-BNV',
    })
  })
  it('gives a công văn the drafting unit instead of a type', () => {
    expect(
      outgoingNumber(5, 2026, { typeAbbreviation: null, agency: 'BNV', draftingUnit: 'VP' }, false)
        .soKyHieu,
    ).toBe('05/BNV-VP')
    expect(
      outgoingNumber(
        12,
        2026,
        { typeAbbreviation: null, agency: 'UBND', draftingUnit: 'VX' },
        false,
      ).soKyHieu,
    ).toBe('12/UBND-VX')
    expect(outgoingKyHieu({ typeAbbreviation: null, agency: 'UBND', draftingUnit: null })).toBe(
      'UBND',
    )
  })
  it('pads below 10 and adds the year for legal documents', () => {
    expect(
      outgoingNumber(7, 2026, { typeAbbreviation: 'QĐ', agency: 'UBND', draftingUnit: null }, true),
    ).toEqual({
      so: '07',
      kyHieu: 'QĐ-UBND',
      soKyHieu: '07/2026/QĐ-UBND',
    })
    expect(
      outgoingNumber(
        100,
        2026,
        { typeAbbreviation: 'QyĐ', agency: 'UBND', draftingUnit: null },
        false,
      ).soKyHieu,
    ).toBe('100/QyĐ-UBND')
  })
})
