import { z } from 'zod'
import { admin, method } from '../define'
import {
  fullNameSchema,
  idSchema,
  optionalText,
  passwordSchema,
  positionSchema,
  rolesSchema,
  shortNameSchema,
  unitNameSchema,
  usernameSchema,
} from '../schemas'
import type { Agency, Unit, User } from '../types'
import { optionalOrganId } from './system'

const empty = z.object({}).strict()

/** The agency, its units and its people. */
export const peopleMethods = {
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
}
