import { compareVi } from '../../../../../shared/text/collate'
import { fold } from '../../../../../shared/text/normalize'
import type { User } from '../../../../../shared/api/types'

export type StatusFilter = 'all' | 'active' | 'locked'

export type UserFilter = Readonly<{
  text: string
  /** The chosen unit and its sub-units, or null for all units. */
  unitIds: ReadonlySet<number> | null
  status: StatusFilter
}>

/** "nguyen van a" finds "Nguyễn Văn A": every typed word must appear in some field, folded. */
export function matchUser(user: User, unitName: string, filter: UserFilter): boolean {
  if (filter.unitIds && !filter.unitIds.has(user.unitId)) {
    return false
  }
  if (filter.status === 'active' && user.disabled) {
    return false
  }
  if (filter.status === 'locked' && !user.disabled) {
    return false
  }
  const words = fold(filter.text).split(/\s+/).filter(Boolean)
  if (words.length === 0) {
    return true
  }
  const haystack = fold(
    [
      user.fullName,
      user.username,
      user.position,
      unitName,
      user.email ?? '',
      user.phone ?? '',
    ].join(' '),
  )
  return words.every((w) => haystack.includes(w))
}

const givenName = (fullName: string): string => fullName.trim().split(/\s+/).pop() ?? ''

/**
 * Vietnamese lists of people sort by the given name (the last word), then by the whole name:
 * "Trần Văn An" comes before "Lê Thị Bình".
 */
export function compareByGivenName(a: User, b: User): number {
  return (
    compareVi(givenName(a.fullName), givenName(b.fullName)) || compareVi(a.fullName, b.fullName)
  )
}
