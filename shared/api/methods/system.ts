import { z } from 'zod'
import { method } from '../define'
import {
  fullNameSchema,
  organIdSchema,
  passwordSchema,
  shortNameSchema,
  unitNameSchema,
  usernameSchema,
} from '../schemas'
import type { LoginResult, SessionInfo, SetupResult, SystemInfo } from '../types'

const empty = z.object({}).strict()

export const optionalOrganId = organIdSchema
  .nullish()
  .or(z.literal(''))
  .transform((s) => (s ? s : null))

/** Start-up, first-run setup and sessions. */
export const systemMethods = {
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
}
