// Query keys in one place, so invalidation after a write cannot miss a spelling.
export const keys = {
  systemInfo: ['system', 'info'] as const,
  session: ['auth', 'session'] as const,
  agency: ['agency'] as const,
  units: ['units'] as const,
  users: ['users'] as const,
  registers: ['registers'] as const,
  nextNumber: (registerId: number, year: number) =>
    ['registers', 'next', registerId, year] as const,
  documentTypes: ['catalog', 'documentTypes'] as const,
  issuers: (q: string) => ['issuers', q] as const,
  intake: ['intake'] as const,
  /** Every document query starts with this: lists, details, duplicate checks. */
  documents: ['documents'] as const,
  documentPage: (filter: unknown, offset: number, limit: number) =>
    ['documents', 'list', filter, offset, limit] as const,
  document: (id: number) => ['documents', 'get', id] as const,
  duplicates: (input: unknown) => ['documents', 'duplicates', input] as const,
  fileContent: (sha256: string) => ['files', 'content', sha256] as const,
}

/** Queries that survive a sign-out: they do not depend on who is signed in. */
export const publicRoots: ReadonlySet<string> = new Set(['system', 'auth'])
