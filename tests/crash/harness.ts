// Crash safety, proven (issue 7, item 5): a bulk import is SIGKILLed at random moments, round
// after round, on one data directory. After every kill the store must open, pass SQLite's own
// checks, hold every record the import reported as added (with its file, byte for byte), keep
// its numbers without a gap, and be left by the orphan sweep with no file that no row names.
// Used by the vitest proof (a few rounds) and by the soak script (many).

import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { readAnchor } from '../../electron/core/audit/anchor'
import { verifyAudit } from '../../electron/core/audit/verify'
import { openCore } from '../../electron/core/core'
import { sweepOrphans } from '../../electron/core/files/sweep'
import { silentLogger } from '../../electron/core/log/logger'
import { setUp, tempDir, testClock } from '../integration/helpers/temp-core'

const ROOT = join(import.meta.dirname, '..', '..')
const CORPUS = join(ROOT, '..', 'shared', 'corpus')
const CHILD = join(ROOT, 'tests', 'crash', 'import-child.ts')
// Small text and scanned PDFs: extraction is quick, so kills fall as often on a file being
// written as on a row being committed.
const PDFS = [
  '07_text_TB-480-TB-VPCP.pdf',
  '22_anle_text_An_le_so_61.pdf',
  '06_scanned_1page_table_with_seal.pdf',
]
const LINES_PER_STEP = 40

export type Reported = {
  docs: { id: number; so: string }[]
  intakes: { id: number; sha256: string }[]
}

export type RoundResult = {
  round: number
  killedAfterMs: number | null
  reportedDocs: number
  reportedIntakes: number
  orphansRemoved: number
}

export type CrashFigures = {
  seed: number
  rounds: number
  killed: number
  reportedDocs: number
  reportedIntakes: number
  recordsLost: number
  orphansRemoved: number
  documentsInStore: number
  filesInStore: number
}

/** mulberry32: a small seeded generator, so a failing round can be replayed from its seed. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const corpusLines = (): string[] =>
  readFileSync(join(CORPUS, 'docs.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')

/** This round's inputs, outside the data directory: corpus lines and PDFs made unique to it. */
function writePlan(work: string, dataDir: string, round: number, lines: readonly string[]): string {
  const dir = join(work, `round-${round}`)
  mkdirSync(dir, { recursive: true })
  const steps: ({ pdf: string } | { jsonl: string })[] = []
  PDFS.forEach((name, i) => {
    // A trailing comment changes the hash, not the document: each round stores new files.
    const pdf = join(dir, `r${round}-${name}`)
    const bytes = readFileSync(join(CORPUS, 'pdf', name))
    writeFileSync(pdf, Buffer.concat([bytes, Buffer.from(`\n%vanthu-crash r${round} ${i}\n`)]))
    steps.push({ pdf })
    const start = ((round * PDFS.length + i) * LINES_PER_STEP) % lines.length
    const chunk = Array.from({ length: LINES_PER_STEP }, (_, k) => {
      const line = JSON.parse(lines[(start + k) % lines.length] ?? '{}') as Record<string, unknown>
      // Another round, another issuer and id: not a duplicate of an earlier round's document.
      line.id = `${String(line.id)}@r${round}`
      line.co_quan_ban_hanh = `${String(line.co_quan_ban_hanh)} (đợt ${round})`
      return JSON.stringify(line)
    })
    const jsonl = join(dir, `chunk-${i}.jsonl`)
    writeFileSync(jsonl, `${chunk.join('\n')}\n`)
    steps.push({ jsonl })
  })
  const plan = join(dir, 'plan.json')
  writeFileSync(plan, JSON.stringify({ dataDir, steps }))
  return plan
}

type ChildRun = { reported: Reported; done: boolean; elapsedMs: number }

/** Runs the child; kills it `killAfterMs` after it says ready (never, when null). */
function runChild(plan: string, killAfterMs: number | null, timeoutMs: number): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, plan], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    const reported: Reported = { docs: [], intakes: [] }
    let done = false
    let readyAt = 0
    let buffer = ''
    let stderr = ''
    const guard = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
    child.stdout.setEncoding('utf8')
    child.stdout.on('data', (text: string) => {
      buffer += text
      let nl: number
      while ((nl = buffer.indexOf('\n')) >= 0) {
        const msg = JSON.parse(buffer.slice(0, nl)) as Record<string, unknown>
        buffer = buffer.slice(nl + 1)
        if (msg.t === 'ready') {
          readyAt = Date.now()
          if (killAfterMs !== null) {
            setTimeout(() => child.kill('SIGKILL'), killAfterMs)
          }
        } else if (msg.t === 'doc') {
          reported.docs.push({ id: Number(msg.id), so: String(msg.so) })
        } else if (msg.t === 'intake') {
          reported.intakes.push({ id: Number(msg.id), sha256: String(msg.sha256) })
        } else if (msg.t === 'done') {
          done = true
        }
      }
    })
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString()
    })
    child.on('error', reject)
    child.on('close', (code, signal) => {
      clearTimeout(guard)
      if (readyAt === 0) {
        reject(new Error(`child never became ready (${code ?? signal}): ${stderr}`))
      } else if (!done && signal !== 'SIGKILL') {
        reject(new Error(`child failed (${code ?? signal}): ${stderr}`))
      } else {
        resolve({ reported, done, elapsedMs: Date.now() - readyAt })
      }
    })
  })
}

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex')

function filesOnDisk(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => !e.isDirectory())
    .map((e) => join(e.parentPath, e.name))
}

/** Everything a kill must not break; throws with the round in the message. */
export async function verify(dataDir: string, all: Reported, round: string): Promise<number> {
  const core = openCore({ dataDir, logger: silentLogger })
  const fail = (what: string): never => {
    throw new Error(`${round}: ${what}`)
  }
  try {
    const db = core.db
    if (db.pragma('integrity_check', { simple: true }) !== 'ok') {
      fail('integrity_check failed')
    }
    if ((db.pragma('foreign_key_check') as unknown[]).length > 0) {
      fail('foreign_key_check found rows')
    }
    const audit = verifyAudit(db, readAnchor(core.paths))
    if (!audit.ok) {
      fail(`audit chain: ${audit.problems.map((p) => p.message).join('; ')}`)
    }
    const doc = db.prepare<[number], { so_ky_hieu: string }>(
      'SELECT so_ky_hieu FROM documents WHERE id = ?',
    )
    for (const d of all.docs) {
      if (doc.get(d.id)?.so_ky_hieu !== d.so) {
        fail(`reported document ${d.id} (${d.so}) is not in the store`)
      }
    }
    const intake = db.prepare<[number], { sha256: string; size: number }>(
      'SELECT i.sha256, f.size FROM intake i JOIN files f ON f.sha256 = i.sha256 WHERE i.id = ?',
    )
    for (const i of all.intakes) {
      if (intake.get(i.id)?.sha256 !== i.sha256) {
        fail(`reported intake ${i.id} or its file row is not in the store`)
      }
    }
    // Numbers run 1…n in every register and year: no number was lost or given twice.
    const gaps = db
      .prepare<[], { n: number; lo: number; hi: number }>(
        `SELECT COUNT(*) AS n, MIN(number) AS lo, MAX(number) AS hi FROM documents
         WHERE direction = 'in' GROUP BY register_id, year`,
      )
      .all()
    if (gaps.some((g) => g.lo !== 1 || g.hi !== g.n)) {
      fail(`a register has a gap in its numbers: ${JSON.stringify(gaps)}`)
    }
    const sweep = sweepOrphans(db, core.paths.files, { graceMs: 0 })
    if (sweep.missing.length > 0) {
      fail(`rows whose file is missing: ${sweep.missing.join(', ')}`)
    }
    // After the sweep: exactly one whole file per row, named by its content.
    const rows = db
      .prepare<[], { sha256: string; size: number }>('SELECT sha256, size FROM files')
      .all()
    const disk = filesOnDisk(core.paths.files)
    if (disk.length !== rows.length) {
      fail(`${disk.length} files on disk for ${rows.length} rows after the sweep`)
    }
    for (const path of disk) {
      const bytes = readFileSync(path)
      const name = path.split(/[\\/]/).pop() ?? ''
      if (sha256(bytes) !== name || rows.find((r) => r.sha256 === name)?.size !== bytes.length) {
        fail(`stored file ${name} is not whole`)
      }
    }
    return sweep.removed.length
  } finally {
    await core.close()
  }
}

/** Runs `rounds` kill-and-check rounds on one fresh data directory; throws on the first loss. */
export async function crashRounds(
  opts: Readonly<{ rounds: number; seed: number; log?: (line: string) => void }>,
): Promise<CrashFigures> {
  const log = opts.log ?? ((): void => undefined)
  const random = seeded(opts.seed)
  const dataDir = tempDir('vanthu-crash-')
  const work = tempDir('vanthu-crash-in-')
  const lines = corpusLines()
  const all: Reported = { docs: [], intakes: [] }
  const figures: CrashFigures = {
    seed: opts.seed,
    rounds: 0,
    killed: 0,
    reportedDocs: 0,
    reportedIntakes: 0,
    recordsLost: 0,
    orphansRemoved: 0,
    documentsInStore: 0,
    filesInStore: 0,
  }
  try {
    const setup = openCore({ dataDir, logger: silentLogger, clock: testClock() })
    await setUp(setup)
    await setup.close()
    // Round 0 runs to the end and measures how long a whole import takes on this machine, so
    // the kills spread over the whole of it however loaded the machine is.
    const calibration = await runChild(writePlan(work, dataDir, 0, lines), null, 300_000)
    all.docs.push(...calibration.reported.docs)
    all.intakes.push(...calibration.reported.intakes)
    await verify(dataDir, all, 'round 0')
    const span = Math.max(200, Math.round(calibration.elapsedMs * 1.1))
    log(
      `seed ${opts.seed}: a whole import takes ${calibration.elapsedMs} ms; kills in 0…${span} ms`,
    )
    for (let round = 1; round <= opts.rounds; round++) {
      const killAfterMs = Math.floor(random() * span)
      const run = await runChild(writePlan(work, dataDir, round, lines), killAfterMs, 300_000)
      all.docs.push(...run.reported.docs)
      all.intakes.push(...run.reported.intakes)
      const removed = await verify(
        dataDir,
        all,
        `seed ${opts.seed} round ${round} (kill ${killAfterMs} ms)`,
      )
      figures.rounds++
      figures.killed += run.done ? 0 : 1
      figures.orphansRemoved += removed
      log(
        `round ${round}: kill at ${killAfterMs} ms ${run.done ? '(import had finished) ' : ''}` +
          `reported ${run.reported.docs.length} documents, ${run.reported.intakes.length} files; ` +
          `orphans swept ${removed}`,
      )
    }
    figures.reportedDocs = all.docs.length
    figures.reportedIntakes = all.intakes.length
    const core = openCore({ dataDir, logger: silentLogger })
    figures.documentsInStore = Number(
      core.db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM documents').get()?.n,
    )
    figures.filesInStore = Number(
      core.db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM files').get()?.n,
    )
    await core.close()
    return figures
  } finally {
    rmSync(dataDir, { recursive: true, force: true })
    rmSync(work, { recursive: true, force: true })
  }
}
