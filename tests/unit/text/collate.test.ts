import { describe, expect, it } from 'vitest'
import { collationKey, compareVi, sortVi } from '../../../shared/text/collate'

const byKey = (a: string, b: string): number => {
  const ka = collationKey(a)
  const kb = collationKey(b)
  return ka < kb ? -1 : ka > kb ? 1 : 0
}

describe('compareVi', () => {
  it('sorts place names in dictionary order', () => {
    const input = [
      'Đà Nẵng',
      'Dak Lak',
      'An Giang',
      'Ăn',
      'Bắc Ninh',
      'Cà Mau',
      'Ba Vì',
      'Bà Rịa',
      'Bả',
      'Bã',
      'Bá',
      'Bạ',
    ]
    expect([...input].sort(compareVi)).toEqual([
      'An Giang',
      'Ăn',
      'Bả',
      'Bã',
      'Bá',
      'Bạ',
      'Bà Rịa',
      'Ba Vì',
      'Bắc Ninh',
      'Cà Mau',
      'Dak Lak',
      'Đà Nẵng',
    ])
  })

  it('orders tones ngang, huyền, hỏi, ngã, sắc, nặng', () => {
    const tones = ['ma', 'mà', 'mả', 'mã', 'má', 'mạ']
    expect([...tones].reverse().sort(compareVi)).toEqual(tones)
  })

  it('follows the alphabet a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y', () => {
    const alphabet = 'a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y'.split(' ')
    const shuffled = [...alphabet].sort((x, y) => (x < y ? 1 : -1))
    expect(shuffled.sort(compareVi)).toEqual(alphabet)
  })

  it('compares base letters over the whole string before tones', () => {
    // "ca má" < "cà ma" by tone, but "cà ma" < "ca mb" because base letters decide first.
    expect(compareVi('ca má', 'cà ma')).toBeLessThan(0)
    expect(compareVi('cà ma', 'ca mb')).toBeLessThan(0)
    expect(compareVi('bác', 'bạc')).toBeLessThan(0)
    expect(compareVi('bạc', 'bàn')).toBeLessThan(0)
  })

  it('puts a shorter prefix first and lower case before upper case', () => {
    expect(compareVi('Ba', 'Ba Vì')).toBeLessThan(0)
    expect(compareVi('ba', 'Ba')).toBeLessThan(0)
    expect(compareVi('Ba', 'Ba')).toBe(0)
  })

  it('treats NFD and NFC alike and sorts the two tone placements together', () => {
    expect(compareVi('Quyết định'.normalize('NFD'), 'Quyết định')).toBe(0)
    expect(collationKey('hoà')).toBe(collationKey('hòa'))
    expect(compareVi('hoà', 'hòa')).not.toBe(0)
  })

  it('agrees with Intl.Collator("vi") on ordinary names (Node full ICU)', () => {
    const names = [
      'Nguyễn Văn An',
      'Nguyễn Văn Ân',
      'Nguyễn Văn Ẩn',
      'Nguyễn Thị Bích',
      'Ngô Bảo Châu',
      'Đặng Thùy Trâm',
      'Đào Duy Anh',
      'Dương Văn Minh',
      'Lê Lợi',
      'Lê Lai',
      'Ông Ích Khiêm',
      'Ôn Như Hầu',
      'Ơn Trời',
      'Ưng Hoàng Phúc',
      'Uông Bí',
      'Trần Hưng Đạo',
      'Trương Định',
      'Ý Lan',
      'Yên Bái',
      'Phạm Văn Đồng',
      'Phan Bội Châu',
      'Hà Giang',
      'Hà Nội',
      'Hạ Long',
      'Hải Phòng',
    ]
    const intl = new Intl.Collator('vi')
    expect([...names].sort(compareVi)).toEqual([...names].sort(intl.compare))
  })
})

describe('collationKey', () => {
  it('is ASCII and sorts with plain < the same way compareVi does', () => {
    const names = ['Đà Nẵng', 'Dak Lak', 'An Giang', 'Ăn', 'Bà Rịa', 'Bả', 'Ba', 'ba', '10', '2']
    for (const name of names) {
      expect(collationKey(name)).toMatch(/^[\x20-\x7E]*$/)
    }
    expect([...names].sort(byKey)).toEqual([...names].sort(compareVi))
  })

  it('puts spaces before punctuation before digits before letters', () => {
    const items = ['a b', 'a-b', 'a1', 'ab']
    expect([...items].reverse().sort(byKey)).toEqual(items)
  })

  it('sorts look-alike letters with the Latin ones', () => {
    expect(collationKey('СV')).toBe(collationKey('CV'))
  })

  it('handles the empty string', () => {
    expect(compareVi('', 'a')).toBeLessThan(0)
  })
})

describe('sortVi', () => {
  it('sorts objects by a text field without changing the input', () => {
    const units = [{ name: 'Sở Y tế' }, { name: 'Sở Xây dựng' }, { name: 'Sở Tư pháp' }]
    expect(sortVi(units, (u) => u.name).map((u) => u.name)).toEqual([
      'Sở Tư pháp',
      'Sở Xây dựng',
      'Sở Y tế',
    ])
    expect(units[0]?.name).toBe('Sở Y tế')
  })
})
