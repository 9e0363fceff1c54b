import type { z } from 'zod'
import type { MethodDef } from './define'
import type { MethodName } from './method-names'
import { auditMethods } from './methods/audit'
import { accessMethods } from './methods/access'
import { backupMethods } from './methods/backup'
import { calendarMethods } from './methods/calendar'
import { documentMethods } from './methods/documents'
import { outgoingMethods } from './methods/outgoing'
import { searchMethods } from './methods/search'
import { peopleMethods } from './methods/people'
import { systemMethods } from './methods/system'
import { taskMethods } from './methods/tasks'

export type { Access, MethodDef } from './define'

/** The one description of the API. Doors, the preload and the typed client derive from it. */
export const contract = {
  ...systemMethods,
  ...peopleMethods,
  ...documentMethods,
  ...calendarMethods,
  ...taskMethods,
  ...outgoingMethods,
  ...searchMethods,
  ...accessMethods,
  ...backupMethods,
  ...auditMethods,
} satisfies Record<MethodName, MethodDef<z.ZodType, unknown>>

export type Contract = typeof contract
export type Input<M extends MethodName> = z.input<Contract[M]['input']>
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>
export type Output<M extends MethodName> = Exclude<Contract[M]['output'], undefined>
