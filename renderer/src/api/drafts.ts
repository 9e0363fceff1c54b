import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { UseMutationResult, UseQueryResult } from '@tanstack/react-query'
import type { Input } from '../../../shared/api/contract'
import type { DocumentPage } from '../../../shared/api/document-types'
import type { DraftDetail, DraftPage, DraftPeople } from '../../../shared/api/outgoing-types'
import { call } from './client'
import { keys } from './keys'

export type DraftFilter = Omit<Input<'drafts.list'>, 'limit'>

// Every draft query sits under ['drafts']. A draft passes from hand to hand (drafter, leader,
// văn thư, signer): each screen asks again when it opens (staleTime 0) while showing what it
// had, so nobody acts on a step that has already been taken.
export const draftKeys = {
  all: ['drafts'] as const,
  list: (filter: DraftFilter) => ['drafts', 'list', filter] as const,
  detail: (id: number) => ['drafts', 'get', id] as const,
  people: (unitId: number) => ['drafts', 'people', unitId] as const,
}

/** Roots a draft step makes stale: the drafts, the boxes that count them, the bell. */
const touchedRoots = ['drafts', 'inbox', 'notifications'] as const

export function useDraftList(filter: DraftFilter): UseQueryResult<DraftPage> {
  return useQuery({
    queryKey: draftKeys.list(filter),
    queryFn: () => call('drafts.list', { ...filter, limit: 500 }),
    // A tab or filter change keeps the old rows on screen until the new ones arrive.
    placeholderData: keepPreviousData,
    staleTime: 0,
  })
}

export function useDraft(id: number | null): UseQueryResult<DraftDetail> {
  return useQuery({
    queryKey: draftKeys.detail(id ?? 0),
    queryFn: () => call('drafts.get', { id: id ?? 0 }),
    enabled: id !== null,
    staleTime: 0,
  })
}

/** The leaders who may review the unit's drafts, and those who may sign. */
export function useDraftPeople(unitId: number | null): UseQueryResult<DraftPeople> {
  return useQuery({
    queryKey: draftKeys.people(unitId ?? 0),
    queryFn: () => call('drafts.people', { unitId: unitId ?? 0 }),
    enabled: unitId !== null,
    staleTime: 60_000,
  })
}

const answerable = {
  direction: 'in',
  sort: { field: 'ngayDen', order: 'desc' },
} as const satisfies Omit<Input<'documents.list'>, 'offset' | 'limit'>
const ANSWERABLE_LIMIT = 1000

/**
 * The incoming documents a draft may answer: the latest the person can see (the core decides
 * which), for a select that filters as they type. Under ['documents'], so a newly registered
 * document shows up.
 */
export function useAnswerableDocuments(enabled = true): UseQueryResult<DocumentPage> {
  return useQuery({
    queryKey: keys.documentPage(answerable, 0, ANSWERABLE_LIMIT),
    queryFn: () => call('documents.list', { ...answerable, offset: 0, limit: ANSWERABLE_LIMIT }),
    enabled,
    staleTime: 60_000,
  })
}

type DraftWrite =
  | 'drafts.create'
  | 'drafts.update'
  | 'drafts.submit'
  | 'drafts.review'
  | 'drafts.checkFormat'
  | 'drafts.sign'
  | 'drafts.comment'
  | 'drafts.cancel'

function useDraftWrite<M extends DraftWrite>(
  method: M,
): UseMutationResult<DraftDetail, Error, Input<M>> {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: Input<M>) => call(method, input) as Promise<DraftDetail>,
    onSuccess: async (draft) => {
      // The answer is the fresh state: show it at once, then refresh what it touches.
      client.setQueryData(draftKeys.detail(draft.id), draft)
      await Promise.all(touchedRoots.map((root) => client.invalidateQueries({ queryKey: [root] })))
    },
  })
}

type Write<M extends DraftWrite> = () => UseMutationResult<DraftDetail, Error, Input<M>>

export const useCreateDraft: Write<'drafts.create'> = () => useDraftWrite('drafts.create')
export const useUpdateDraft: Write<'drafts.update'> = () => useDraftWrite('drafts.update')
export const useSubmitDraft: Write<'drafts.submit'> = () => useDraftWrite('drafts.submit')
export const useReviewDraft: Write<'drafts.review'> = () => useDraftWrite('drafts.review')
export const useCheckDraftFormat: Write<'drafts.checkFormat'> = () =>
  useDraftWrite('drafts.checkFormat')
export const useSignDraft: Write<'drafts.sign'> = () => useDraftWrite('drafts.sign')
export const useCommentDraft: Write<'drafts.comment'> = () => useDraftWrite('drafts.comment')
export const useCancelDraft: Write<'drafts.cancel'> = () => useDraftWrite('drafts.cancel')
