import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { UseMutationResult, UseQueryResult } from '@tanstack/react-query'
import type {
  AccessExplanation,
  AccessMatrix,
  DocumentGrant,
} from '../../../../shared/api/access-types'
import type { Input } from '../../../../shared/api/contract'
import { call } from '../../api/client'
import { keys } from '../../api/keys'

// Quyền xem văn bản: the access list of one document, the role matrix, and the admin's "why".

const grantsKey = (documentId: number): readonly unknown[] => [
  ...keys.documents,
  'grants',
  documentId,
]

export function useGrants(documentId: number, enabled: boolean): UseQueryResult<DocumentGrant[]> {
  return useQuery({
    queryKey: grantsKey(documentId),
    queryFn: () => call('access.grants', { documentId }),
    enabled,
  })
}

function useGrantWrite<M extends 'access.grant' | 'access.revoke'>(
  method: M,
  documentId: number,
): UseMutationResult<DocumentGrant, Error, Input<M>> {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: Input<M>) => call(method, input) as Promise<DocumentGrant>,
    // The document's history shows grants too: refresh the whole document, list included.
    onSuccess: () => client.invalidateQueries({ queryKey: keys.document(documentId) }),
    onSettled: () => client.invalidateQueries({ queryKey: grantsKey(documentId) }),
  })
}

export const useGrant = (
  documentId: number,
): UseMutationResult<DocumentGrant, Error, Input<'access.grant'>> =>
  useGrantWrite('access.grant', documentId)

export const useRevoke = (
  documentId: number,
): UseMutationResult<DocumentGrant, Error, Input<'access.revoke'>> =>
  useGrantWrite('access.revoke', documentId)

export function useAccessMatrix(): UseQueryResult<AccessMatrix> {
  return useQuery({ queryKey: ['access', 'matrix'], queryFn: () => call('access.matrix', {}) })
}

export function useExplain(): UseMutationResult<AccessExplanation, Error, Input<'access.explain'>> {
  return useMutation({
    mutationFn: (input: Input<'access.explain'>) => call('access.explain', input),
  })
}
