import type { Role } from './roles'

// Output shapes of the API. Instants are ISO-8601 UTC strings; calendar dates are YYYY-MM-DD.

export type Unit = {
  id: number
  parentId: number | null
  name: string
  /** Abbreviation used in ký hiệu (e.g. VX in 12/UBND-VX). */
  shortName: string
  /** Mã định danh (QCVN 102), when the unit has one. */
  code: string | null
  sortOrder: number
  disabled: boolean
}

/** The agency is the root of the unit tree. */
export type Agency = {
  id: number
  name: string
  shortName: string
  code: string | null
}

export type User = {
  id: number
  username: string
  fullName: string
  position: string
  unitId: number
  roles: Role[]
  email: string | null
  phone: string | null
  disabled: boolean
  mustChangePassword: boolean
  lastLoginAt: string | null
}

export type CurrentUser = User & {
  unitName: string
  agency: Agency
}

/**
 * What a page sees after login. The session token itself travels beside the reply (see
 * core dispatch): doors keep it in a cookie or in the main process, never in page script.
 */
export type LoginResult = {
  expiresAt: string
  user: CurrentUser
}

export type SessionInfo = {
  expiresAt: string
  user: CurrentUser
}

export type SystemInfo = {
  version: string
  schemaVersion: number
  setupDone: boolean
  agency: Agency | null
}

export type SetupResult = {
  agency: Agency
  /** The administrator's session when set up from the app; null from the CLI. */
  login: LoginResult | null
}
