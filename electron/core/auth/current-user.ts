import type { CurrentUser, User } from '../../../shared/api/types'
import type { Db } from '../db/open'
import { CoreError } from '../errors'
import { getAgency, getUnit } from '../units/repo'

export function currentUser(db: Db, user: User): CurrentUser {
  const agency = getAgency(db)
  if (!agency) {
    throw new CoreError('SETUP_REQUIRED', 'Chưa thiết lập cơ quan')
  }
  return { ...user, unitName: getUnit(db, user.unitId)?.name ?? '', agency }
}
