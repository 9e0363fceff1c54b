import { z } from 'zod'
import { limitedNumber, limitedText } from '../../domain/field-limits'
import { doKhanSchema, doMatSchema, phuongThucNhanSchema } from '../../domain/levels'
import { admin, clerks, method } from '../define'
import type {
  DocumentDetail,
  DocumentPage,
  DocumentTypeEntry,
  DuplicateMatch,
  IntakeItem,
  Issuer,
  NextNumber,
  Register,
  UploadResult,
} from '../document-types'
import { fileNameSchema, idSchema, requiredText } from '../schemas'

const isoDate = z
  .string({ error: 'Nhập ngày' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày có dạng dd/MM/yyyy')
  .refine(
    (s) =>
      !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) &&
      new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    'Ngày không có thật',
  )
const optionalDate = isoDate.nullish()
// Optional: a missing key stays undefined (an edit leaves that field alone), an empty form
// field becomes null (clears it). Return type inferred: an explicit ZodType would lose zod's
// "optional key" marker.
const optional = <T extends z.ZodType>(s: T) => s.nullish().transform((v) => (v === '' ? null : v))
const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'Mã tệp không hợp lệ')
const direction = z.enum(['in', 'out'])
const year = z.number().int().min(1945).max(2200)

const readers = ['van_thu', 'lanh_dao', 'chuyen_vien', 'quan_tri'] as const

/** Fields of an incoming document (DOMAIN §1.9), with their lengths. */
const incomingFields = {
  ngayDen: isoDate,
  so: optional(limitedText('CodeNumber').trim()),
  kyHieu: optional(limitedText('CodeNotation').trim()),
  ngayBanHanh: optionalDate,
  coQuanBanHanh: requiredText('cơ quan ban hành', 200),
  loaiVanBan: z.string({ error: 'Chọn loại văn bản' }).min(1, 'Chọn loại văn bản'),
  trichYeu: requiredText('trích yếu', 500),
  nguoiKy: optional(limitedText('FullName').trim()),
  chucVuNguoiKy: optional(limitedText('Position').trim()),
  soTrang: optional(limitedNumber('PageAmount')),
  doKhan: doKhanSchema.optional(),
  doMat: doMatSchema.optional(),
  hanXuLy: optionalDate,
  donViNhanId: optional(idSchema),
  nguoiNhanId: optional(idSchema),
  noiNhan: optional(limitedText('ToPlaces').trim()),
  phuongThuc: phuongThucNhanSchema.optional(),
  ghiChu: optional(limitedText('Description').trim()),
}

const fileRef = z.object({ sha256, name: fileNameSchema })

export const documentMethods = {
  'registers.list': method<Register[]>()({
    input: z.object({ direction: direction.optional(), includeDisabled: z.boolean().optional() }),
    access: 'session',
    writes: false,
  }),
  'registers.create': method<Register>()({
    input: z.object({
      direction,
      name: requiredText('tên sổ', 200),
      code: requiredText('mã sổ', 20),
      secret: z.boolean().default(false),
      isDefault: z.boolean().default(false),
    }),
    access: admin,
    writes: true,
  }),
  'registers.update': method<Register>()({
    input: z.object({
      id: idSchema,
      name: requiredText('tên sổ', 200).optional(),
      code: requiredText('mã sổ', 20).optional(),
      isDefault: z.literal(true).optional(),
    }),
    access: admin,
    writes: true,
  }),
  'registers.setDisabled': method<Register>()({
    input: z.object({ id: idSchema, disabled: z.boolean() }),
    access: admin,
    writes: true,
  }),
  'registers.nextNumber': method<NextNumber>()({
    input: z.object({ registerId: idSchema, year }),
    access: clerks,
    writes: false,
  }),

  'catalog.documentTypes': method<DocumentTypeEntry[]>()({
    input: z.object({}),
    access: 'session',
    writes: false,
  }),
  'issuers.search': method<Issuer[]>()({
    input: z.object({ q: z.string().max(200), limit: z.number().int().min(1).max(50).default(10) }),
    access: 'session',
    writes: false,
  }),

  /** Bytes in: the HTTP door accepts them as a raw body, IPC as a Uint8Array. */
  'files.upload': method<UploadResult>()({
    input: z.object({
      name: fileNameSchema,
      bytes: z.instanceof(Uint8Array, { error: 'Thiếu nội dung tệp' }),
    }),
    access: readers,
    writes: true,
  }),
  /** Bytes out, for the preview: only to someone who may see a document holding the file. */
  'files.content': method<Uint8Array>()({
    input: z.object({ sha256 }),
    access: 'session',
    writes: false,
  }),

  'intake.list': method<IntakeItem[]>()({ input: z.object({}), access: clerks, writes: false }),
  'intake.add': method<IntakeItem>()({
    input: z.object({ file: fileRef }),
    access: clerks,
    writes: true,
  }),
  'intake.dismiss': method<null>()({
    input: z.object({ id: idSchema, reason: requiredText('lý do', 500) }),
    access: clerks,
    writes: true,
  }),

  'documents.checkDuplicates': method<DuplicateMatch[]>()({
    input: z.object({
      so: z.string().nullish(),
      kyHieu: z.string().nullish(),
      coQuanBanHanh: z.string().nullish(),
      ngayBanHanh: z.string().nullish(),
      sha256s: z.array(sha256).max(50).default([]),
    }),
    access: clerks,
    writes: false,
  }),
  'documents.registerIncoming': method<DocumentDetail>()({
    input: z.object({
      registerId: idSchema,
      ...incomingFields,
      // Defaults for a new document only: an edit leaves a missing field alone.
      doKhan: doKhanSchema.default('thuong'),
      doMat: doMatSchema.default('thuong'),
      phuongThuc: phuongThucNhanSchema.default('giay'),
      files: z.array(fileRef).max(50).default([]),
      intakeId: optional(idSchema),
      /** The clerk saw the duplicate warning and registers anyway. */
      acceptDuplicate: z.boolean().default(false),
    }),
    access: clerks,
    writes: true,
  }),
  'documents.updateIncoming': method<DocumentDetail>()({
    input: z
      .object({ id: idSchema, ...incomingFields, files: z.array(fileRef).max(50).optional() })
      .partial({
        ngayDen: true,
        coQuanBanHanh: true,
        loaiVanBan: true,
        trichYeu: true,
      }),
    access: clerks,
    writes: true,
  }),
  'documents.list': method<DocumentPage>()({
    input: z.object({
      direction,
      year: year.optional(),
      registerId: idSchema.optional(),
      loaiVanBan: z.string().optional(),
      coQuanBanHanh: z.string().max(200).optional(),
      doKhan: doKhanSchema.optional(),
      from: isoDate.optional(),
      to: isoDate.optional(),
      status: z.string().max(40).optional(),
      sort: z
        .object({
          field: z.enum([
            'soDen',
            'ngayDen',
            'ngayBanHanh',
            'coQuanBanHanh',
            'trichYeu',
            'soKyHieu',
            'hanXuLy',
          ]),
          order: z.enum(['asc', 'desc']),
        })
        .default({ field: 'soDen', order: 'desc' }),
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(1000).default(100),
    }),
    access: readers,
    writes: false,
  }),
  'documents.get': method<DocumentDetail>()({
    input: z.object({ id: idSchema }),
    access: readers,
    writes: false,
  }),

  'reports.incomingRegister': method<Uint8Array>()({
    input: z.object({
      registerId: idSchema,
      from: isoDate,
      to: isoDate,
      format: z.enum(['pdf', 'xlsx']),
    }),
    access: ['van_thu', 'lanh_dao'],
    writes: false,
  }),
}
