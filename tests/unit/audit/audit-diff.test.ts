import { describe, expect, it } from 'vitest'
import { auditView, showValue } from '../../../renderer/src/features/audit/audit-diff'

describe('audit detail as people read it', () => {
  it('lists only the fields that changed, before and after', () => {
    const v = auditView({
      changes: { trichYeu: ['A', 'B'] },
      before: { id: 1, trich_yeu: 'A', so: '12' },
      after: { id: 1, trich_yeu: 'B', so: '12' },
    })
    expect(v.diff).toEqual([{ field: 'trich_yeu', before: 'A', after: 'B' }])
    expect(v.facts).toEqual([])
  })

  it('shows a new record by the fields it was given, and the input as facts', () => {
    const v = auditView({
      input: { date: '2026-04-28', name: 'Nghỉ bù' },
      before: null,
      after: { date: '2026-04-28', kind: 'nghi_bu', name: 'Nghỉ bù', updated_by: null },
    })
    expect(v.diff?.map((l) => l.field)).toEqual(['date', 'kind', 'name'])
    expect(v.facts).toEqual([
      ['date', '2026-04-28'],
      ['name', 'Nghỉ bù'],
    ])
  })

  it('falls back to the handler changes, names an opening, and keeps hidden rows hidden', () => {
    expect(auditView({ changes: { so: ['1', '2'], ghiChu: [null, null] } }).diff).toEqual([
      { field: 'so', before: '1', after: '2' },
    ])
    expect(auditView({ opened: 'tai_tep', door: 'http' }).facts).toEqual([
      ['opened', 'Tải tệp của văn bản mật'],
      ['door', 'Trình duyệt'],
    ])
    expect(auditView({ hidden: 'Nội dung ẩn' })).toMatchObject({
      hidden: 'Nội dung ẩn',
      diff: null,
    })
  })

  it('writes values the Vietnamese way', () => {
    expect(showValue('2026-03-05')).toBe('05/03/2026')
    expect(showValue([{ name: 'a.pdf' }, { name: 'b.pdf' }])).toBe('a.pdf, b.pdf')
    expect(showValue(null)).toBe('(trống)')
    expect(showValue(true)).toBe('Có')
  })
})
