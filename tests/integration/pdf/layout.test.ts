// layoutLines on hand-placed runs: the geometry cases the corpus shows, each in isolation.

import { describe, expect, it } from 'vitest'
import { layoutLines, type TextRun } from '../../../electron/core/pdf/layout'

// Runs in page space (y down, baseline), 14 pt, about 7 pt per character.
const run = (str: string, x: number, y: number, extra: Partial<TextRun> = {}): TextRun => ({
  str,
  x,
  y,
  width: str.length * 7,
  size: 14,
  ...extra,
})

describe('layoutLines', () => {
  it('reads the header column by column, in stream order or not', () => {
    const runs = [
      run('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 250, 80),
      run('ỦY BAN NHÂN DÂN', 60, 80),
      run('Độc lập - Tự do - Hạnh phúc', 290, 96),
      run('TỈNH QUẢNG NINH', 70, 96),
      run('Số: 15/QĐ-UBND', 60, 130),
      run('Quảng Ninh, ngày 05 tháng 01 năm 2026', 260, 130),
      run('QUYẾT ĐỊNH', 250, 170),
    ]
    expect(layoutLines(runs)).toEqual([
      'ỦY BAN NHÂN DÂN',
      'TỈNH QUẢNG NINH',
      'Số: 15/QĐ-UBND',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Quảng Ninh, ngày 05 tháng 01 năm 2026',
      'QUYẾT ĐỊNH',
    ])
  })

  it('joins fragments of a word and puts spaces where the gap is a word space', () => {
    const runs = [
      run('Quy', 100, 200),
      run('ế', 121, 200),
      run('t', 128, 200),
      run('định', 139, 200),
    ]
    expect(layoutLines(runs)).toEqual(['Quyết định'])
  })

  it('does not split a lone line at a blank left for a hand-written number', () => {
    expect(layoutLines([run('Số:', 60, 130), run('/QĐ-UBND', 110, 130)])).toEqual(['Số: /QĐ-UBND'])
  })

  it('keeps footnote marks as superscripts, apart from the word', () => {
    const runs = [run('ÁN LỆ SỐ 40/2021/AL', 200, 60), run('1', 334, 55, { size: 9, width: 5 })]
    expect(layoutLines(runs)).toEqual(['ÁN LỆ SỐ 40/2021/AL ¹'])
  })

  it('gives a stamped number its own word unless a slash meets it', () => {
    const runs = [
      run('Số:', 60, 130),
      run('50', 84, 130, { stamp: true, width: 20 }),
      run('/2026/NĐ-CP', 104, 130),
      run('Hà Nội, ngày', 300, 130),
      run('31', 386, 130, { stamp: true, width: 20 }),
      run('tháng 01 năm 2026', 404, 130),
    ]
    expect(layoutLines(runs)).toEqual(['Số: 50/2026/NĐ-CP', 'Hà Nội, ngày 31 tháng 01 năm 2026'])
  })

  it('reads a table row by row', () => {
    const row = (y: number, cells: readonly string[]): TextRun[] =>
      cells.map((c, i) => run(c, 60 + i * 150, y))
    const runs = [...row(300, ['TT', 'Tên', 'Ghi chú']), ...row(316, ['1', 'Sở Nội vụ', 'Xong'])]
    expect(layoutLines(runs)).toEqual(['TT Tên Ghi chú', '1 Sở Nội vụ Xong'])
  })
})
