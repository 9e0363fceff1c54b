import type { Handlers } from '../api/handler'
import { explainAccess } from './explain'
import { assertManager, grantAccess, grantsOf, revokeAccess } from './grants'
import { accessMatrix } from './matrix'

export const accessHandlers = {
  'access.grants': (ctx, { documentId }) => {
    assertManager(ctx.db, ctx.actor, documentId)
    return grantsOf(ctx.db, documentId)
  },
  'access.grant': (ctx, input) => grantAccess(ctx, input),
  'access.revoke': (ctx, input) => revokeAccess(ctx, input),
  'access.matrix': () => accessMatrix(),
  'access.explain': (ctx, input) => explainAccess(ctx.db, input),
} satisfies Partial<Handlers>
