import { join } from 'node:path'
import type { Input, Output } from '../../shared/api/contract'
import type { MethodName } from '../../shared/api/method-names'
import { dispatch, type DispatchRequest, type DispatchResult } from './api/dispatch'
import { handlers } from './api/handlers'
import { deleteExpiredSessions } from './auth/sessions'
import { syncReferenceData } from './catalog/reference-data'
import { systemClock, type Clock } from './clock'
import { defaultConfig, type CoreConfig, type CoreDeps } from './context'
import { migrate, type MigrateResult } from './db/migrate'
import { migrations } from './db/migrations'
import { openDatabase, type Db } from './db/open'
import { CoreError } from './errors'
import { createJobPool, type JobPool } from './jobs/pool'
import { fileLogger, type Logger } from './log/logger'
import { dataPaths, ensureDataDirs, type DataPaths } from './paths'
import { appVersion } from './version'

export type CoreOptions = Readonly<{
  dataDir: string
  clock?: Clock
  logger?: Logger
  nativeBinding?: string
  config?: Partial<CoreConfig>
  jobs?: JobPool
}>

export type Core = Readonly<{
  paths: DataPaths
  db: Db
  deps: CoreDeps
  migration: MigrateResult
  dispatch: (req: DispatchRequest) => Promise<DispatchResult>
  /** Typed call for the CLI and tests: the value, or a thrown CoreError. */
  invoke: <M extends MethodName>(
    method: M,
    input: Input<M>,
    as: Readonly<{ token: string } | { system: string }>,
  ) => Promise<Output<M>>
  close: () => Promise<void>
}>

/** Opens a data directory: folders, database, migrations, workers. The one entry to the core. */
export function openCore(options: CoreOptions): Core {
  const paths = dataPaths(options.dataDir)
  ensureDataDirs(paths)
  const log = options.logger ?? fileLogger(paths.logs)
  const clock = options.clock ?? systemClock
  const db = openDatabase(
    paths.database,
    options.nativeBinding ? { nativeBinding: options.nativeBinding } : {},
  )
  let migration: MigrateResult
  try {
    migration = migrate(db, migrations, (from) =>
      join(paths.backups, `pre-migrate-v${from}-${clock().toISOString().replace(/[:.]/g, '-')}.db`),
    )
  } catch (err) {
    db.close()
    throw err
  }
  if (migration.to !== migration.from) {
    log.info('migrated', { ...migration })
  }
  deleteExpiredSessions(db, clock().toISOString())
  syncReferenceData(db)
  const jobs = options.jobs ?? createJobPool()
  const deps: CoreDeps = {
    db,
    clock,
    log,
    jobs,
    paths,
    config: { ...defaultConfig, ...options.config, nativeBinding: options.nativeBinding },
    version: appVersion,
  }
  const run = (req: DispatchRequest): Promise<DispatchResult> => dispatch(deps, handlers, req)
  return {
    paths,
    db,
    deps,
    migration,
    dispatch: run,
    async invoke(method, input, as) {
      const { reply } = await run({
        method,
        input,
        door: 'cli',
        ...('token' in as ? { token: as.token } : { system: as.system }),
      })
      if (!reply.ok) {
        throw new CoreError(reply.error.code, reply.error.message, {
          ...(reply.error.fields ? { fields: { ...reply.error.fields } } : {}),
          ...(reply.error.retryAfter !== undefined ? { retryAfter: reply.error.retryAfter } : {}),
          ...(reply.error.details ? { details: reply.error.details } : {}),
        })
      }
      return reply.value as Output<typeof method>
    },
    async close() {
      await jobs.close()
      db.close()
    },
  }
}
