import type { Migration } from '../migration'
import { peopleAndUnits } from './0010-people-and-units'

/** Every migration, oldest first. Append only. */
export const migrations: readonly Migration[] = [peopleAndUnits]
