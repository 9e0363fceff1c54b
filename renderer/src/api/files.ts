import { useMutation, useQuery } from '@tanstack/react-query'
import type { UseMutationResult, UseQueryResult } from '@tanstack/react-query'
import type { UploadResult } from '../../../shared/api/document-types'
import { call } from './client'
import { keys } from './keys'

/** Sends one file to the core, which stores it, reads its pages and suggests metadata. */
export function useUploadFile(): UseMutationResult<UploadResult, Error, File> {
  return useMutation({
    mutationFn: async (file: File) => {
      const bytes = new Uint8Array(await file.arrayBuffer())
      return call('files.upload', { name: file.name, bytes })
    },
  })
}

/** A stored file's bytes, by its SHA-256: the preview never sees a path. */
export function useFileContent(sha256: string | null): UseQueryResult<Uint8Array> {
  return useQuery({
    queryKey: keys.fileContent(sha256 ?? ''),
    queryFn: () => call('files.content', { sha256: sha256 ?? '' }),
    enabled: sha256 !== null,
    // Files are immutable: the same hash is the same bytes for ever.
    staleTime: Infinity,
    gcTime: 60_000,
  })
}
