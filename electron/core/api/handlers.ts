import { accessHandlers } from '../access/handlers'
import { auditHandlers } from '../audit/handlers'
import { authHandlers } from '../auth/handlers'
import { backupHandlers } from '../backup/handlers'
import { calendarHandlers } from '../calendar/handlers'
import { catalogHandlers } from '../catalog/handlers'
import { documentHandlers } from '../documents/handlers'
import { draftHandlers } from '../drafts/handlers'
import { outgoingHandlers } from '../outgoing/handlers'
import { outgoingReportHandlers } from '../reports/outgoing-handlers'
import { searchHandlers } from '../search/handlers'
import { fileHandlers } from '../files/handlers'
import { intakeHandlers } from '../intake/handlers'
import { registerHandlers } from '../registers/handlers'
import { reportHandlers } from '../reports/handlers'
import { setupHandlers } from '../setup/handlers'
import { unitHandlers } from '../units/handlers'
import { userHandlers } from '../users/handlers'
import { notificationHandlers } from '../notifications/handlers'
import { taskReportHandlers } from '../reports/tasks/handlers'
import { taskHandlers } from '../tasks/handlers'
import type { Handlers } from './handler'

/** Every method's handler, gathered from the features. The type makes a missing one an error. */
export const handlers: Handlers = {
  ...setupHandlers,
  ...authHandlers,
  ...unitHandlers,
  ...userHandlers,
  ...registerHandlers,
  ...catalogHandlers,
  ...fileHandlers,
  ...intakeHandlers,
  ...documentHandlers,
  ...reportHandlers,
  ...calendarHandlers,
  ...taskHandlers,
  ...notificationHandlers,
  ...taskReportHandlers,
  ...draftHandlers,
  ...outgoingHandlers,
  ...outgoingReportHandlers,
  ...searchHandlers,
  ...accessHandlers,
  ...backupHandlers,
  ...auditHandlers,
}
