import { authHandlers } from '../auth/handlers'
import { setupHandlers } from '../setup/handlers'
import { unitHandlers } from '../units/handlers'
import { userHandlers } from '../users/handlers'
import type { Handlers } from './handler'

/** Every method's handler, gathered from the features. The type makes a missing one an error. */
export const handlers: Handlers = {
  ...setupHandlers,
  ...authHandlers,
  ...unitHandlers,
  ...userHandlers,
}
