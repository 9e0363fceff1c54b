import { describe, expect, it } from 'vitest'
import { foldedTokens, tokenize } from '../../../shared/text/tokenize'

describe('tokenize', () => {
  it('yields syllables with raw and folded forms and positions', () => {
    expect(tokenize('Quyết định phê duyệt')).toEqual([
      { raw: 'Quyết', folded: 'quyet', kind: 'word', position: 0 },
      { raw: 'định', folded: 'dinh', kind: 'word', position: 1 },
      { raw: 'phê', folded: 'phe', kind: 'word', position: 2 },
      { raw: 'duyệt', folded: 'duyet', kind: 'word', position: 3 },
    ])
  })

  it('normalises NFD input to NFC raw forms', () => {
    expect(tokenize('Quyết định'.normalize('NFD')).map((t) => t.raw)).toEqual(['Quyết', 'định'])
  })

  it('keeps a document number whole and split, at one position', () => {
    const tokens = tokenize('Nghị định 15/2020/NĐ-CP quy định')
    const number = tokens.filter((t) => t.position === 2)
    expect(number.map((t) => [t.kind, t.folded])).toEqual([
      ['doc-number', '15/2020/nd-cp'],
      ['doc-part', '15'],
      ['doc-part', '2020'],
      ['doc-part', 'nd'],
      ['doc-part', 'cp'],
    ])
    expect(number[0]?.raw).toBe('15/2020/NĐ-CP')
    expect(tokens.at(-1)).toMatchObject({ folded: 'dinh', position: 4 })
  })

  it('normalises a stray space and look-alike letters inside a number', () => {
    expect(foldedTokens('8376 /VBHN-BTP')).toEqual(['8376/vbhn-btp', '8376', 'vbhn', 'btp'])
    expect(foldedTokens('06/2026/TT-BT\u0421')[0]).toBe('06/2026/tt-btc')
  })

  it('tokenises a query the same way as the text it should find', () => {
    const text = foldedTokens('Quyết định số 123/QĐ-UBND của UBND tỉnh')
    const query = foldedTokens('quyet dinh 123/qd-ubnd')
    for (const term of query) {
      expect(text).toContain(term)
    }
  })

  it('keeps grouped numbers whole and splits on punctuation', () => {
    expect(tokenize('1.000.000 đồng, COVID-19').map((t) => [t.kind, t.folded])).toEqual([
      ['number', '1.000.000'],
      ['word', 'dong'],
      ['word', 'covid'],
      ['number', '19'],
    ])
  })

  it('returns nothing for empty or blank text', () => {
    expect(tokenize('')).toEqual([])
    expect(tokenize(' \u00A0\n')).toEqual([])
  })
})
