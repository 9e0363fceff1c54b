import type { Role } from './roles'

// Quyền xem văn bản (issue 7 §1): the per-document access list, the role matrix and the answer
// to "why can this person not see this document".

/** One person's access to one document, granted and perhaps revoked; never deleted. */
export type DocumentGrant = {
  id: number
  documentId: number
  userId: number
  userName: string
  userPosition: string
  unitName: string
  grantedBy: string | null
  grantedAt: string
  reason: string | null
  revokedAt: string | null
  revokedBy: string | null
  revokeReason: string | null
}

/** One API method: which roles may call it at the door (finer rules live in the core). */
export type MatrixCapability = {
  method: string
  writes: boolean
  /** 'public': before login; 'session': anyone signed in; 'roles': the roles marked. */
  access: 'public' | 'session' | 'roles'
  allowed: Role[]
}

export type MatrixGroup = { key: string; label: string; capabilities: MatrixCapability[] }

export type AccessMatrix = {
  roles: { role: Role; label: string }[]
  groups: MatrixGroup[]
  /** Which documents each kind of person sees, as sentences read from the visibility rules. */
  visibility: { audience: string; rules: string[] }[]
  secretRule: string
}

export type AccessExplanation = {
  canSee: boolean
  reasons: string[]
  user: { id: number; username: string; fullName: string; roles: Role[]; unitName: string }
  document: {
    id: number
    direction: 'in' | 'out'
    soKyHieu: string
    secret: boolean
    doMat: string
  }
}
