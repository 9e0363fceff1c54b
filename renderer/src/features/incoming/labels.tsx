import { Tag } from 'antd'
import type { ReactElement } from 'react'
import { doKhanInfo, doMatInfo, type DoKhan, type DoMat } from '../../../../shared/domain/levels'

/**
 * Plain names for a document's processing status. The core sends a code; one the list does not
 * know yet is shown as sent rather than hidden.
 */
export const statusLabels: Readonly<Record<string, string>> = {
  cho_xu_ly: 'Chờ trình lãnh đạo',
  cho_chi_dao: 'Chờ ý kiến chỉ đạo',
  da_chi_dao: 'Đã chỉ đạo (để biết)',
  dang_giai_quyet: 'Đang giải quyết',
  da_giai_quyet: 'Đã giải quyết',
  dang_xu_ly: 'Đang xử lý',
  da_xu_ly: 'Đã chuyển, chưa xong',
  hoan_thanh: 'Đã hoàn thành',
  da_hoan_thanh: 'Đã hoàn thành',
  tra_lai: 'Đã trả lại',
  thu_hoi: 'Đã thu hồi',
}

export function statusLabel(status: string): string {
  return statusLabels[status] ?? status
}

/** Độ khẩn: nothing for ordinary mail, a red stamp-like tag for every urgent level. */
export function DoKhanTag({ value }: { value: DoKhan }): ReactElement | null {
  const info = doKhanInfo(value)
  if (info.priority === 0) {
    return null
  }
  return (
    <Tag color="red" variant="solid">
      {info.label}
    </Tag>
  )
}

export function DoMatTag({ value }: { value: DoMat }): ReactElement | null {
  const info = doMatInfo(value)
  return info.rank === 0 ? null : <Tag color="volcano">{info.label}</Tag>
}
