import type { Role } from '../../shared/api/roles'
import type { User } from '../../shared/api/types'
import type { Clock } from './clock'
import type { Db } from './db/open'
import type { JobPool } from './jobs/pool'
import type { Logger } from './log/logger'
import type { DataPaths } from './paths'

export type Door = 'ipc' | 'http' | 'cli'

export type CoreConfig = Readonly<{
  /** A session ends after this long without a call. */
  sessionIdleMs: number
  /** …and in any case this long after login. */
  sessionMaxMs: number
  /** Failed logins allowed before each further attempt must wait. */
  loginFreeFailures: number
  /** The database driver built for this runtime: workers open their own connection with it. */
  nativeBinding?: string | undefined
}>

export const defaultConfig: CoreConfig = {
  sessionIdleMs: 12 * 60 * 60 * 1000,
  sessionMaxMs: 7 * 24 * 60 * 60 * 1000,
  loginFreeFailures: 5,
}

/** What every feature may use: the store, time, the log and the worker pool. */
export type CoreDeps = Readonly<{
  db: Db
  clock: Clock
  log: Logger
  jobs: JobPool
  paths: DataPaths
  config: CoreConfig
  version: string
}>

export type Actor =
  | Readonly<{ kind: 'user'; user: User; tokenHash: string }>
  /** The CLI acting on a data directory it was handed: the operator has the files anyway. */
  | Readonly<{ kind: 'system'; name: string }>
  | Readonly<{ kind: 'anonymous' }>

/** A session the call opened or closed; the door turns it into a cookie or forgets it. */
export type SessionChange =
  Readonly<{ kind: 'start'; token: string; expiresAt: string }> | Readonly<{ kind: 'end' }>

export type HandlerContext = CoreDeps &
  Readonly<{
    actor: Actor
    door: Door
    client: string | null
    setSession: (change: SessionChange) => void
    /** Records the write in the audit trail (inside the handler's transaction). */
    audit: (entry: AuditRecord) => void
  }>

export type AuditRecord = Readonly<{ recordType: string; recordId: number | null; detail: unknown }>

export const actorLabel = (actor: Actor): string =>
  actor.kind === 'user'
    ? actor.user.username
    : actor.kind === 'system'
      ? `system:${actor.name}`
      : 'anonymous'

export const actorUserId = (actor: Actor): number | null =>
  actor.kind === 'user' ? actor.user.id : null

export const hasRole = (actor: Actor, role: Role): boolean =>
  actor.kind === 'system' || (actor.kind === 'user' && actor.user.roles.includes(role))
