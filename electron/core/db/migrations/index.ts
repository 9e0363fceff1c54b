import type { Migration } from '../migration'
import { peopleAndUnits } from './0010-people-and-units'
import { registersAndDocuments } from './0020-registers-and-documents'
import { holidays } from './0030-holidays'
import { directionAndTasks } from './0040-direction-and-tasks'
import { outgoing } from './0050-outgoing'
import { search } from './0060-search'
import { savedSearches } from './0061-saved-searches'
import { documentGrants } from './0070-document-grants'

/** Every migration, oldest first. Append only. */
export const migrations: readonly Migration[] = [
  peopleAndUnits,
  registersAndDocuments,
  holidays,
  directionAndTasks,
  outgoing,
  search,
  savedSearches,
  documentGrants,
]
