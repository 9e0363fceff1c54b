import type { z } from 'zod'
import type { Role } from './roles'

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

export const method =
  <O>() =>
  <I extends z.ZodType>(def: Omit<MethodDef<I, O>, 'output'>): MethodDef<I, O> =>
    def

export const admin = ['quan_tri'] as const
export const clerks = ['van_thu'] as const
