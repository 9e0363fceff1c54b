import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query'
import type { UseMutationResult, UseQueryResult } from '@tanstack/react-query'
import type { Input } from '../../../../shared/api/contract'
import type {
  AuditPage,
  AuditRecordType,
  AuditRow,
  AuditVerifyResult,
} from '../../../../shared/audit/types'
import { call } from '../../api/client'

export type AuditFilters = Input<'audit.list'>

const auditKeys = {
  list: (f: AuditFilters) => ['audit', 'list', f] as const,
  record: (type: AuditRecordType, id: number) => ['audit', 'record', type, id] as const,
}

/** One page of the trail; the previous page stays on screen while the next one loads. */
export function useAuditList(filters: AuditFilters): UseQueryResult<AuditPage> {
  return useQuery({
    queryKey: auditKeys.list(filters),
    queryFn: () => call('audit.list', filters),
    placeholderData: keepPreviousData,
  })
}

/** A record's own history; asked for only while the drawer is open. */
export function useAuditRecord(
  recordType: AuditRecordType,
  recordId: number,
  enabled: boolean,
): UseQueryResult<AuditRow[]> {
  return useQuery({
    queryKey: auditKeys.record(recordType, recordId),
    queryFn: () => call('audit.record', { recordType, recordId }),
    enabled,
    staleTime: 0,
  })
}

export function useAuditVerify(): UseMutationResult<AuditVerifyResult, Error, void> {
  return useMutation({ mutationFn: () => call('audit.verify', {}) })
}
