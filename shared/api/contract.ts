import { z } from 'zod'
import type { Role } from './roles'
import {
  fullNameSchema,
  idSchema,
  optionalText,
  organIdSchema,
  passwordSchema,
  positionSchema,
  rolesSchema,
  shortNameSchema,
  unitNameSchema,
  usernameSchema,
} from './schemas'
import type { Agency, LoginResult, SessionInfo, SetupResult, SystemInfo, Unit, User } from './types'
import type { MethodName } from './method-names'

/**
 * Who may call a method: anyone (before login), any signed-in user, or holders of one of the
 * roles. Finer rules (a document's readers, a unit leader's unit) live in the feature's service.
 */
export type Access = 'public' | 'session' | readonly Role[]

export type MethodDef<I extends z.ZodType, O> = {
  input: I
  access: Access
  /** Writes are audited by dispatch. */
  writes: boolean
  /** Phantom: the output type, never set at run time. */
  output?: O
}

const method =
  <O>() =>
  <I extends z.ZodType>(def: Omit<MethodDef<I, O>, 'output'>): MethodDef<I, O> =>
    def

const empty = z.object({}).strict()
const admin = ['quan_tri'] as const

const optionalOrganId = organIdSchema
  .nullish()
  .or(z.literal(''))
  .transform((s) => (s ? s : null))

/** The one description of the API. Doors, the preload and the typed client derive from it. */
export const contract = {
  'system.info': method<SystemInfo>()({ input: empty, access: 'public', writes: false }),

  'setup.init': method<SetupResult>()({
    input: z.object({
      agencyName: unitNameSchema,
      agencyShortName: shortNameSchema,
      agencyCode: optionalOrganId,
      adminUsername: usernameSchema,
      adminFullName: fullNameSchema,
      adminPassword: passwordSchema,
    }),
    access: 'public',
    writes: true,
  }),

  'auth.login': method<LoginResult>()({
    input: z.object({
      username: z
        .string({ error: 'Nhập tên đăng nhập' })
        .trim()
        .toLowerCase()
        .min(1, 'Nhập tên đăng nhập')
        .max(50),
      password: z.string({ error: 'Nhập mật khẩu' }).min(1, 'Nhập mật khẩu').max(128),
    }),
    access: 'public',
    writes: false,
  }),
  'auth.logout': method<null>()({ input: empty, access: 'session', writes: false }),
  'auth.session': method<SessionInfo>()({ input: empty, access: 'session', writes: false }),
  'auth.changePassword': method<null>()({
    input: z.object({
      currentPassword: z
        .string({ error: 'Nhập mật khẩu hiện tại' })
        .min(1, 'Nhập mật khẩu hiện tại'),
      newPassword: passwordSchema,
    }),
    access: 'session',
    writes: true,
  }),

  'agency.get': method<Agency>()({ input: empty, access: 'session', writes: false }),
  'agency.update': method<Agency>()({
    input: z.object({ name: unitNameSchema, shortName: shortNameSchema, code: optionalOrganId }),
    access: admin,
    writes: true,
  }),

  'units.list': method<Unit[]>()({
    input: z.object({ includeDisabled: z.boolean().optional() }),
    access: 'session',
    writes: false,
  }),
  'units.create': method<Unit>()({
    input: z.object({
      parentId: idSchema,
      name: unitNameSchema,
      shortName: shortNameSchema,
      code: optionalOrganId,
    }),
    access: admin,
    writes: true,
  }),
  'units.update': method<Unit>()({
    input: z.object({
      id: idSchema,
      parentId: idSchema.optional(),
      name: unitNameSchema.optional(),
      shortName: shortNameSchema.optional(),
      code: optionalOrganId.optional(),
      sortOrder: z.number().int().min(0).max(10_000).optional(),
    }),
    access: admin,
    writes: true,
  }),
  'units.setDisabled': method<Unit>()({
    input: z.object({ id: idSchema, disabled: z.boolean() }),
    access: admin,
    writes: true,
  }),

  'users.list': method<User[]>()({
    input: z.object({ includeDisabled: z.boolean().optional(), unitId: idSchema.optional() }),
    access: 'session',
    writes: false,
  }),
  'users.create': method<User>()({
    input: z.object({
      username: usernameSchema,
      fullName: fullNameSchema,
      position: positionSchema,
      unitId: idSchema,
      roles: rolesSchema,
      password: passwordSchema,
      email: optionalText(100, 'email'),
      phone: optionalText(20, 'số điện thoại'),
    }),
    access: admin,
    writes: true,
  }),
  'users.update': method<User>()({
    input: z.object({
      id: idSchema,
      fullName: fullNameSchema.optional(),
      position: positionSchema.optional(),
      unitId: idSchema.optional(),
      roles: rolesSchema.optional(),
      email: optionalText(100, 'email').optional(),
      phone: optionalText(20, 'số điện thoại').optional(),
    }),
    access: admin,
    writes: true,
  }),
  'users.setDisabled': method<User>()({
    input: z.object({ id: idSchema, disabled: z.boolean() }),
    access: admin,
    writes: true,
  }),
  'users.resetPassword': method<null>()({
    input: z.object({ id: idSchema, newPassword: passwordSchema }),
    access: admin,
    writes: true,
  }),
  'users.delete': method<null>()({
    input: z.object({ id: idSchema }),
    access: admin,
    writes: true,
  }),
} satisfies Record<MethodName, MethodDef<z.ZodType, unknown>>

export type Contract = typeof contract
export type Input<M extends MethodName> = z.input<Contract[M]['input']>
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>
export type Output<M extends MethodName> = Exclude<Contract[M]['output'], undefined>
