import type { Direction } from '../../../../shared/api/document-types'
import { outgoingStatusLabels } from '../outgoing/labels'
import { statusLabels } from '../incoming/labels'

export const directionLabels: Readonly<Record<Direction, string>> = {
  in: 'Văn bản đến',
  out: 'Văn bản đi',
}

/** Short tags for a result line. */
export const directionTags: Readonly<Record<Direction, { label: string; color: string }>> = {
  in: { label: 'Đến', color: 'blue' },
  out: { label: 'Đi', color: 'green' },
}

/** Status codes of both directions read the same everywhere (the core sends codes). */
const allStatusLabels: Readonly<Record<string, string>> = {
  ...statusLabels,
  ...outgoingStatusLabels,
}

export function searchStatusLabel(code: string): string {
  return allStatusLabels[code] ?? code
}

/** One entry per label: several codes read the same (hoàn thành). */
export const statusChoices: readonly { value: string; label: string }[] = [
  ...new Map(Object.entries(allStatusLabels).map(([code, label]) => [label, code])).entries(),
].map(([label, value]) => ({ value, label }))

/** Where a hit opens. */
export function documentPath(hit: Readonly<{ id: number; direction: Direction }>): string {
  return hit.direction === 'in' ? `/van-ban-den/${hit.id}` : `/van-ban-di/${hit.id}`
}

export const taskPath = (id: number): string => `/cong-viec/${id}`

/** 1.234 as Vietnamese write it. */
export const count = (n: number): string => n.toLocaleString('vi-VN')

/** "12 kết quả", or "Hơn 1.000 kết quả" when the core stopped counting. */
export function totalText(total: number, exact: boolean, noun = 'kết quả'): string {
  return exact ? `${count(total)} ${noun}` : `Hơn ${count(total)} ${noun}`
}
