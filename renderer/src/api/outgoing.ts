import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { QueryClient, UseMutationResult, UseQueryResult } from '@tanstack/react-query'
import type { Input, Output } from '../../../shared/api/contract'
import type { NumberPreview, Reservation } from '../../../shared/api/outgoing-types'
import { call } from './client'
import { keys } from './keys'

// Văn bản đi (issue 5): numbering, issuing, sending, recall. Every query of this feature
// starts with ['outgoing']; issued documents live under ['documents'] like incoming ones.
export const outgoingKeys = {
  all: ['outgoing'] as const,
  preview: (input: Input<'outgoing.preview'>) => ['outgoing', 'preview', input] as const,
  reservations: (filter: Input<'outgoing.reservations'>) =>
    ['outgoing', 'reservations', filter] as const,
}

/**
 * An issue closes a draft, answers an incoming document, completes a task and puts the
 * document in units' queues: every list that may show one of those is stale afterwards.
 */
const touchedRoots = ['documents', 'outgoing', 'drafts', 'inbox', 'tasks', 'notifications'] as const

async function refreshAfterOutgoingWrite(client: QueryClient): Promise<void> {
  await Promise.all(touchedRoots.map((root) => client.invalidateQueries({ queryKey: [root] })))
}

/**
 * The số, ký hiệu the next issue would get. A hint only: the core takes the number again,
 * atomically, when it issues, so the preview is never cached and is refreshed while shown.
 */
export function useNumberPreview(
  input: Input<'outgoing.preview'>,
  enabled: boolean,
): UseQueryResult<NumberPreview> {
  return useQuery({
    queryKey: outgoingKeys.preview(input),
    queryFn: () => call('outgoing.preview', input),
    enabled,
    staleTime: 0,
    refetchInterval: 30_000,
    placeholderData: keepPreviousData,
  })
}

/** Numbers taken ahead ("lấy số trước"), newest first as the core lists them. */
export function useReservations(
  filter: Input<'outgoing.reservations'>,
  enabled = true,
): UseQueryResult<Reservation[]> {
  return useQuery({
    queryKey: outgoingKeys.reservations(filter),
    queryFn: () => call('outgoing.reservations', filter),
    enabled,
    staleTime: 0,
    placeholderData: keepPreviousData,
  })
}

type Write =
  | 'outgoing.issue'
  | 'outgoing.reserve'
  | 'outgoing.release'
  | 'outgoing.send'
  | 'outgoing.addRecipients'
  | 'outgoing.receive'
  | 'outgoing.recall'

function useOutgoingWrite<M extends Write>(
  method: M,
): UseMutationResult<Output<M>, Error, Input<M>> {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: Input<M>) => call(method, input),
    onSuccess: async (value) => {
      // A document answer is the fresh state of that document: show it at once.
      if ('outgoing' in value) {
        client.setQueryData(keys.document(value.id), value)
      }
      await refreshAfterOutgoingWrite(client)
    },
  })
}

type Mutation<M extends Write> = () => UseMutationResult<Output<M>, Error, Input<M>>

export const useIssue: Mutation<'outgoing.issue'> = () => useOutgoingWrite('outgoing.issue')
export const useReserve: Mutation<'outgoing.reserve'> = () => useOutgoingWrite('outgoing.reserve')
export const useRelease: Mutation<'outgoing.release'> = () => useOutgoingWrite('outgoing.release')
export const useSend: Mutation<'outgoing.send'> = () => useOutgoingWrite('outgoing.send')
export const useAddRecipients: Mutation<'outgoing.addRecipients'> = () =>
  useOutgoingWrite('outgoing.addRecipients')
export const useReceive: Mutation<'outgoing.receive'> = () => useOutgoingWrite('outgoing.receive')
export const useRecall: Mutation<'outgoing.recall'> = () => useOutgoingWrite('outgoing.recall')

/** The Sổ đăng ký văn bản đi printed for a period, as PDF or Excel bytes. */
export function useOutgoingRegisterReport(): UseMutationResult<
  Uint8Array,
  Error,
  Input<'reports.outgoingRegister'>
> {
  return useMutation({
    mutationFn: (input: Input<'reports.outgoingRegister'>) =>
      call('reports.outgoingRegister', input),
  })
}
