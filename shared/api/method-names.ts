// The API's method names, apart from their schemas so that the sandboxed preload can build
// `window.api` without bundling zod. The contract `satisfies Record<MethodName, …>`, so the
// two lists cannot drift apart.
export const methodNames = [
  'system.info',
  'setup.init',
  'auth.login',
  'auth.logout',
  'auth.session',
  'auth.changePassword',
  'agency.get',
  'agency.update',
  'units.list',
  'units.create',
  'units.update',
  'units.setDisabled',
  'users.list',
  'users.create',
  'users.update',
  'users.setDisabled',
  'users.resetPassword',
  'users.delete',
  'registers.list',
  'registers.create',
  'registers.update',
  'registers.setDisabled',
  'registers.nextNumber',
  'catalog.documentTypes',
  'issuers.search',
  'files.upload',
  'files.content',
  'intake.list',
  'intake.add',
  'intake.dismiss',
  'documents.checkDuplicates',
  'documents.registerIncoming',
  'documents.updateIncoming',
  'documents.list',
  'documents.get',
  'reports.incomingRegister',
  'calendar.holidays',
  'calendar.setDay',
  'calendar.resetDay',
  'calendar.addWorkingDays',
] as const

export type MethodName = (typeof methodNames)[number]

export const isMethodName = (s: unknown): s is MethodName =>
  typeof s === 'string' && (methodNames as readonly string[]).includes(s)
