import { describe, expect, it } from 'vitest'
import {
  exactText,
  filterColumn,
  foldedWithNumbers,
  numberColumn,
  numberToken,
  pairToken,
  TOKEN_RE,
  withPairs,
} from '../../../electron/core/search/tokens'
import { undoTelex } from '../../../electron/core/search/typo'

const tokens = (s: string): string[] => s.match(TOKEN_RE) ?? []

describe('index text', () => {
  it('writes a number whole, as one token, after its parts', () => {
    expect(tokens(numberColumn('15/2020/NĐ-CP'))).toEqual([
      '15',
      '2020',
      'nd',
      'cp',
      numberToken('15/2020/NĐ-CP'),
    ])
    expect(numberToken('15/2020/NĐ-CP')).toBe('15\uE0002020\uE000nd\uE001cp')
  })

  it('finds numbers in running text, spaced or with look-alike letters', () => {
    const t = tokens(foldedWithNumbers('Căn cứ Thông tư 06/2026/TT-BT\u0421 và 8376 /VBHN-BTP'))
    expect(t).toContain(numberToken('06/2026/TT-BTC'))
    expect(t).toContain(numberToken('8376/VBHN-BTP'))
    expect(t.slice(0, 3)).toEqual(['can', 'cu', 'thong'])
  })

  it('folds NFD text like NFC text', () => {
    expect(foldedWithNumbers('Quyết định'.normalize('NFD'))).toBe('quyet dinh')
    expect(exactText('Quyết  ĐỊNH'.normalize('NFD'))).toBe('quyết định')
  })

  it('appends each pair of adjacent tokens as one token', () => {
    expect(tokens(withPairs('quyet dinh so'))).toEqual([
      'quyet',
      'dinh',
      'so',
      pairToken('quyet', 'dinh'),
      pairToken('dinh', 'so'),
    ])
    expect(withPairs('mot')).toBe('mot')
  })

  it('writes filter values as tokens no word can be', () => {
    const f = tokens(
      filterColumn({
        direction: 'in',
        loai: 'quyet_dinh',
        coQuanFold: 'bo tai chinh',
        status: 'cho_xu_ly',
        doKhan: 'thuong',
        date: '2026-03-02',
        units: [4],
        people: [7, 9],
      }),
    )
    expect(f).toHaveLength(10)
    expect(f.every((t) => t.startsWith('\uE010'))).toBe(true)
  })
})

describe('undoTelex', () => {
  it('reads words typed with Telex or VNI keys and no input method', () => {
    expect(undoTelex('quyeets')).toBe('quyet')
    expect(undoTelex('ddinhj')).toBe('dinh')
    expect(undoTelex('nguwowif')).toBe('nguoi')
    expect(undoTelex('quye61t')).toBe('quyet')
    expect(undoTelex('duyet')).toBe('duyet')
  })
})
