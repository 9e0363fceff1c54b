import type { Handlers } from '../api/handler'
import { indexStatus, rebuildIndex } from './maintain'
import { deleteSaved, listSaved, saveSearch } from './saved'
import { searchDocuments } from './search'
import { searchTasks } from './tasks'

// The doors to search. Rebuilds and the index status live in maintain.ts.

export const searchHandlers = {
  'search.documents': (ctx, q) => searchDocuments(ctx.db, ctx.actor, q),
  'search.tasks': (ctx, q) => searchTasks(ctx.db, ctx.actor, q),
  'search.saved': (ctx) => listSaved(ctx),
  'search.save': (ctx, input) => saveSearch(ctx, input),
  'search.deleteSaved': (ctx, { id }) => deleteSaved(ctx, id),
  'search.reindex': async (ctx) => {
    const after = await rebuildIndex(ctx)
    ctx.audit({
      recordType: 'search_index',
      recordId: null,
      detail: { lastRebuild: after.lastRebuild },
    })
    return after
  },
  'search.status': (ctx) => indexStatus(ctx),
} satisfies Partial<Handlers>
