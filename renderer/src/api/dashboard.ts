import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { UseMutationResult, UseQueryResult } from '@tanstack/react-query'
import type { Input } from '../../../shared/api/contract'
import type { Dashboard, TaskSettings } from '../../../shared/api/task-types'
import { call } from './client'

export type DashboardInput = Input<'tasks.dashboard'>

// Dashboard data lives under ['dashboard', …] and task settings under ['tasks', …], so every
// task write (which invalidates both roots) refreshes what this screen shows.
const dashboardKey = (input: DashboardInput) => ['dashboard', input] as const
const settingsKey = ['tasks', 'settings'] as const

export function useDashboard(input: DashboardInput): UseQueryResult<Dashboard> {
  return useQuery({
    queryKey: dashboardKey(input),
    queryFn: () => call('tasks.dashboard', input),
  })
}

export function useTaskSettings(): UseQueryResult<TaskSettings> {
  return useQuery({ queryKey: settingsKey, queryFn: () => call('tasks.settings', {}) })
}

export function useUpdateTaskSettings(): UseMutationResult<
  TaskSettings,
  Error,
  Input<'tasks.updateSettings'>
> {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: Input<'tasks.updateSettings'>) => call('tasks.updateSettings', input),
    onSuccess: async (settings) => {
      client.setQueryData(settingsKey, settings)
      // "Sắp đến hạn" is judged with this window everywhere: lists, counts and reminders.
      await Promise.all([
        client.invalidateQueries({ queryKey: ['tasks'] }),
        client.invalidateQueries({ queryKey: ['dashboard'] }),
        client.invalidateQueries({ queryKey: ['inbox'] }),
        client.invalidateQueries({ queryKey: ['notifications'] }),
      ])
    },
  })
}
