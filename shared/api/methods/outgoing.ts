import { z } from 'zod'
import { limitedNumber, limitedText } from '../../domain/field-limits'
import { doKhanSchema, doMatSchema, thamQuyenKySchema } from '../../domain/levels'
import { clerks, method } from '../define'
import type { DocumentDetail } from '../document-types'
import type {
  DraftDetail,
  DraftPage,
  DraftPeople,
  NumberPreview,
  Reservation,
} from '../outgoing-types'
import { draftStatuses, sendWays } from '../outgoing-types'
import {
  editableText,
  fileNameSchema,
  idSchema,
  isoDateSchema,
  optionalText,
  requiredText,
} from '../schemas'

// Văn bản đi (issue 5): drafts and their review, numbering and issuing, sending, recall /
// replace / correct, and the outgoing register. Roles open the door; who may act on one draft
// (its drafter, the leader it waits on, the signer) is decided by the core.

const staff = ['van_thu', 'lanh_dao', 'chuyen_vien'] as const
const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'Mã tệp không hợp lệ')
const fileRef = z.object({ sha256, name: fileNameSchema })
const year = z.number().int().min(1945).max(2200)

/** A recipient: a unit of the agency (by id) or a body outside it (by name, from the directory). */
export const recipientInput = z.union(
  [
    z.object({ kind: z.literal('unit'), unitId: idSchema }),
    z.object({ kind: z.literal('outside'), name: requiredText('tên nơi nhận', 200) }),
  ],
  { error: 'Nơi nhận là một đơn vị trong cơ quan hoặc một cơ quan bên ngoài' },
)
const recipients = z.array(recipientInput).max(300, 'Tối đa 300 nơi nhận')

const draftFields = {
  loaiVanBan: z.string({ error: 'Chọn loại văn bản' }).min(1, 'Chọn loại văn bản'),
  trichYeu: requiredText('trích yếu', 500),
  draftingUnitId: idSchema,
  doKhan: doKhanSchema,
  doMat: doMatSchema,
  recipients,
  soLuongBan: limitedNumber('IssuedAmount').nullish(),
  ghiChu: editableText(500, 'ghi chú'),
  /** The incoming document this draft answers ("trả lời văn bản số …"). */
  replyToDocumentId: idSchema.nullish(),
  /** The task the draft completes. */
  taskId: idSchema.nullish(),
  /** The leader proposed to sign. */
  signerId: idSchema.nullish(),
  files: z.array(fileRef).max(20),
}

const decision = z.enum(['approve', 'return'])
const comment = optionalText(2000, 'ý kiến')

export const outgoingMethods = {
  'drafts.create': method<DraftDetail>()({
    input: z.object({
      ...draftFields,
      doKhan: doKhanSchema.default('thuong'),
      doMat: doMatSchema.default('thuong'),
      recipients: recipients.default([]),
      files: z.array(fileRef).min(1, 'Đính kèm tệp dự thảo').max(20),
    }),
    access: staff,
    writes: true,
  }),
  /** The drafter edits while the draft is with them; new files make a new version. */
  'drafts.update': method<DraftDetail>()({
    input: z.object({ id: idSchema, ...draftFields }).partial({
      loaiVanBan: true,
      trichYeu: true,
      draftingUnitId: true,
      doKhan: true,
      doMat: true,
      recipients: true,
      files: true,
    }),
    access: staff,
    writes: true,
  }),
  /** Trình: to a unit leader, or straight to the văn thư when the drafter leads the unit. */
  'drafts.submit': method<DraftDetail>()({
    input: z.object({
      id: idSchema,
      reviewerId: idSchema.nullish(),
      signerId: idSchema,
      comment,
    }),
    access: staff,
    writes: true,
  }),
  /** The leader the draft waits on: approve (on to the văn thư), return, or pass to another leader. */
  'drafts.review': method<DraftDetail>()({
    input: z.object({
      id: idSchema,
      decision: z.enum(['approve', 'return', 'forward']),
      comment,
      /** forward: the next leader. */
      reviewerId: idSchema.nullish(),
      /** approve: a different signer than the one proposed. */
      signerId: idSchema.nullish(),
      /** The leader's own edit of the content: a new version. */
      files: z.array(fileRef).max(20).optional(),
    }),
    access: ['lanh_dao'],
    writes: true,
  }),
  /** The văn thư checks thể thức (NĐ 30 Phụ lục I). */
  'drafts.checkFormat': method<DraftDetail>()({
    input: z.object({
      id: idSchema,
      decision,
      comment,
      files: z.array(fileRef).max(20).optional(),
    }),
    access: clerks,
    writes: true,
  }),
  /** The signer approves the draft (or returns it). */
  'drafts.sign': method<DraftDetail>()({
    input: z.object({
      id: idSchema,
      decision,
      comment,
      files: z.array(fileRef).max(20).optional(),
    }),
    access: ['lanh_dao'],
    writes: true,
  }),
  'drafts.comment': method<DraftDetail>()({
    input: z.object({ id: idSchema, comment: requiredText('ý kiến', 2000) }),
    access: staff,
    writes: true,
  }),
  'drafts.cancel': method<DraftDetail>()({
    input: z.object({ id: idSchema, reason: requiredText('lý do hủy', 500) }),
    access: staff,
    writes: true,
  }),
  'drafts.list': method<DraftPage>()({
    input: z.object({
      /** mine: I drafted; waiting: waits on me (or on the văn thư, for a clerk); all: all I may see. */
      box: z.enum(['mine', 'waiting', 'all']).default('all'),
      status: z.enum(draftStatuses).optional(),
      limit: z.number().int().min(1).max(500).default(200),
    }),
    access: staff,
    writes: false,
  }),
  'drafts.get': method<DraftDetail>()({
    input: z.object({ id: idSchema }),
    access: staff,
    writes: false,
  }),
  /** Who can review drafts of a unit, and who can sign. */
  'drafts.people': method<DraftPeople>()({
    input: z.object({ unitId: idSchema }),
    access: staff,
    writes: false,
  }),

  /** The number and số, ký hiệu the next issue would get; re-taken at issue time. */
  'outgoing.preview': method<NumberPreview>()({
    input: z.object({
      registerId: idSchema.optional(),
      loaiVanBan: z.string().min(1, 'Chọn loại văn bản'),
      draftingUnitId: idSchema.nullish(),
      ngayBanHanh: isoDateSchema.optional(),
      quyPham: z.boolean().default(false),
    }),
    access: clerks,
    writes: false,
  }),
  /**
   * Ban hành: takes the next number of the register for the year of ngày ban hành (or uses a
   * reserved one), registers the document, attaches the signed file, links the reply /
   * replacement / correction, and closes the answered document and task, in one transaction.
   */
  'outgoing.issue': method<DocumentDetail>()({
    input: z.object({
      draftId: idSchema.nullish(),
      reservationId: idSchema.nullish(),
      registerId: idSchema.nullish(),
      loaiVanBan: z.string().min(1, 'Chọn loại văn bản').optional(),
      trichYeu: requiredText('trích yếu', 500).optional(),
      draftingUnitId: idSchema.nullish(),
      quyPham: z.boolean().default(false),
      ngayBanHanh: isoDateSchema.optional(),
      signerId: idSchema.nullish(),
      nguoiKy: limitedText('FullName').trim().min(1, 'Nhập người ký').optional(),
      chucVuNguoiKy: optionalText(100, 'chức vụ người ký'),
      thamQuyen: thamQuyenKySchema.nullish(),
      /** KT. **Chủ tịch**: the title the authority is exercised for. */
      thamQuyenChucVu: optionalText(100, 'chức danh ký thay'),
      doKhan: doKhanSchema.optional(),
      doMat: doMatSchema.optional(),
      soTrang: limitedNumber('PageAmount').nullish(),
      soLuongBan: limitedNumber('IssuedAmount').nullish(),
      recipients: recipients.optional(),
      ghiChu: editableText(500, 'ghi chú'),
      /** The signed PDF (bản gốc điện tử) and other final files. */
      files: z.array(fileRef).max(20).default([]),
      replyToDocumentId: idSchema.nullish(),
      taskId: idSchema.nullish(),
      replacesId: idSchema.nullish(),
      correctsId: idSchema.nullish(),
    }),
    access: clerks,
    writes: true,
  }),
  /** Lấy số trước: holds the next number for a document to be signed on paper. */
  'outgoing.reserve': method<Reservation>()({
    input: z.object({
      registerId: idSchema.optional(),
      loaiVanBan: z.string().min(1, 'Chọn loại văn bản'),
      draftingUnitId: idSchema.nullish(),
      quyPham: z.boolean().default(false),
      ngay: isoDateSchema.optional(),
      trichYeu: optionalText(500, 'trích yếu'),
      note: optionalText(500, 'ghi chú'),
    }),
    access: clerks,
    writes: true,
  }),
  /** Trả số: a held number goes back; the next issue of that register and year gets it. */
  'outgoing.release': method<Reservation>()({
    input: z.object({ id: idSchema, reason: requiredText('lý do trả số', 500) }),
    access: clerks,
    writes: true,
  }),
  'outgoing.reservations': method<Reservation[]>()({
    input: z.object({ year: year.optional(), registerId: idSchema.optional() }),
    access: clerks,
    writes: false,
  }),
  /** Marks recipients as sent; a unit of the agency then finds it in its incoming queue. */
  'outgoing.send': method<DocumentDetail>()({
    input: z.object({
      id: idSchema,
      sends: z
        .array(
          z.object({
            recipientId: idSchema,
            way: z.enum(sendWays),
            sentOn: isoDateSchema.optional(),
          }),
        )
        .min(1, 'Chọn nơi nhận')
        .max(300),
    }),
    access: clerks,
    writes: true,
  }),
  /** Adds recipients after issue (a forgotten nơi nhận). */
  'outgoing.addRecipients': method<DocumentDetail>()({
    input: z.object({ id: idSchema, recipients: recipients.min(1, 'Chọn nơi nhận') }),
    access: clerks,
    writes: true,
  }),
  /** A unit of the agency acknowledges an outgoing document sent to it. */
  'outgoing.receive': method<DocumentDetail>()({
    input: z.object({ id: idSchema }),
    access: staff,
    writes: true,
  }),
  /** Thu hồi: the document is cancelled at every recipient (DOMAIN §1.6). */
  'outgoing.recall': method<DocumentDetail>()({
    input: z.object({
      id: idSchema,
      reason: requiredText('lý do thu hồi', 500),
      /** The công văn or quyết định that recalls it, when there is one. */
      byDocumentId: idSchema.nullish(),
    }),
    access: clerks,
    writes: true,
  }),

  /** Sổ đăng ký văn bản đi (DOMAIN §1.8, 10 columns), by ngày ban hành. */
  'reports.outgoingRegister': method<Uint8Array>()({
    input: z.object({
      registerId: idSchema,
      from: isoDateSchema,
      to: isoDateSchema,
      format: z.enum(['pdf', 'xlsx']),
    }),
    access: ['van_thu', 'lanh_dao'],
    writes: false,
  }),
}
