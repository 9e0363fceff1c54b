import { describe, expect, it } from 'vitest'
import {
  DO_KHAN,
  DO_MAT,
  THAM_QUYEN_KY,
  doKhanFromPriority,
  doKhanInfo,
  doKhanLabels,
  doKhanSchema,
  doMatInfo,
  parseSigningTitle,
  phuongThucNhanLabels,
} from '../../../shared/domain/levels'

describe('độ khẩn', () => {
  it('codes the edXML Priority 0–4 in rising urgency', () => {
    expect(DO_KHAN.map((d) => [d.code, d.priority])).toEqual([
      ['thuong', 0],
      ['khan', 1],
      ['thuong_khan', 2],
      ['hoa_toc', 3],
      ['hoa_toc_hen_gio', 4],
    ])
    expect(doKhanFromPriority(3)).toBe('hoa_toc')
    expect(doKhanFromPriority(5)).toBeNull()
  })

  it('carries the NĐ 30 stamps and marks hẹn giờ as outside NĐ 30', () => {
    expect(doKhanInfo('khan').stamp).toBe('KHẨN')
    expect(doKhanInfo('thuong_khan').stamp).toBe('THƯỢNG KHẨN')
    expect(doKhanInfo('hoa_toc').stamp).toBe('HỎA TỐC')
    expect(doKhanInfo('thuong').stamp).toBeNull()
    expect(doKhanInfo('hoa_toc_hen_gio').inNd30).toBe(false)
    expect(doKhanLabels.hoa_toc_hen_gio).toBe('Hỏa tốc hẹn giờ')
  })

  it('validates codes with zod', () => {
    expect(doKhanSchema.safeParse('khan').success).toBe(true)
    expect(doKhanSchema.safeParse('KHẨN').success).toBe(false)
  })
})

describe('độ mật', () => {
  it('is ordered and keeps secret documents off electronic exchange', () => {
    expect(DO_MAT.map((d) => [d.code, d.rank, d.stamp])).toEqual([
      ['thuong', 0, null],
      ['mat', 1, 'MẬT'],
      ['toi_mat', 2, 'TỐI MẬT'],
      ['tuyet_mat', 3, 'TUYỆT MẬT'],
    ])
    expect(doMatInfo('thuong').electronicExchange).toBe(true)
    expect(doMatInfo('mat').electronicExchange).toBe(false)
  })
})

describe('thẩm quyền ký', () => {
  it('lists the five prefixes of NĐ 30', () => {
    expect(THAM_QUYEN_KY.map((t) => t.prefix)).toEqual(['TM.', 'KT.', 'Q.', 'TL.', 'TUQ.'])
  })

  it('splits a title line', () => {
    expect(parseSigningTitle('KT. CHỦ TỊCH')).toEqual({ thamQuyen: 'kt', rest: 'CHỦ TỊCH' })
    expect(parseSigningTitle('TM. ỦY BAN NHÂN DÂN')).toEqual({
      thamQuyen: 'tm',
      rest: 'ỦY BAN NHÂN DÂN',
    })
    expect(parseSigningTitle('TUQ.  GIÁM ĐỐC')).toEqual({ thamQuyen: 'tuq', rest: 'GIÁM ĐỐC' })
    expect(parseSigningTitle('Q. GIÁM ĐỐC').thamQuyen).toBe('q')
    expect(parseSigningTitle('T/M BAN THƯỜNG VỤ').thamQuyen).toBe('tm')
    expect(parseSigningTitle('CHỦ TỊCH')).toEqual({ thamQuyen: null, rest: 'CHỦ TỊCH' })
    expect(parseSigningTitle('QUYỀN LỢI').thamQuyen).toBeNull()
  })
})

describe('phương thức nhận', () => {
  it('has paper and electronic', () => {
    expect(phuongThucNhanLabels).toEqual({ giay: 'Giấy', dien_tu: 'Điện tử' })
  })
})
