import { existsSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import type { JobInput, JobName, JobOutput } from './registry'

type Pending = { resolve: (v: unknown) => void; reject: (e: Error) => void }
type Slot = { worker: Worker; busy: number; pending: Map<number, Pending> }

export type JobPool = {
  run: <N extends JobName>(name: N, input: JobInput<N>) => Promise<JobOutput<N>>
  /**
   * A long job (a search rebuild) on a worker of its own, ended when the job is: it never holds
   * a shared slot, so short jobs (a PDF being read for the clerk) do not queue behind it.
   */
  runAlone: <N extends JobName>(name: N, input: JobInput<N>) => Promise<JobOutput<N>>
  close: () => Promise<void>
}

export class JobError extends Error {
  readonly code: string | undefined
  constructor(message: string, name: string, code?: string) {
    super(message)
    this.name = name
    this.code = code
  }
}

/**
 * Where the worker's code is. Built: `worker.js` beside the bundle (electron-vite emits it as its
 * own entry next to index.js and cli.js). From source (tests): worker.ts through tsx.
 */
export function workerScript(): string {
  const here = dirname(fileURLToPath(import.meta.url))
  const built = join(here, 'worker.js')
  return existsSync(built) ? built : join(here, 'worker-from-source.mjs')
}

/** A small fixed pool, started lazily; a crashed worker fails its jobs and is replaced. */
export function createJobPool(
  size = Math.max(1, Math.min(2, availableParallelism() - 1)),
): JobPool {
  const slots: Slot[] = []
  const loners: Slot[] = []
  let nextId = 1
  let closed = false

  const spawn = (into: Slot[] = slots): Slot => {
    const slot: Slot = { worker: new Worker(workerScript()), busy: 0, pending: new Map() }
    slot.worker.on(
      'message',
      (msg: {
        id: number
        ok: boolean
        value?: unknown
        error?: { name: string; message: string; code?: string }
      }) => {
        const p = slot.pending.get(msg.id)
        if (!p) {
          return
        }
        slot.pending.delete(msg.id)
        slot.busy--
        if (slot.busy === 0) {
          // An idle pool must not keep a CLI process alive.
          slot.worker.unref()
        }
        if (msg.ok) {
          p.resolve(msg.value)
        } else {
          p.reject(
            new JobError(
              msg.error?.message ?? 'job failed',
              msg.error?.name ?? 'Error',
              msg.error?.code,
            ),
          )
        }
      },
    )
    const fail = (err: Error): void => {
      for (const p of slot.pending.values()) {
        p.reject(err)
      }
      slot.pending.clear()
      const i = into.indexOf(slot)
      if (i >= 0) {
        into.splice(i, 1)
      }
    }
    slot.worker.on('error', fail)
    slot.worker.on('exit', (code) => {
      if (!closed) {
        fail(new Error(`Worker exited with code ${code}`))
      }
    })
    into.push(slot)
    return slot
  }

  const pick = (): Slot => {
    const idle = slots.find((s) => s.busy === 0)
    if (idle) {
      return idle
    }
    if (slots.length < size) {
      return spawn()
    }
    return slots.reduce((a, b) => (b.busy < a.busy ? b : a))
  }

  const post = <N extends JobName>(
    slot: Slot,
    name: N,
    input: JobInput<N>,
  ): Promise<JobOutput<N>> => {
    const id = nextId++
    slot.busy++
    slot.worker.ref()
    return new Promise<JobOutput<N>>((resolve, reject) => {
      slot.pending.set(id, { resolve: resolve as (v: unknown) => void, reject })
      slot.worker.postMessage({ id, name, input })
    })
  }

  return {
    run(name, input) {
      if (closed) {
        return Promise.reject(new Error('Job pool is closed'))
      }
      return post(pick(), name, input)
    },
    runAlone(name, input) {
      if (closed) {
        return Promise.reject(new Error('Job pool is closed'))
      }
      const slot = spawn(loners)
      const done = (): void => {
        const i = loners.indexOf(slot)
        if (i >= 0) {
          loners.splice(i, 1)
        }
        void slot.worker.terminate()
      }
      const job = post(slot, name, input)
      job.then(done, done)
      return job
    },
    async close(): Promise<void> {
      closed = true
      await Promise.all([...slots, ...loners].map((s) => s.worker.terminate()))
      slots.length = 0
      loners.length = 0
    },
  }
}
