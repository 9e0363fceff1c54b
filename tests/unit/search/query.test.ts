import { describe, expect, it } from 'vitest'
import {
  highlightTerms,
  isEmpty,
  matchExpressions,
  parseQuery,
} from '../../../electron/core/search/query'
import { numberToken, pairToken } from '../../../electron/core/search/tokens'

const folded = (q: string, typing = false): string[] =>
  parseQuery(q, typing).words.map((w) => w.folded + (w.prefix ? '*' : ''))

describe('parseQuery', () => {
  it('folds words and keeps what was typed for the exact ranking', () => {
    const p = parseQuery('Quyết định phê duyệt')
    expect(p.words.map((w) => [w.folded, w.exact])).toEqual([
      ['quyet', 'quyết'],
      ['dinh', 'định'],
      ['phe', 'phê'],
      ['duyet', 'duyệt'],
    ])
  })

  it('reads NFD input and look-alike letters as their NFC, Latin selves', () => {
    expect(parseQuery('Quyết định'.normalize('NFD')).words.map((w) => w.exact)).toEqual([
      'quyết',
      'định',
    ])
    const cyrillic = parseQuery('06/2026/TT-BT\u0421').numbers[0]
    const latin = parseQuery('06/2026/TT-BTC').numbers[0]
    expect(cyrillic).toEqual(latin)
  })

  it('takes a document number whole and by parts, canonical (zero-padded, spaces dropped)', () => {
    expect(parseQuery('15/2020/NĐ-CP').numbers).toEqual([
      {
        whole: numberToken('15/2020/NĐ-CP'),
        parts: ['15', '2020', 'nd', 'cp'],
        display: '15/2020/nd-cp',
      },
    ])
    expect(parseQuery('8376 /VBHN-BTP').numbers[0]?.display).toBe('8376/vbhn-btp')
    expect(parseQuery('5/qđ-ubnd').numbers[0]?.display).toBe('05/qd-ubnd')
    // A partial number as the user types it is still a number.
    expect(parseQuery('123/QĐ').numbers[0]?.parts).toEqual(['123', 'qd'])
    // Without a slash, a ký hiệu is words: NĐ-CP is found by its parts in order.
    expect(folded('NĐ-CP')).toEqual(['nd', 'cp'])
  })

  it('keeps quoted phrases apart from the free words', () => {
    const p = parseQuery('báo cáo "chuyển đổi số" tỉnh')
    expect(p.phrases.map((ph) => ph.map((t) => t.folded))).toEqual([['chuyen', 'doi', 'so']])
    expect(p.words.map((w) => w.folded)).toEqual(['bao', 'cao', 'tinh'])
    // Curly quotes from a word processor count too.
    expect(parseQuery('“kế hoạch”').phrases).toHaveLength(1)
  })

  it('makes the last word a prefix as the user types, unless a space follows it', () => {
    expect(folded('chuyen doi s', true)).toEqual(['chuyen', 'doi', 's*'])
    expect(folded('chuyen doi s ', true)).toEqual(['chuyen', 'doi', 's'])
    expect(folded('chuyen doi s', false)).toEqual(['chuyen', 'doi', 's'])
    const open = parseQuery('"chuyển đổi s', true).phrases[0]
    expect(open?.map((t) => t.prefix)).toEqual([false, false, true])
  })

  it('turns FTS and SQL syntax into plain words or nothing', () => {
    for (const q of ['"', '*', '""', '(', ')', '^', ':', '{}', '-', '+', "';--"]) {
      expect(isEmpty(parseQuery(q)), q).toBe(true)
    }
    expect(folded('AND OR NOT')).toEqual(['and', 'or', 'not'])
    expect(folded('NEAR(a b)')).toEqual(['near', 'a', 'b'])
    expect(folded("'; DROP TABLE documents; --")).toEqual(['drop', 'table', 'documents'])
    expect(folded('title:abc {exact}:x')).toEqual(['title', 'abc', 'exact', 'x'])
  })

  it('ignores private-use characters, which only the index writes', () => {
    expect(isEmpty(parseQuery('\uE000\uE003\uE010'))).toBe(true)
  })

  it('bounds very long input', () => {
    const p = parseQuery('quyết định '.repeat(500))
    expect(p.words.length).toBeLessThanOrEqual(24)
  })
})

describe('matchExpressions', () => {
  it('quotes every term and writes only its own operators', () => {
    const e = matchExpressions(parseQuery('a" OR "b* NEAR(c'), 'meta')
    const text = `${e.phrase?.match} ${e.words?.match}`
    // What is left outside quotes is our syntax only.
    expect(text.replace(/"[^"]*"/g, '').replace(/[()*\s]|AND|OR|exact :|tieu :/g, '')).toBe('')
  })

  it('matches the phrase by its pairs and the words in any order', () => {
    const e = matchExpressions(parseQuery('phê duyệt'), 'all')
    expect(e.phrase?.match).toBe(`"${pairToken('phe', 'duyet')}"`)
    expect(e.words?.match).toBe('("phe" AND "duyet")')
    expect(e.words?.signals).toEqual([])
  })

  it('ranks diacritics as typed, the trích yếu and the number on the metadata table', () => {
    const e = matchExpressions(parseQuery('phê duyệt 15/2020/NĐ-CP'), 'meta')
    expect(e.phrase?.signals.map((s) => s.expr)).toEqual([
      `so : "${numberToken('15/2020/NĐ-CP')}"`,
      `exact : "${pairToken('phê', 'duyệt')}"`,
      `tieu : "${pairToken('phe', 'duyet')}"`,
    ])
  })

  it('matches a word being typed as a prefix, its pair with the word before too', () => {
    const e = matchExpressions(parseQuery('ke hoach c', true), 'meta')
    expect(e.words?.match).toBe('("ke" AND "hoach" AND "c"*)')
    expect(e.phrase?.match).toContain(`"${pairToken('hoach', 'c')}"*`)
  })

  it('drops the label "Số" before a number', () => {
    expect(parseQuery('Số: 15/2020/NĐ-CP').words).toEqual([])
    expect(parseQuery('số 123/QĐ-UBND').numbers).toHaveLength(1)
    expect(folded('so luong 12')).toEqual(['so', 'luong', '12'])
  })
})

describe('highlightTerms', () => {
  it('lists numbers and phrases whole and words one by one', () => {
    expect(highlightTerms(parseQuery('phê duyệt 15/2020/NĐ-CP', true))).toEqual([
      '15/2020/nd-cp*',
      'phe duyet',
      'phe',
      'duyet',
    ])
  })
})
