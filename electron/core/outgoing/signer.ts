import type { Db } from '../db/open'
import { CoreError } from '../errors'

export type Signer = Readonly<{ id: number | null; name: string; position: string | null }>

/**
 * Người ký: a leader of the System (name and position from their account, position
 * overridable) or, for a document signed on paper by someone without an account, a name.
 */
export function resolveSigner(
  db: Db,
  p: Readonly<{
    signerId: number | null | undefined
    nguoiKy: string | undefined
    chucVu: string | null | undefined
  }>,
): Signer {
  if (p.signerId !== null && p.signerId !== undefined) {
    const u = db
      .prepare<[number], { id: number; full_name: string; position: string }>(
        'SELECT id, full_name, position FROM users WHERE id = ? AND disabled_at IS NULL',
      )
      .get(p.signerId)
    if (!u) {
      throw new CoreError('VALIDATION', 'Người ký không tồn tại hoặc đã bị khóa', {
        fields: { signerId: 'Người ký không hợp lệ' },
      })
    }
    return { id: u.id, name: p.nguoiKy ?? u.full_name, position: p.chucVu ?? u.position }
  }
  if (!p.nguoiKy) {
    throw new CoreError('VALIDATION', 'Nhập người ký', { fields: { nguoiKy: 'Nhập người ký' } })
  }
  return { id: null, name: p.nguoiKy.normalize('NFC'), position: p.chucVu ?? null }
}
