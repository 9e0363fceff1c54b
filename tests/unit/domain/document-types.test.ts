import { describe, expect, it } from 'vitest'
import {
  ALL_DOCUMENT_TYPES,
  COPY_TYPES,
  DOCUMENT_TYPES,
  documentTypeOfKyHieu,
  findDocumentTypeByAbbreviation,
  findDocumentTypeByCode,
  findDocumentTypeByName,
} from '../../../shared/domain/document-types'

const codeOf = (abbreviation: string): string | null =>
  findDocumentTypeByAbbreviation(abbreviation)?.code ?? null

describe('DOCUMENT_TYPES', () => {
  it('holds the 29 types of NĐ 30 Điều 7, none a copy', () => {
    expect(DOCUMENT_TYPES).toHaveLength(29)
    expect(DOCUMENT_TYPES.every((t) => !t.isCopy)).toBe(true)
    expect(DOCUMENT_TYPES[0]?.name).toBe('Nghị quyết')
    expect(DOCUMENT_TYPES.at(-1)?.name).toBe('Thư công')
  })

  it('gives 27 abbreviations; Công văn and Thư công have none', () => {
    const without = DOCUMENT_TYPES.filter((t) => t.abbreviation === null).map((t) => t.name)
    expect(without).toEqual(['Công văn', 'Thư công'])
    expect(DOCUMENT_TYPES.filter((t) => t.abbreviation !== null)).toHaveLength(27)
  })

  it('stores the abbreviations of Phụ lục III exactly', () => {
    expect(DOCUMENT_TYPES.map((t) => t.abbreviation).filter((a) => a !== null)).toEqual([
      'NQ',
      'QĐ',
      'CT',
      'QC',
      'QyĐ',
      'TC',
      'TB',
      'HD',
      'CTr',
      'KH',
      'PA',
      'ĐA',
      'DA',
      'BC',
      'BB',
      'TTr',
      'HĐ',
      'CĐ',
      'BGN',
      'BTT',
      'GUQ',
      'GM',
      'GGT',
      'GNP',
      'PG',
      'PC',
      'PB',
    ])
  })

  it('lists the three copy kinds as copies', () => {
    expect(COPY_TYPES.map((t) => [t.name, t.abbreviation, t.isCopy])).toEqual([
      ['Bản sao y', 'SY', true],
      ['Bản trích sao', 'TrS', true],
      ['Bản sao lục', 'SL', true],
    ])
    expect(ALL_DOCUMENT_TYPES).toHaveLength(32)
  })

  it('has unique ASCII codes and unique abbreviations', () => {
    const codes = ALL_DOCUMENT_TYPES.map((t) => t.code)
    expect(new Set(codes).size).toBe(codes.length)
    expect(codes.every((c) => /^[a-z_]+$/.test(c))).toBe(true)
    const abbreviations = ALL_DOCUMENT_TYPES.flatMap((t) =>
      t.abbreviation ? [t.abbreviation] : [],
    )
    expect(new Set(abbreviations).size).toBe(abbreviations.length)
  })
})

describe('findDocumentTypeByAbbreviation', () => {
  it('finds exact abbreviations, mixed case included', () => {
    expect(codeOf('QĐ')).toBe('quyet_dinh')
    expect(codeOf('QyĐ')).toBe('quy_dinh')
    expect(codeOf('CTr')).toBe('chuong_trinh')
    expect(codeOf('CT')).toBe('chi_thi')
    expect(codeOf('TTr')).toBe('to_trinh')
    expect(codeOf('TrS')).toBe('ban_trich_sao')
    expect(codeOf('SY')).toBe('ban_sao_y')
  })

  it('ignores case and folds Đ when that is unambiguous', () => {
    expect(codeOf('qđ')).toBe('quyet_dinh')
    expect(codeOf('QD')).toBe('quyet_dinh')
    expect(codeOf('qd')).toBe('quyet_dinh')
    expect(codeOf('QYD')).toBe('quy_dinh')
    expect(codeOf('ctr')).toBe('chuong_trinh')
    expect(codeOf('cđ')).toBe('cong_dien')
    expect(codeOf('CD')).toBe('cong_dien')
  })

  it('keeps pairs apart that differ only by Đ', () => {
    expect(codeOf('DA')).toBe('du_an')
    expect(codeOf('ĐA')).toBe('de_an')
    expect(codeOf('đa')).toBe('de_an')
    expect(codeOf('HD')).toBe('huong_dan')
    expect(codeOf('HĐ')).toBe('hop_dong')
  })

  it('forgives NFD, look-alikes, spaces and a trailing dot', () => {
    expect(codeOf('QĐ'.normalize('NFD'))).toBe('quyet_dinh')
    expect(codeOf(' \u0421T ')).toBe('chi_thi')
    expect(codeOf('KH.')).toBe('ke_hoach')
  })

  it('returns null for unknown or empty input', () => {
    expect(findDocumentTypeByAbbreviation('NĐ')).toBeNull()
    expect(findDocumentTypeByAbbreviation('TT')).toBeNull()
    expect(findDocumentTypeByAbbreviation('')).toBeNull()
  })
})

describe('findDocumentTypeByName', () => {
  it('matches folded names', () => {
    expect(findDocumentTypeByName('Quyết định')?.code).toBe('quyet_dinh')
    expect(findDocumentTypeByName('QUYẾT ĐỊNH')?.code).toBe('quyet_dinh')
    expect(findDocumentTypeByName('quyet dinh')?.code).toBe('quyet_dinh')
    expect(findDocumentTypeByName('Nghị quyết (cá biệt)')?.code).toBe('nghi_quyet')
    expect(findDocumentTypeByName('Giấy uỷ quyền')?.code).toBe('giay_uy_quyen')
    expect(findDocumentTypeByName('Bản thoả thuận'.normalize('NFD'))?.code).toBe('ban_thoa_thuan')
    expect(findDocumentTypeByName('CÔNG VĂN')?.code).toBe('cong_van')
    expect(findDocumentTypeByName('Bản sao y')?.isCopy).toBe(true)
    expect(findDocumentTypeByName('Thông tư')).toBeNull()
  })
})

describe('findDocumentTypeByCode and documentTypeOfKyHieu', () => {
  it('looks up by code', () => {
    expect(findDocumentTypeByCode('thu_cong')?.abbreviation).toBeNull()
    expect(findDocumentTypeByCode('nope')).toBeNull()
  })

  it('reads the type from the first group of a ký hiệu', () => {
    expect(documentTypeOfKyHieu('QĐ-UBND')?.code).toBe('quyet_dinh')
    expect(documentTypeOfKyHieu('QyĐ-UBND')?.code).toBe('quy_dinh')
    expect(documentTypeOfKyHieu('TTr-SNV')?.code).toBe('to_trinh')
    expect(documentTypeOfKyHieu('SY-VP')?.code).toBe('ban_sao_y')
    expect(documentTypeOfKyHieu('UBND-VX')).toBeNull()
    expect(documentTypeOfKyHieu('NĐ-CP')).toBeNull()
  })
})
