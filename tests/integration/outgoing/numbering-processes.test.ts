import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'
import { rmSync } from 'node:fs'
import { createInterface } from 'node:readline'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openCore } from '../../../electron/core/core'
import { seedDemo } from '../../../electron/core/demo/seed'
import { silentLogger } from '../../../electron/core/log/logger'
import { vietnamDay } from '../../../shared/calendar/iso-date'
import { tempDir } from '../helpers/temp-core'

// "Two clerks issuing at the same moment never get the same number" (issue 5), tested the hard
// way: four OS processes, each with its own core and SQLite connection on ONE data directory,
// released together, issue 15 documents each. The series must come out 1..60, each number once.

const PROCESSES = 4
const EACH = 15
const worker = new URL('./issue-worker.ts', import.meta.url).pathname

type Issued = { number: number; soKyHieu: string }

let dir: string
let vxId: number

beforeAll(async () => {
  dir = tempDir()
  // Migrate and seed before the race, so the processes only race on numbers.
  const core = openCore({ dataDir: dir, logger: silentLogger })
  await seedDemo(core.deps)
  vxId = (core.db.prepare("SELECT id FROM units WHERE short_name = 'VX'").get() as { id: number })
    .id
  await core.close()
})
afterAll(() => {
  rmSync(dir, { recursive: true, force: true })
})

/** Starts one worker; resolves `ready` once its core is open, `done` with what it issued. */
function start(args: string[]): {
  child: ChildProcessWithoutNullStreams
  ready: Promise<void>
  done: Promise<Issued[]>
} {
  const child = spawn(process.execPath, ['--import', 'tsx', worker, dir, ...args], {
    stdio: 'pipe',
  })
  let stderr = ''
  child.stderr.on('data', (b: Buffer) => {
    stderr += b.toString()
  })
  const lines = createInterface({ input: child.stdout })
  let onReady: () => void = () => undefined
  const ready = new Promise<void>((resolve) => {
    onReady = resolve
  })
  const done = new Promise<Issued[]>((resolve, reject) => {
    let result: Issued[] | null = null
    lines.on('line', (line) => {
      if (line === 'ready') {
        onReady()
      } else if (line.startsWith('[')) {
        result = JSON.parse(line) as Issued[]
      }
    })
    child.on('close', (code) => {
      if (code === 0 && result) {
        resolve(result)
      } else {
        reject(new Error(`worker exited ${code}: ${stderr}`))
      }
    })
  })
  return { child, ready, done }
}

describe('numbering across processes', () => {
  it('gives 4 processes × 15 simultaneous issues the numbers 1..60, each once', async () => {
    const day = vietnamDay(new Date())
    // Different types and a công văn, so số, ký hiệu differ in form but share one series.
    const kinds = [['quyet_dinh'], ['thong_bao'], ['ke_hoach'], ['cong_van', String(vxId)]]
    const workers = kinds
      .slice(0, PROCESSES)
      .map(([type, unit]) => start([String(EACH), type as string, day, ...(unit ? [unit] : [])]))
    await Promise.all(workers.map((w) => w.ready))
    for (const w of workers) {
      w.child.stdin.write('go\n')
    }
    const results = await Promise.all(workers.map((w) => w.done))

    const all = results.flat()
    expect(all).toHaveLength(PROCESSES * EACH)
    const numbers = all.map((r) => r.number).sort((a, b) => a - b)
    expect(numbers).toEqual(Array.from({ length: PROCESSES * EACH }, (_, i) => i + 1))
    expect(new Set(all.map((r) => r.soKyHieu)).size).toBe(PROCESSES * EACH)
    // Each process saw its own numbers rise.
    for (const r of results) {
      const mine = r.map((x) => x.number)
      expect(mine).toEqual([...mine].sort((a, b) => a - b))
    }

    // The store agrees with what the processes were told.
    const core = openCore({ dataDir: dir, logger: silentLogger })
    try {
      const stored = core.db
        .prepare<[], { number: number; so_ky_hieu: string }>(
          "SELECT number, so_ky_hieu FROM documents WHERE direction = 'out' ORDER BY number",
        )
        .all()
      expect(stored.map((r) => r.number)).toEqual(numbers)
      expect(stored.map((r) => r.so_ky_hieu).sort()).toEqual(all.map((r) => r.soKyHieu).sort())
      expect(stored.find((r) => r.number === 7)?.so_ky_hieu).toMatch(
        /^07\/(QĐ-UBND|TB-UBND|KH-UBND|UBND-VX)$/,
      )
    } finally {
      await core.close()
    }
  }, 90_000)
})
