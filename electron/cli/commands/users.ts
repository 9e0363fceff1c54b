import type { Role } from '../../../shared/api/roles'
import type { User } from '../../../shared/api/types'
import type { Core } from '../../core/core'
import { CoreError } from '../../core/errors'

const SYSTEM = { system: 'cli' } as const

export type AddUserOptions = Readonly<{
  username: string
  fullName: string
  position: string
  /** Unit id, or its short name (VP, KT …). */
  unit: string
  roles: readonly string[]
  password: string
  email?: string
  phone?: string
}>

export async function addUser(core: Core, o: AddUserOptions): Promise<User> {
  const units = await core.invoke('units.list', {}, SYSTEM)
  const unit = units.find(
    (u) => String(u.id) === o.unit || u.shortName.toLowerCase() === o.unit.toLowerCase(),
  )
  if (!unit) {
    throw new CoreError(
      'VALIDATION',
      `Không có đơn vị "${o.unit}". Các đơn vị: ${units.map((u) => u.shortName).join(', ')}`,
    )
  }
  return core.invoke(
    'users.create',
    {
      username: o.username,
      fullName: o.fullName,
      position: o.position,
      unitId: unit.id,
      roles: o.roles as Role[],
      password: o.password,
      email: o.email ?? null,
      phone: o.phone ?? null,
    },
    SYSTEM,
  )
}

export function listUsers(core: Core): Promise<User[]> {
  return core.invoke('users.list', { includeDisabled: true }, SYSTEM)
}
