import type { Core } from '../../../electron/core/core'
import type { Input } from '../../../shared/api/contract'

export const SYSTEM = { system: 'test' } as const

export const incoming = (
  over: Partial<Input<'documents.registerIncoming'>> = {},
): Input<'documents.registerIncoming'> => ({
  registerId: 1,
  ngayDen: '2026-03-02',
  so: '123',
  kyHieu: 'QĐ-UBND',
  ngayBanHanh: '2026-02-27',
  coQuanBanHanh: 'Ủy ban nhân dân tỉnh Quảng Nam',
  loaiVanBan: 'quyet_dinh',
  trichYeu: 'Về việc phê duyệt kế hoạch chuyển đổi số năm 2026',
  ...over,
})

export async function register(
  core: Core,
  over: Partial<Input<'documents.registerIncoming'>> = {},
): Promise<number> {
  const doc = await core.invoke('documents.registerIncoming', incoming(over), SYSTEM)
  return doc.soDen ?? -1
}
