import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { UseMutationResult, UseQueryResult } from '@tanstack/react-query'
import type { Input } from '../../../../shared/api/contract'
import type { BackupInfo, BackupSettings } from '../../../../shared/api/methods/backup'
import { call } from '../../api/client'

// Hooks over the typed client for the Sao lưu screen (admins only; the core checks).

const root = ['backup'] as const

export function useBackupSettings(): UseQueryResult<BackupSettings> {
  return useQuery({ queryKey: [...root, 'settings'], queryFn: () => call('backup.settings', {}) })
}

export function useBackups(): UseQueryResult<BackupInfo[]> {
  return useQuery({ queryKey: [...root, 'list'], queryFn: () => call('backup.list', {}) })
}

export function useSaveBackupSettings(): UseMutationResult<
  BackupSettings,
  Error,
  Input<'backup.saveSettings'>
> {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: Input<'backup.saveSettings'>) => call('backup.saveSettings', input),
    // A new folder shows other archives; a smaller "keep" prunes at the next backup.
    onSuccess: () => client.invalidateQueries({ queryKey: root }),
  })
}

export function useRunBackup(): UseMutationResult<BackupInfo, Error, void> {
  const client = useQueryClient()
  return useMutation({
    mutationFn: () => call('backup.run', {}),
    onSettled: () => client.invalidateQueries({ queryKey: root }),
  })
}
