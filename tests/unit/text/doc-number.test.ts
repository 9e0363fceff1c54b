import { describe, expect, it } from 'vitest'
import {
  findSoKyHieu,
  formatSo,
  formatSoKyHieu,
  normalizeSoKyHieu,
  parseSoKyHieu,
  scanSoKyHieu,
} from '../../../shared/text/doc-number'

type Expected = { so: string; year: number | null; kyHieu: string; text: string }

// Real forms from the corpus (`so_ky_hieu` and the `Số:` lines of `noi_dung`), oddities included.
const REAL: readonly (readonly [string, Expected])[] = [
  ['249/2025/NĐ-CP', { so: '249', year: 2025, kyHieu: 'NĐ-CP', text: '249/2025/NĐ-CP' }],
  ['29/2025/QĐ-TTg', { so: '29', year: 2025, kyHieu: 'QĐ-TTg', text: '29/2025/QĐ-TTg' }],
  ['1248/QĐ-TTg', { so: '1248', year: null, kyHieu: 'QĐ-TTg', text: '1248/QĐ-TTg' }],
  ['46/CĐ-TTg', { so: '46', year: null, kyHieu: 'CĐ-TTg', text: '46/CĐ-TTg' }],
  ['121/2025/QH15', { so: '121', year: 2025, kyHieu: 'QH15', text: '121/2025/QH15' }],
  ['115/2025/UBTVQH15', { so: '115', year: 2025, kyHieu: 'UBTVQH15', text: '115/2025/UBTVQH15' }],
  ['19046/BTC-TCHQ', { so: '19046', year: null, kyHieu: 'BTC-TCHQ', text: '19046/BTC-TCHQ' }],
  ['8376/VBHN-BTP', { so: '8376', year: null, kyHieu: 'VBHN-BTP', text: '8376/VBHN-BTP' }],
  ['8376 /VBHN-BTP', { so: '8376', year: null, kyHieu: 'VBHN-BTP', text: '8376/VBHN-BTP' }],
  // Cyrillic С (U+0421) in BTС
  ['06/2026/TT-BT\u0421', { so: '06', year: 2026, kyHieu: 'TT-BTC', text: '06/2026/TT-BTC' }],
  ['02/VBHN-BT\u0421', { so: '02', year: null, kyHieu: 'VBHN-BTC', text: '02/VBHN-BTC' }],
  ['66.15/2026/NQ-CP', { so: '66.15', year: 2026, kyHieu: 'NQ-CP', text: '66.15/2026/NQ-CP' }],
  ['279/2002/qđ-ttg', { so: '279', year: 2002, kyHieu: 'QĐ-TTG', text: '279/2002/QĐ-TTG' }],
  ['75/2006/QH 11', { so: '75', year: 2006, kyHieu: 'QH11', text: '75/2006/QH11' }],
  ['03/2026-BCT', { so: '03', year: 2026, kyHieu: 'BCT', text: '03/2026/BCT' }],
  [
    '7079VBHN-BVHTTDL',
    { so: '7079', year: null, kyHieu: 'VBHN-BVHTTDL', text: '7079/VBHN-BVHTTDL' },
  ],
  ['10/VBHN-', { so: '10', year: null, kyHieu: 'VBHN', text: '10/VBHN' }],
  [
    '102/2025/NQLT-UBTVQH15-CP-',
    { so: '102', year: 2025, kyHieu: 'NQLT-UBTVQH15-CP', text: '102/2025/NQLT-UBTVQH15-CP' },
  ],
  ['58/2024/QH15_', { so: '58', year: 2024, kyHieu: 'QH15', text: '58/2024/QH15' }],
  ['50/2005/QH11-----o0o-----', { so: '50', year: 2005, kyHieu: 'QH11', text: '50/2005/QH11' }],
  ['299/TTg', { so: '299', year: null, kyHieu: 'TTg', text: '299/TTg' }],
  ['Số: 73 / 2025 /TT-NHNN', { so: '73', year: 2025, kyHieu: 'TT-NHNN', text: '73/2025/TT-NHNN' }],
  ['Số : 65/ 2025/TT-NHNN', { so: '65', year: 2025, kyHieu: 'TT-NHNN', text: '65/2025/TT-NHNN' }],
  ['Số:31/2026/NĐ-CP', { so: '31', year: 2026, kyHieu: 'NĐ-CP', text: '31/2026/NĐ-CP' }],
  ['SỐ 254/2025/QH15', { so: '254', year: 2025, kyHieu: 'QH15', text: '254/2025/QH15' }],
  [
    '02/2020/TTLT-BTP-BCA-BQP-BTC-TANDTC-VKSNDTC',
    {
      so: '02',
      year: 2020,
      kyHieu: 'TTLT-BTP-BCA-BQP-BTC-TANDTC-VKSNDTC',
      text: '02/2020/TTLT-BTP-BCA-BQP-BTC-TANDTC-VKSNDTC',
    },
  ],
  // Garbled in the source (77/2016/NĐ-CP): well-formed, so it parses as written.
  ['772016/NĐ-C', { so: '772016', year: null, kyHieu: 'NĐ-C', text: '772016/NĐ-C' }],
]

describe('parseSoKyHieu', () => {
  it.each(REAL)('parses %j', (input, expected) => {
    const parsed = parseSoKyHieu(input)
    expect(parsed).toMatchObject({ ...expected, hyphenForm: false })
  })

  it('reads the Party / older form 16-NQ/TW', () => {
    expect(parseSoKyHieu('16-NQ/TW')).toEqual({
      so: '16',
      soNumber: 16,
      year: null,
      kyHieu: 'NQ/TW',
      hyphenForm: true,
      text: '16-NQ/TW',
    })
    expect(parseSoKyHieu('24-L/CTN')?.text).toBe('24-L/CTN')
  })

  it('parses the official examples and pads numbers below 10', () => {
    expect(parseSoKyHieu('123/QĐ-UBND')).toMatchObject({ so: '123', kyHieu: 'QĐ-UBND', year: null })
    expect(parseSoKyHieu('Số: 15/QĐ-BNV')).toMatchObject({ so: '15', kyHieu: 'QĐ-BNV' })
    expect(parseSoKyHieu('5/UBND-VX')).toMatchObject({ so: '05', soNumber: 5, text: '05/UBND-VX' })
    expect(parseSoKyHieu('005/BNV-VP')?.so).toBe('05')
    expect(parseSoKyHieu('15/2020/NĐ-CP')).toMatchObject({ so: '15', year: 2020, kyHieu: 'NĐ-CP' })
  })

  it('accepts NFD input, spaces around - and a Cyrillic С', () => {
    expect(parseSoKyHieu('Số: 05/QĐ-UBND'.normalize('NFD'))?.text).toBe('05/QĐ-UBND')
    expect(parseSoKyHieu(' 12 / UBND - VX ')?.text).toBe('12/UBND-VX')
    expect(parseSoKyHieu('123/\u0421V-UBND')?.kyHieu).toBe('CV-UBND')
    expect(parseSoKyHieu('12\u00A0/\u00A0UBND\u2013VX')?.text).toBe('12/UBND-VX')
  })

  it('returns null for text that is not a number', () => {
    for (const input of [
      'kiem trahethong',
      '',
      'Số: /2025/TT-BNNMT',
      '241/2026/NĐ-CP l',
      'QCVN 29:2025/BXD',
      '15/3/2020',
      '123',
      'QĐ-UBND',
      '15/1234/QĐ-UBND',
    ]) {
      expect(parseSoKyHieu(input), input).toBeNull()
    }
  })
})

describe('formatSo and formatSoKyHieu', () => {
  it('zero-pads below 10 only', () => {
    expect(formatSo(5)).toBe('05')
    expect(formatSo(10)).toBe('10')
    expect(formatSo(123)).toBe('123')
    expect(() => formatSo(-1)).toThrow(RangeError)
    expect(() => formatSo(1.5)).toThrow(RangeError)
  })

  it('joins number, optional year and ký hiệu', () => {
    expect(formatSoKyHieu(5, 'QĐ-UBND')).toBe('05/QĐ-UBND')
    expect(formatSoKyHieu('7', 'SY')).toBe('07/SY')
    expect(formatSoKyHieu(15, 'NĐ-CP', 2020)).toBe('15/2020/NĐ-CP')
    expect(formatSoKyHieu('66.15', 'NQ-CP', 2026)).toBe('66.15/2026/NQ-CP')
  })
})

describe('normalizeSoKyHieu', () => {
  it('gives one key to every spelling of one number', () => {
    const key = normalizeSoKyHieu('05/QĐ-UBND')
    expect(key).toBe('05/QD-UBND')
    for (const variant of [
      '5/qđ-ubnd',
      '05 / QĐ - UBND',
      'Số: 05/QĐ-UBND',
      '05/QĐ-UBND'.normalize('NFD'),
    ]) {
      expect(normalizeSoKyHieu(variant)).toBe(key)
    }
    expect(normalizeSoKyHieu('123/\u0421V-UBND')).toBe(normalizeSoKyHieu('123/CV-UBND'))
    expect(normalizeSoKyHieu('8376 /VBHN-BTP')).toBe('8376/VBHN-BTP')
  })

  it('keeps QyĐ and QĐ apart', () => {
    expect(normalizeSoKyHieu('10/QyĐ-UBND')).not.toBe(normalizeSoKyHieu('10/QĐ-UBND'))
  })

  it('still folds text that does not parse', () => {
    expect(normalizeSoKyHieu('số  tạm')).toBe('SOTAM')
  })
})

describe('scanSoKyHieu and findSoKyHieu', () => {
  it('finds numbers in running text with offsets into the NFC text', () => {
    const text =
      'Căn cứ Nghị định số 15/2020/NĐ-CP và Quyết định 8376 /VBHN-BTP; 5/năm; ngày 15/3/2020.'
    const found = scanSoKyHieu(text)
    expect(found.map((m) => m.value.text)).toEqual(['15/2020/NĐ-CP', '8376/VBHN-BTP'])
    const first = found[0]
    expect(first && text.slice(first.start, first.end)).toBe('15/2020/NĐ-CP')
  })

  it('skips standards and dates, and stops before trailing words', () => {
    expect(scanSoKyHieu('theo QCVN 29:2025/BXD ngày 12/5/2025')).toEqual([])
    expect(findSoKyHieu('241/2026/NĐ-CP l')?.text).toBe('241/2026/NĐ-CP')
    expect(findSoKyHieu('Số: 12/UBND-VX   Quảng Nam, ngày 05 tháng 01 năm 2020')?.text).toBe(
      '12/UBND-VX',
    )
    expect(findSoKyHieu('Số 16-NQ/TW')?.text).toBe('16-NQ/TW')
    expect(findSoKyHieu('không có số')).toBeNull()
  })
})
