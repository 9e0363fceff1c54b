import { THAM_QUYEN_KY, type ThamQuyenKy } from '../../../../../shared/domain/levels'

const upper = (s: string): string => s.trim().toLocaleUpperCase('vi')

/**
 * "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH": the title lines of the signature block as the core will print
 * them (OutgoingInfo.signatureTitle), shown while the clerk fills the form.
 */
export function signatureLines(
  thamQuyen: ThamQuyenKy | 'none',
  forTitle: string,
  position: string,
): string {
  const prefix = THAM_QUYEN_KY.find((t) => t.code === thamQuyen)?.prefix
  return [prefix ? `${prefix} ${upper(forTitle)}`.trim() : '', upper(position)]
    .filter((l) => l !== '')
    .join(' / ')
}
