import { z } from 'zod'
import type { AuditPage, AuditRow, AuditVerifyResult } from '../../audit/types'
import { auditRecordTypes } from '../../audit/types'
import { admin, method } from '../define'
import { idSchema, isoDateSchema } from '../schemas'

// Nhật ký hệ thống (issue 7, item 2): the admin's view of the trail, each record's own
// history, and the integrity check.

export const auditMethods = {
  /** Newest first. Dates are calendar days in Asia/Ho_Chi_Minh, both ends included. */
  'audit.list': method<AuditPage>()({
    input: z.object({
      actorUserId: idSchema.optional(),
      method: z.string().max(60).optional(),
      recordType: z.string().max(40).optional(),
      recordId: idSchema.optional(),
      from: isoDateSchema.optional(),
      to: isoDateSchema.optional(),
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(500).default(50),
    }),
    access: admin,
    writes: false,
  }),
  /** One record's history, for anyone who may see the record. */
  'audit.record': method<AuditRow[]>()({
    input: z.object({
      recordType: z.enum(auditRecordTypes, { error: 'Loại bản ghi không có lịch sử' }),
      recordId: idSchema,
    }),
    access: 'session',
    writes: false,
  }),
  'audit.verify': method<AuditVerifyResult>()({
    input: z.object({}),
    access: admin,
    writes: false,
  }),
}
