import type { Command } from 'commander'
import { openCore, type Core } from '../core/core'
import { defaultDataDir } from '../core/paths'
import { fail, type OutputMode } from './output'

export type GlobalOpts = { dataDir?: string; json?: boolean }

export const dataDirOf = (o: GlobalOpts): string => o.dataDir ?? defaultDataDir()

/** Runs a command against an opened core and closes it whatever happens. */
export async function withCore<T>(o: GlobalOpts, fn: (core: Core) => Promise<T>): Promise<T> {
  const core = openCore({ dataDir: dataDirOf(o) })
  try {
    return await fn(core)
  } finally {
    await core.close()
  }
}

export function action<A extends unknown[]>(
  fn: (mode: OutputMode, globals: GlobalOpts, ...args: A) => Promise<void>,
): (...args: A) => Promise<void> {
  return async (...args: A): Promise<void> => {
    const cmd = args[args.length - 1] as Command
    const globals = cmd.optsWithGlobals<GlobalOpts>()
    const mode = { json: globals.json === true }
    try {
      await fn(mode, globals, ...args)
    } catch (err) {
      process.exitCode = fail(mode, err)
    }
  }
}
