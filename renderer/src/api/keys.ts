// Query keys in one place, so invalidation after a write cannot miss a spelling.
export const keys = {
  systemInfo: ['system', 'info'] as const,
  session: ['auth', 'session'] as const,
  agency: ['agency'] as const,
  units: ['units'] as const,
  users: ['users'] as const,
}

/** Queries that survive a sign-out: they do not depend on who is signed in. */
export const publicRoots: ReadonlySet<string> = new Set(['system', 'auth'])
