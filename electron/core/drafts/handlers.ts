import type { Handlers } from '../api/handler'
import { getDraftDetail } from './detail'
import { listDrafts } from './list'
import { draftPeople } from './people'
import { createDraft, updateDraft } from './service'
import {
  cancelDraft,
  checkFormat,
  commentDraft,
  reviewDraft,
  signDraft,
  submitDraft,
} from './workflow'

export const draftHandlers = {
  'drafts.create': createDraft,
  'drafts.update': updateDraft,
  'drafts.submit': submitDraft,
  'drafts.review': reviewDraft,
  'drafts.checkFormat': checkFormat,
  'drafts.sign': signDraft,
  'drafts.comment': commentDraft,
  'drafts.cancel': cancelDraft,
  'drafts.list': (ctx, q) => listDrafts(ctx.db, ctx.actor, q),
  'drafts.get': (ctx, { id }) => getDraftDetail(ctx.db, ctx.actor, id),
  'drafts.people': (ctx, { unitId }) => draftPeople(ctx.db, ctx.actor, unitId),
} satisfies Partial<Handlers>
