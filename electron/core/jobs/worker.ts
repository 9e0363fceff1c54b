import { parentPort } from 'node:worker_threads'
import { jobs, type JobName } from './registry'

type Request = { id: number; name: JobName; input: unknown }

if (!parentPort) {
  throw new Error('jobs/worker must run in a worker thread')
}
const port = parentPort

port.on('message', (req: Request) => {
  void run(req)
})

async function run(req: Request): Promise<void> {
  try {
    const job = jobs[req.name] as (input: unknown) => Promise<unknown>
    if (typeof job !== 'function') {
      throw new Error(`Unknown job: ${String(req.name)}`)
    }
    const value = await job(req.input)
    port.postMessage({ id: req.id, ok: true, value })
  } catch (err) {
    const e = err instanceof Error ? err : new Error(String(err))
    port.postMessage({
      id: req.id,
      ok: false,
      error: { name: e.name, message: e.message, code: (e as { code?: unknown }).code },
    })
  }
}
