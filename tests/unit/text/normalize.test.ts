import { describe, expect, it } from 'vitest'
import {
  cleanSpaces,
  fold,
  mapLookAlikes,
  nfc,
  removeInvisibles,
  sameText,
} from '../../../shared/text/normalize'

describe('nfc', () => {
  it('composes decomposed input', () => {
    const nfd = 'Quyết định'.normalize('NFD')
    expect(nfd).not.toBe('Quyết định')
    expect(nfc(nfd)).toBe('Quyết định')
  })
})

describe('cleanSpaces', () => {
  it('collapses every kind of white space and trims', () => {
    expect(cleanSpaces('  Ủy\u00A0ban \t nhân\u2009dân\n\ntỉnh\u3000 ')).toBe(
      'Ủy ban nhân dân tỉnh',
    )
    expect(cleanSpaces('')).toBe('')
  })
})

describe('fold', () => {
  it('removes tones and vowel marks and folds đ', () => {
    expect(fold('Quyết định phê duyệt')).toBe('quyet dinh phe duyet')
    expect(fold('ĐƯỜNG Ơ Ư Ă Â Ê Ô')).toBe('duong o u a a e o')
    expect(fold('Đà Nẵng')).toBe('da nang')
  })

  it('gives NFD input the same folded form as NFC', () => {
    const text = 'Quyết định về việc ủy quyền'
    expect(fold(text.normalize('NFD'))).toBe(fold(text))
    expect(nfc(text.normalize('NFD'))).toBe(text)
  })

  it('maps Cyrillic and Greek look-alikes to Latin', () => {
    expect(fold('123/СV-UBND')).toBe(fold('123/CV-UBND'))
    expect(fold('06/2026/TT-BTС')).toBe('06/2026/tt-btc')
    expect(fold('ΗΟΑ')).toBe('hoa')
  })

  it('keeps letters that are not look-alikes', () => {
    // μ in "μg" is a unit, not an m.
    expect(fold('5 μg')).toBe('5 μg')
    expect(fold('Σ')).toBe('σ')
  })

  it('mends legacy-font and OCR substitutes', () => {
    expect(fold('Ðà Nẵng')).toBe('da nang')
    expect(fold('Trƣờng')).toBe('truong')
  })

  it('drops invisible characters', () => {
    expect(fold('Quy\u200Bết')).toBe('quyet')
  })
})

describe('mapLookAlikes', () => {
  it('keeps case and length', () => {
    const input = 'СV-ВТС ｑđ 15\u201320'
    const mapped = mapLookAlikes(input)
    expect(mapped).toBe('CV-BTC qđ 15-20')
    expect(mapped.length).toBe(input.length)
  })
})

describe('removeInvisibles', () => {
  it('removes zero-width and soft hyphen characters', () => {
    expect(removeInvisibles('a\u200Bb\u00ADc\uFEFF')).toBe('abc')
  })
})

describe('sameText', () => {
  it('matches across case, tones, spacing and normal forms', () => {
    expect(sameText('Quyết  định', 'QUYET DINH')).toBe(true)
    expect(sameText('Giấy ủy quyền'.normalize('NFD'), 'giay  uy\u00A0quyen ')).toBe(true)
    expect(sameText('Quyết định', 'Quy định')).toBe(false)
  })
})
