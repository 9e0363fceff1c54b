import { z } from 'zod'
import type { AccessExplanation, AccessMatrix, DocumentGrant } from '../access-types'
import { admin, method } from '../define'
import { idSchema, optionalText, requiredText } from '../schemas'

// Quyền xem văn bản (issue 7 §1). Who may manage a document's access list: văn thư, an admin,
// and a leader who can see the document (checked in the core, access/grants.ts).
const managers = ['van_thu', 'lanh_dao', 'quan_tri'] as const

export const accessMethods = {
  'access.grants': method<DocumentGrant[]>()({
    input: z.object({ documentId: idSchema }),
    access: managers,
    writes: false,
  }),
  'access.grant': method<DocumentGrant>()({
    input: z.object({
      documentId: idSchema,
      userId: idSchema,
      reason: optionalText(500, 'lý do'),
    }),
    access: managers,
    writes: true,
  }),
  'access.revoke': method<DocumentGrant>()({
    input: z.object({ grantId: idSchema, reason: requiredText('lý do thu hồi', 500) }),
    access: managers,
    writes: true,
  }),
  'access.matrix': method<AccessMatrix>()({
    input: z.object({}).strict(),
    access: admin,
    writes: false,
  }),
  'access.explain': method<AccessExplanation>()({
    input: z
      .object({
        userId: idSchema,
        documentId: idSchema.optional(),
        /** Số/ký hiệu instead of the id, e.g. 12/QĐ-UBND. */
        soKyHieu: z.string().trim().min(1).max(100).optional(),
      })
      .refine((v) => (v.documentId === undefined) !== (v.soKyHieu === undefined), {
        message: 'Nhập mã hoặc số/ký hiệu của văn bản',
        path: ['documentId'],
      }),
    access: admin,
    writes: false,
  }),
}
