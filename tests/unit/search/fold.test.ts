import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { foldFast, foldWithOffsets } from '../../../shared/search/fold'
import { fold } from '../../../shared/text/normalize'

const CORPUS = join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'corpus', 'docs.jsonl')

describe('foldFast', () => {
  it('equals fold on every text of the corpus (NFD lines, Cyrillic, ƣ, full-width included)', () => {
    const lines = readFileSync(CORPUS, 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
    let checked = 0
    for (const line of lines) {
      const doc = JSON.parse(line) as Record<string, unknown>
      for (const value of Object.values(doc)) {
        if (typeof value === 'string' && value !== '') {
          expect(foldFast(value)).toBe(fold(value))
          checked++
        }
      }
    }
    expect(checked).toBeGreaterThan(5000)
  })

  it('folds what fold folds', () => {
    for (const s of [
      'Quyết định',
      'ĐỀ ÁN',
      'Quyết định'.normalize('NFD'),
      'TT-BT\u0421',
      'ＱĐ\u200B-UBND',
      'Ƣu tiên',
      '',
    ]) {
      expect(foldFast(s)).toBe(fold(s))
    }
    expect(foldFast('Phê DUYỆT đề án')).toBe('phe duyet de an')
  })
})

describe('foldWithOffsets', () => {
  it('maps each folded character back to where it was written', () => {
    const text = 'Số: 15/QĐ'
    const f = foldWithOffsets(text)
    expect(f.text).toBe('so: 15/qd')
    expect(text.slice(f.sourceOffset(7), f.sourceOffset(9))).toBe('QĐ')
  })

  it('keeps offsets into NFD text, marks included', () => {
    const text = 'Quyết định'.normalize('NFD')
    const f = foldWithOffsets(text)
    expect(f.text).toBe('quyet dinh')
    const start = f.sourceOffset(6)
    const end = f.sourceOffset(10)
    expect(text.slice(start, end).normalize('NFC')).toBe('định')
  })
})
