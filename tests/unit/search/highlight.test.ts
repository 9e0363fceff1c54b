import { describe, expect, it } from 'vitest'
import { highlightMarks, mergeMarks } from '../../../shared/search/highlight'

const marked = (text: string, terms: string[]): string[] =>
  highlightMarks(text, terms).map(([a, b]) => text.slice(a, b))

describe('highlightMarks', () => {
  it('marks folded words in text with diacritics, whole words only', () => {
    expect(marked('Quyết định phê duyệt quyết toán', ['quyet', 'duyet'])).toEqual([
      'Quyết',
      // Neighbours read as one mark.
      'duyệt quyết',
    ])
    expect(marked('Quyết định', ['quy'])).toEqual([])
  })

  it('marks a prefix as typed and a phrase across spaces and punctuation', () => {
    expect(marked('Kế hoạch chuyển đổi số', ['chuyen d*'])).toEqual(['chuyển đ'])
    expect(marked('Kinh tế - xã hội', ['te xa'])).toEqual(['tế - xã'])
  })

  it('marks a number written with spaces and look-alike letters', () => {
    expect(marked('Số 8376 /VBHN-BTP ngày', ['8376/vbhn-btp*'])).toEqual(['8376 /VBHN-BTP'])
    expect(marked('06/2026/TT-BT\u0421', ['06/2026/tt-btc'])).toEqual(['06/2026/TT-BT\u0421'])
  })

  it('marks a number matched by its parts as one, but not words across other words', () => {
    expect(marked('Quyết định 123/QĐ-UBND', ['123', 'qd', 'ubnd'])).toEqual(['123/QĐ-UBND'])
    expect(marked('Quyết định, phê duyệt', ['quyet dinh', 'phe duyet'])).toEqual([
      'Quyết định, phê duyệt',
    ])
    expect(marked('Quyết định và phê duyệt', ['quyet dinh', 'phe duyet'])).toEqual([
      'Quyết định',
      'phê duyệt',
    ])
  })

  it('works on NFD text and returns offsets into it', () => {
    const nfd = 'Phê duyệt'.normalize('NFD')
    const [mark] = highlightMarks(nfd, ['duyet'])
    expect(nfd.slice(mark?.[0], mark?.[1]).normalize('NFC')).toBe('duyệt')
  })

  it('keeps offsets right around invisibles and characters beyond the BMP', () => {
    expect(marked('🙂 Quyết\u200B định 🙂 quyết định', ['quyet dinh'])).toEqual([
      'Quyết\u200B định',
      'quyết định',
    ])
  })

  it('marks words only where a word starts', () => {
    expect(marked('xquyết quyết', ['quyet'])).toEqual(['quyết'])
  })

  it('treats regex characters in terms as text', () => {
    expect(() => highlightMarks('a (b) [c]', ['(b*', '[c', '.*'])).not.toThrow()
    expect(highlightMarks('', ['a'])).toEqual([])
  })

  it('merges overlapping marks', () => {
    expect(
      mergeMarks([
        [5, 9],
        [0, 3],
        [2, 4],
        [9, 10],
      ]),
    ).toEqual([
      [0, 4],
      [5, 10],
    ])
  })
})
