import { describe, expect, it } from 'vitest'
import { contract } from '../../../shared/api/contract'
import { methodNames } from '../../../shared/api/method-names'
import { methodLabel, methodLabels } from '../../../shared/audit/method-labels'

describe('audit method labels', () => {
  it('names every method that writes, in Vietnamese', () => {
    const missing = methodNames.filter((m) => contract[m].writes && !methodLabels[m])
    expect(missing).toEqual([])
  })

  it('falls back to the method name for one without a label', () => {
    expect(methodLabel('documents.registerIncoming')).toBe('Vào sổ văn bản đến')
    expect(methodLabel('khong.co')).toBe('khong.co')
  })
})
