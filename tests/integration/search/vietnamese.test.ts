import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedDemo } from '../../../electron/core/demo/seed'
import { register } from '../documents/helpers'
import { tempCore, type TempCore } from '../helpers/temp-core'
import { numbers, search, SYSTEM } from './helpers'

// Vietnamese done right, at the core: NFC and folded matching, exact diacritics first, numbers
// whole and by part, look-alike letters, phrases, prefixes as the user types, typos, and query
// text full of FTS5 and SQL syntax that must never throw.

let t: TempCore
const s = (q: string, more = {}) => search(t.core, SYSTEM, q, more)

beforeAll(async () => {
  t = tempCore()
  await seedDemo(t.core.deps)
  const docs: [string, string, string, string][] = [
    [
      '15',
      '2020/NĐ-CP',
      'nghi_dinh',
      'Quy định xử phạt vi phạm hành chính trong lĩnh vực bưu chính',
    ],
    ['123', 'QĐ-UBND', 'quyet_dinh', 'Quyết định phê duyệt kế hoạch chuyển đổi số năm 2026'],
    ['8376', 'VBHN-BTP', 'van_ban_hop_nhat', 'Quy định chế độ báo cáo công tác thi hành pháp luật'],
    ['06', '2026/TT-BT\u0421', 'thong_tu', 'Hướng dẫn quản lý phí sử dụng đường bộ'],
    ['41', 'KH-UBND', 'ke_hoach', 'Kế hoạch bán đấu giá tài sản công'],
    ['42', 'KH-UBND', 'ke_hoach', 'Kế hoạch bàn giao tài sản công'],
    ['77', 'TB-VP', 'thong_bao', 'Thông báo kết luận họp về phê duyệt đề án'.normalize('NFD')],
    ['88', 'BC-STC', 'bao_cao', 'Báo cáo tình hình thực hiện kế hoạch năm, phê duyệt bổ sung'],
  ]
  for (const [so, kyHieu, loaiVanBan, trichYeu] of docs) {
    await register(t.core, { so, kyHieu, loaiVanBan, trichYeu })
  }
})
afterAll(async () => {
  await t.cleanup()
})

describe('words with and without diacritics', () => {
  it('finds "Quyết định phê duyệt" from "quyet dinh phe duyet"', () => {
    expect(numbers(s('quyet dinh phe duyet'))[0]).toBe('123/QĐ-UBND')
  })

  it('stores and finds NFD text as NFC, from NFD or NFC queries alike', () => {
    const stored = t.core.db
      .prepare("SELECT trich_yeu FROM documents WHERE so = '77'")
      .pluck()
      .get() as string
    expect(stored).toBe(stored.normalize('NFC'))
    expect(numbers(s('kết luận họp'.normalize('NFD')))).toEqual(['77/TB-VP'])
    expect(numbers(s('ket luan hop'))).toEqual(['77/TB-VP'])
  })

  it('ranks the diacritics as typed above a folded match', () => {
    expect(numbers(s('bán tài sản')).slice(0, 2)).toEqual(['41/KH-UBND', '42/KH-UBND'])
    expect(numbers(s('bàn tài sản')).slice(0, 2)).toEqual(['42/KH-UBND', '41/KH-UBND'])
  })

  it('ranks adjacent syllables above the same syllables apart', () => {
    // "phê duyệt" together in 123 and 77; apart ("phê duyệt" vs "phê … duyệt") nowhere, but
    // "kế hoạch" + "phê duyệt" both occur in 88 far apart: 123 has them as typed.
    expect(numbers(s('ke hoach phe duyet'))[0]).toBe('123/QĐ-UBND')
    expect(numbers(s('ke hoach phe duyet'))).toContain('88/BC-STC')
  })

  it('matches "quoted phrases" only with their words adjacent', () => {
    expect(numbers(s('"phê duyệt kế hoạch"'))).toEqual(['123/QĐ-UBND'])
    expect(numbers(s('"kế hoạch phê duyệt"'))).toEqual([])
  })
})

describe('document numbers', () => {
  it('finds a number whole, however it is typed', () => {
    for (const q of [
      '15/2020/NĐ-CP',
      '15/2020/nd-cp',
      '15 / 2020 / NĐ - CP',
      'Số: 15/2020/NĐ-CP',
    ]) {
      expect(numbers(s(q))[0], q).toBe('15/2020/NĐ-CP')
    }
    expect(numbers(s('8376 /VBHN-BTP'))).toEqual(['8376/VBHN-BTP'])
    expect(numbers(s('123/qd-ubnd'))).toEqual(['123/QĐ-UBND'])
  })

  it('finds a number by its parts', () => {
    expect(numbers(s('NĐ-CP'))).toEqual(['15/2020/NĐ-CP'])
    expect(numbers(s('VBHN'))).toEqual(['8376/VBHN-BTP'])
    expect(numbers(s('2020 nd'))).toEqual(['15/2020/NĐ-CP'])
    expect(numbers(s('123/QĐ', { asYouType: true }))).toEqual(['123/QĐ-UBND'])
  })

  it('matches a Cyrillic С in a ký hiệu with a Latin C, both ways', () => {
    expect(numbers(s('06/2026/TT-BTC'))).toEqual(['06/2026/TT-BT\u0421'])
    expect(numbers(s('TT-BT\u0421'))).toEqual(['06/2026/TT-BT\u0421'])
    const hit = s('06/2026/TT-BTC').hits[0]
    expect(hit?.soKyHieuMarks).toEqual([[0, hit?.soKyHieu.length]])
  })
})

describe('as the user types', () => {
  it('treats the last word as a prefix, searching the metadata only', () => {
    expect(numbers(s('quyet dinh phe d', { asYouType: true }))).toEqual(['123/QĐ-UBND'])
    expect(numbers(s('chuyển đổi s', { asYouType: true }))).toEqual(['123/QĐ-UBND'])
    const typing = s('ke hoach b', { asYouType: true })
    // "kế hoạch b…" as a phrase first; then the words anywhere (Ủy ban, Báo cáo …).
    expect(numbers(typing).slice(0, 2).sort()).toEqual(['41/KH-UBND', '42/KH-UBND'])
    expect(typing.facets).toBeNull()
    expect(typing.hits[0]?.snippet).toBeNull()
  })

  it('marks what matched in the trích yếu', () => {
    const hit = s('quyet dinh phe d', { asYouType: true }).hits[0]
    const marked = hit?.trichYeuMarks.map(([a, b]) => hit.trichYeu.slice(a, b))
    expect(marked).toEqual(['Quyết định phê d'])
  })
})

describe('typos', () => {
  it('searches the nearest known word when a word finds nothing', () => {
    const r = s('ke hoach chuyen doii so')
    expect(numbers(r)).toEqual(['123/QĐ-UBND'])
    expect(r.corrections).toEqual([['doii', 'doi']])
  })

  it('reads Telex typed without an input method, and words run together', () => {
    expect(numbers(s('quyeets ddinhj phee duyeetj'))[0]).toBe('123/QĐ-UBND')
    expect(numbers(s('quyetdinh pheduyet'))[0]).toBe('123/QĐ-UBND')
  })

  it('leaves out a word that matches nothing near, and says so', () => {
    const r = s('ke hoach ban dau gia xyzqwv')
    expect(numbers(r)).toEqual(['41/KH-UBND'])
    expect(r.corrections).toEqual([['xyzqwv', '']])
  })
})

describe('hostile query text', () => {
  const hostile = [
    '"',
    '""',
    '"unclosed phrase',
    '*',
    '**',
    'NEAR(',
    'NEAR(a b, 2)',
    'AND OR NOT',
    'quyet AND',
    'OR OR OR',
    '-quyet',
    '^dinh',
    "'; DROP TABLE documents; --",
    'exact : quyet',
    '{so tieu} : 15',
    'tieu:ke',
    '(((',
    ')',
    'a"b"c',
    '15/2020/"NĐ-CP',
    '\\',
    '\u0000',
    '\uE000\uE003\uE010l',
    '%_%',
    '🙂 quyết',
  ]

  it('never throws, and the data is intact', () => {
    for (const q of hostile) {
      for (const asYouType of [false, true]) {
        expect(() => s(q, { asYouType }), q).not.toThrow()
      }
    }
    expect(t.core.db.prepare('SELECT COUNT(*) FROM documents').pluck().get()).toBe(8)
  })

  it('never throws on random strings of syntax characters', () => {
    const alphabet = [
      '"',
      '*',
      '(',
      ')',
      ':',
      '^',
      '-',
      '+',
      '{',
      '}',
      ' ',
      'a',
      'đ',
      '/',
      "'",
      'NEAR',
      'AND',
      'OR',
      'NOT',
      '1',
    ]
    let seed = 42
    const next = (): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31
      return seed
    }
    for (let i = 0; i < 300; i++) {
      const q = Array.from(
        { length: 1 + (next() % 12) },
        () => alphabet[next() % alphabet.length],
      ).join('')
      expect(() => s(q, { asYouType: i % 2 === 0 }), q).not.toThrow()
    }
  })
})
