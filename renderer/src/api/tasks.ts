import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { QueryClient, UseMutationResult, UseQueryResult } from '@tanstack/react-query'
import type { Input, Output } from '../../../shared/api/contract'
import type { DocumentFlow, TaskDetail, TaskPage } from '../../../shared/api/task-types'
import { call } from './client'
import { keys } from './keys'

export type TaskFilter = Omit<Input<'tasks.list'>, 'offset' | 'limit'>

// Keys of issue 4 (direction and tasks): every task query under ['tasks'], the phiếu of a
// document under ['documents', 'flow', id], so a write refreshes every screen that shows it.
// Work moves under several people's hands at once: every task screen asks again when it opens
// (staleTime 0) while showing what it had, so nobody acts on a state that has passed.
export const taskKeys = {
  all: ['tasks'] as const,
  list: (filter: TaskFilter, offset: number, limit: number) =>
    ['tasks', 'list', filter, offset, limit] as const,
  detail: (id: number) => ['tasks', 'get', id] as const,
  flow: (documentId: number) => ['documents', 'flow', documentId] as const,
}

/** Roots every direction or task write makes stale: lists, boxes, dashboard, bell, documents. */
const touchedRoots = ['tasks', 'inbox', 'dashboard', 'notifications', 'documents'] as const

export async function refreshAfterTaskWrite(client: QueryClient): Promise<void> {
  await Promise.all(touchedRoots.map((root) => client.invalidateQueries({ queryKey: [root] })))
}

/** One page of tasks plus the bucket counts of everything the other filters match. */
export function useTaskList(
  filter: TaskFilter,
  offset: number,
  limit: number,
): UseQueryResult<TaskPage> {
  return useQuery({
    queryKey: taskKeys.list(filter, offset, limit),
    queryFn: () => call('tasks.list', { ...filter, offset, limit }),
    // A filter change keeps the old rows on screen until the new ones arrive: no flicker.
    placeholderData: keepPreviousData,
    staleTime: 0,
  })
}

export function useTask(id: number | null): UseQueryResult<TaskDetail> {
  return useQuery({
    queryKey: taskKeys.detail(id ?? 0),
    queryFn: () => call('tasks.get', { id: id ?? 0 }),
    enabled: id !== null,
    staleTime: 0,
  })
}

/** The Phiếu giải quyết of an incoming document: steps, tasks, informed people, actions. */
export function useDocumentFlow(documentId: number): UseQueryResult<DocumentFlow> {
  return useQuery({
    queryKey: taskKeys.flow(documentId),
    queryFn: () => call('documents.flow', { documentId }),
    staleTime: 0,
  })
}

type FlowWrite = 'documents.present' | 'documents.direct'
type TaskWrite =
  | 'tasks.create'
  | 'tasks.assign'
  | 'tasks.report'
  | 'tasks.requestExtension'
  | 'tasks.decideExtension'
  | 'tasks.requestExplanation'
  | 'tasks.explain'
  | 'tasks.complete'
  | 'tasks.reopen'

function useWrite<M extends FlowWrite | TaskWrite>(
  method: M,
): UseMutationResult<Output<M>, Error, Input<M>> {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: Input<M>) => call(method, input),
    onSuccess: async (value) => {
      // The answer is the fresh state: show it at once, then refresh everything it touches.
      if ('actions' in value && 'events' in value) {
        client.setQueryData(taskKeys.detail(value.id), value)
      } else if ('documentId' in value && 'steps' in value) {
        client.setQueryData(taskKeys.flow(value.documentId), value)
      }
      await refreshAfterTaskWrite(client)
    },
  })
}

type Write<M extends FlowWrite | TaskWrite> = () => UseMutationResult<Output<M>, Error, Input<M>>

export const usePresent: Write<'documents.present'> = () => useWrite('documents.present')
export const useDirect: Write<'documents.direct'> = () => useWrite('documents.direct')
export const useCreateTask: Write<'tasks.create'> = () => useWrite('tasks.create')
export const useAssignTask: Write<'tasks.assign'> = () => useWrite('tasks.assign')
export const useReportTask: Write<'tasks.report'> = () => useWrite('tasks.report')
export const useRequestExtension: Write<'tasks.requestExtension'> = () =>
  useWrite('tasks.requestExtension')
export const useDecideExtension: Write<'tasks.decideExtension'> = () =>
  useWrite('tasks.decideExtension')
export const useRequestExplanation: Write<'tasks.requestExplanation'> = () =>
  useWrite('tasks.requestExplanation')
export const useExplain: Write<'tasks.explain'> = () => useWrite('tasks.explain')
export const useCompleteTask: Write<'tasks.complete'> = () => useWrite('tasks.complete')
export const useReopenTask: Write<'tasks.reopen'> = () => useWrite('tasks.reopen')

/** Fetches a report's or result's file by its hash (the core checks who may read it). */
export function useFileBytes(): (sha256: string) => Promise<Uint8Array> {
  const client = useQueryClient()
  return (sha256) =>
    client.fetchQuery({
      queryKey: keys.fileContent(sha256),
      queryFn: () => call('files.content', { sha256 }),
      staleTime: Infinity,
    })
}
