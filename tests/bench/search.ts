// Benchmark: tra cứu (issue 6) at 10,000 and 100,000 synthetic Vietnamese documents seeded
// from the real corpus (../shared/corpus/docs.jsonl): trích yếu, numbers, issuers and types
// from real lines, bodies of ~300 words drawn sentence by sentence from real texts, stored as
// attachment text. For each size: index build, cold start to first answer, memory, and p50/p95
// of full and as-you-type queries with and without diacritics and by number, for this app's
// search (searchDocuments as a văn thư and as a specialist) and for a plain SQLite FTS5 baseline
// (unicode61 remove_diacritics 2 over the raw text, ORDER BY rank + COUNT(*)). The queries run
// in a child process, so its start-up and memory are the search's own. Prints JSON.
// Run: node --import tsx tests/bench/search.ts   (BENCH_SIZES=10000 for one size)
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { openCore, type Core } from '../../electron/core/core'
import type { Actor } from '../../electron/core/context'
import { seedDemo } from '../../electron/core/demo/seed'
import { insertDocument } from '../../electron/core/documents/repo'
import { displaySoKyHieu, foldKey, sortKey } from '../../electron/core/documents/keys'
import {
  mapCorpusLine,
  type CorpusLine,
  type MappedLine,
} from '../../electron/core/import/corpus-line'
import { silentLogger } from '../../electron/core/log/logger'
import { reindexAll } from '../../electron/core/search/rebuild'
import { searchDocuments } from '../../electron/core/search/search'
import { getUser } from '../../electron/core/users/repo'
import type { SearchQuery } from '../../shared/search/types'
import { fold, nfc } from '../../shared/text/normalize'

const SIZES = (process.env.BENCH_SIZES ?? '10000,100000').split(',').map(Number)
const RUNS = Number(process.env.BENCH_QUERIES ?? 200)

// ---- the synthetic collection ----

function prng(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (s + 0x6d2b79f5) >>> 0
    let t = s
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Real subjects, numbers, issuers and sentences to draw from (read only where documents are made). */
function corpusPools(): { mapped: MappedLine[]; sentences: string[]; kyHieus: string[] } {
  const lines = readFileSync(
    join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus', 'docs.jsonl'),
    'utf8',
  )
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as CorpusLine)
  const mapped = lines.map(mapCorpusLine)
  const sentences = lines.flatMap((l) =>
    typeof l.noi_dung === 'string'
      ? nfc(l.noi_dung)
          .split(/\n|(?<=[.;:])\s+/)
          .map((s) => s.trim())
          .filter((s) => s.split(' ').length >= 6 && s.split(' ').length <= 60)
      : [],
  )
  const kyHieus = mapped.flatMap((m) =>
    m.fields.kyHieu ? [m.fields.kyHieu.replace(/^\d{4}\//, '')] : [],
  )
  return { mapped, sentences, kyHieus }
}
const SUFFIXES = [
  '',
  '',
  '',
  ' năm 2025',
  ' trên địa bàn tỉnh',
  ' giai đoạn 2026 - 2030',
  ' của Ủy ban nhân dân tỉnh',
  ' đợt 2',
]
const STATUSES_IN = ['cho_xu_ly', 'cho_chi_dao', 'dang_giai_quyet', 'da_giai_quyet']

type Synthetic = { id: number; soKyHieu: string; trichYeu: string }

export function populate(core: Core, n: number): Synthetic[] {
  const { mapped, sentences, kyHieus } = corpusPools()
  const rnd = prng(20260101)
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T
  const db = core.db
  const out: Synthetic[] = []
  const counters = new Map<string, number>()
  const now = new Date().toISOString()
  const file = db.prepare(
    "INSERT INTO files (sha256, size, mime, text_status, created_at) VALUES (?, ?, 'application/pdf', 'text', ?)",
  )
  const text = db.prepare(
    "INSERT INTO file_texts (sha256, body, first_page_lines) VALUES (?, ?, '[]')",
  )
  const link = db.prepare(
    "INSERT INTO document_files (document_id, sha256, name, position) VALUES (?, ?, 'van-ban.pdf', 0)",
  )
  // Documents go to the agency's units, so a specialist sees about one in eight of them.
  const units = db
    .prepare<[], { id: number }>('SELECT id FROM units WHERE parent_id IS NOT NULL')
    .all()
    .map((u) => u.id)
  const drafted = db.prepare('UPDATE documents SET drafting_unit_id = ? WHERE id = ?')
  db.transaction(() => {
    for (let i = 0; i < n; i++) {
      const m = pick(mapped).fields
      const direction = rnd() < 0.8 ? 'in' : 'out'
      const year = 2016 + Math.floor(rnd() * 11)
      const key = `${direction}${year}`
      const number = (counters.get(key) ?? 0) + 1
      counters.set(key, number)
      const so = String(direction === 'out' ? number : 1 + Math.floor(rnd() * 3000)).padStart(
        2,
        '0',
      )
      const kh = pick(kyHieus)
      const kyHieu = rnd() < 0.5 ? `${year}/${kh}` : kh
      const trichYeu = `${pick(mapped).fields.trichYeu}${pick(SUFFIXES)}`
      const date = `${year}-${String(1 + Math.floor(rnd() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`
      let body = ''
      while (body.split(' ').length < 300) {
        body += `${pick(sentences)}\n`
      }
      const fields = {
        ...m,
        so,
        kyHieu,
        trichYeu,
        ngayDen: direction === 'in' ? date : null,
        ngayBanHanh: date,
        doKhan: rnd() < 0.05 ? ('khan' as const) : ('thuong' as const),
        doMat: rnd() < 0.02 ? ('mat' as const) : ('thuong' as const),
        donViNhanId: direction === 'in' && rnd() < 0.7 ? pick(units) : null,
      }
      const soKyHieu = displaySoKyHieu(so, kyHieu)
      const id = insertDocument(
        db,
        {
          direction,
          registerId: direction === 'in' ? 1 : 2,
          year,
          number,
          fields,
          derived: {
            soKyHieu,
            dupKey: null,
            issuerId: null,
            coQuanFold: foldKey(fields.coQuanBanHanh),
            coQuanSort: sortKey(fields.coQuanBanHanh),
            trichYeuSort: sortKey(trichYeu) ?? '',
          },
          body: null,
          status: direction === 'in' ? pick(STATUSES_IN) : 'da_ban_hanh',
          externalId: null,
          createdBy: null,
        },
        now,
      )
      if (direction === 'out') {
        drafted.run(pick(units), id)
      }
      const sha = id.toString(16).padStart(64, '0')
      file.run(sha, body.length, now)
      text.run(sha, body)
      link.run(id, sha)
      out.push({ id, soKyHieu, trichYeu })
    }
  })()
  return out
}

// ---- queries ----

type Q = Readonly<{ q: string; target?: number; filters?: Partial<SearchQuery> }>

export function querySets(docs: readonly Synthetic[]): Record<string, Q[]> {
  const rnd = prng(7)
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T
  const fragment = (s: string): string => {
    const words = s.split(/\s+/).filter((w) => /\p{L}/u.test(w))
    const len = 2 + Math.floor(rnd() * 3)
    const at = Math.floor(rnd() * Math.max(1, words.length - len))
    return words.slice(at, at + len).join(' ')
  }
  const sets: Record<string, Q[]> = {
    fullDiacritics: [],
    fullNoDiacritics: [],
    byNumber: [],
    filtered: [],
    typingDiacritics: [],
    typingNoDiacritics: [],
    typingNumber: [],
  }
  for (let i = 0; i < RUNS; i++) {
    const d = pick(docs)
    const f = fragment(d.trichYeu)
    sets.fullDiacritics?.push({ q: f })
    sets.fullNoDiacritics?.push({ q: fold(f) })
    sets.byNumber?.push({ q: d.soKyHieu, target: d.id })
    sets.filtered?.push({
      q: fold(f),
      filters: pick([
        { direction: 'out' as const },
        { loaiVanBan: 'quyet_dinh' },
        { from: '2024-01-01', to: '2024-06-30' },
        { doKhan: 'khan' as const, direction: 'in' as const },
      ]),
    })
    const cut = 2 + Math.floor(rnd() * Math.max(1, f.length - 2))
    sets.typingDiacritics?.push({ q: f.slice(0, cut) })
    sets.typingNoDiacritics?.push({ q: fold(f).slice(0, cut) })
    sets.typingNumber?.push({
      q: d.soKyHieu.slice(0, 3 + Math.floor(rnd() * (d.soKyHieu.length - 2))),
    })
  }
  return sets
}

const pct = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b)
  return Number((s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? 0).toFixed(2))
}

function timeSet(
  set: readonly Q[],
  run: (q: Q) => number[],
  recall = true,
): Record<string, number> {
  const times: number[] = []
  let found = 0
  let targets = 0
  for (const q of set) {
    const t = performance.now()
    const ids = run(q)
    times.push(performance.now() - t)
    if (recall && q.target !== undefined) {
      targets++
      found += ids.slice(0, 10).includes(q.target) ? 1 : 0
    }
  }
  return {
    p50: pct(times, 0.5),
    p95: pct(times, 0.95),
    ...(targets > 0 ? { recallAt10: Number((found / targets).toFixed(3)) } : {}),
  }
}

// ---- the plain FTS5 baseline ----

function buildBaseline(core: Core): { ms: number; mb: number } {
  const t = performance.now()
  core.db.exec(`CREATE VIRTUAL TABLE baseline USING fts5(so_ky_hieu, trich_yeu, meta, body,
    tokenize='unicode61 remove_diacritics 2');
    INSERT INTO baseline (rowid, so_ky_hieu, trich_yeu, meta, body)
      SELECT d.id, d.so_ky_hieu, d.trich_yeu, coalesce(d.co_quan_ban_hanh, ''), ft.body
      FROM documents d JOIN document_files df ON df.document_id = d.id
      JOIN file_texts ft ON ft.sha256 = df.sha256;`)
  return { ms: Math.round(performance.now() - t), mb: sizeMb(core, 'baseline') }
}

function baselineQuery(core: Core, q: string, typing: boolean): number[] {
  const words = q.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '')
  if (words.length === 0) {
    return []
  }
  const expr = words.map((w, i) => `"${w}"${typing && i === words.length - 1 ? '*' : ''}`).join(' ')
  const ids = core.db
    .prepare<[string, number], { rowid: number }>(
      'SELECT rowid FROM baseline WHERE baseline MATCH ? ORDER BY rank LIMIT ?',
    )
    .all(expr, typing ? 8 : 20)
    .map((r) => r.rowid)
  if (!typing) {
    core.db.prepare('SELECT COUNT(*) FROM baseline WHERE baseline MATCH ?').get(expr)
  }
  return ids
}

// ---- one size ----

const sizeMb = (core: Core, table: string): number =>
  Number(
    (
      (core.db.prepare<[], { n: number }>(`SELECT SUM(length(block)) AS n FROM ${table}_data`).get()
        ?.n ?? 0) / 1e6
    ).toFixed(1),
  )
const mb = (bytes: number): number => Math.round(bytes / 1e6)

function actorOf(core: Core, username: string): Actor {
  const id = core.db
    .prepare<[string], { id: number }>('SELECT id FROM users WHERE username = ?')
    .get(username)?.id
  const user = id === undefined ? null : getUser(core.db, id)
  if (!user) {
    throw new Error(`no demo user ${username}`)
  }
  return { kind: 'user', tokenHash: 'bench', user }
}

/** One typo in a word of four letters or more: a letter doubled or dropped, a Telex tone key. */
function typoOf(q: string, rnd: () => number): string {
  const words = q.split(' ')
  const i = words.findIndex((w) => w.length >= 4)
  const w = words[i]
  if (w === undefined) {
    return q
  }
  const at = 1 + Math.floor(rnd() * (w.length - 2))
  const kinds = [w.slice(0, at) + w[at] + w.slice(at), w.slice(0, at) + w.slice(at + 1), `${w}s`]
  words[i] = kinds[Math.floor(rnd() * kinds.length)] ?? w
  return words.join(' ')
}

/** In the parent: the collection, the index and the baseline, on disk. */
async function build(n: number, dir: string): Promise<Record<string, unknown>> {
  const core = openCore({ dataDir: dir, logger: silentLogger })
  await seedDemo(core.deps)
  const t = performance.now()
  const docs = populate(core, n)
  const insertMs = Math.round(performance.now() - t)
  writeFileSync(join(dir, 'bench-docs.json'), JSON.stringify(docs))
  const rebuilt = reindexAll(core.db)
  const result = {
    documents: n,
    insertMs,
    index: {
      ms: rebuilt.ms,
      docsPerSecond: Math.round((n / rebuilt.ms) * 1000),
      metaMb: sizeMb(core, 'search_meta'),
      allMb: sizeMb(core, 'search_all'),
    },
    baselineIndex: buildBaseline(core),
  }
  await core.close()
  return result
}

/**
 * In a fresh child process, so start-up and memory are the search's own: open the data
 * directory, answer a first query, then every query set for both engines.
 */
function measure(dir: string): Record<string, unknown> {
  const rssAtStart = process.memoryUsage().rss
  const t = performance.now()
  const core = openCore({ dataDir: dir, logger: silentLogger })
  const clerk = actorOf(core, 'vanthu')
  const first = searchDocuments(core.db, clerk, { q: 'quyet dinh', limit: 20, offset: 0 })
  const coldStartMs = Math.round(performance.now() - t)
  const uptimeAtFirstAnswer = Math.round(process.uptime() * 1000)
  const specialist = actorOf(core, 'cv.kinhte1')
  const docs = JSON.parse(readFileSync(join(dir, 'bench-docs.json'), 'utf8')) as Synthetic[]
  const sets = querySets(docs)
  const rnd = prng(11)
  const typos = (sets.fullNoDiacritics ?? []).slice(0, 50).map((q) => ({ q: typoOf(q.q, rnd) }))
  const app = (actor: Actor, typing: boolean) => (q: Q) =>
    searchDocuments(core.db, actor, {
      q: q.q,
      limit: typing ? 8 : 20,
      offset: 0,
      asYouType: typing,
      ...q.filters,
    }).hits.map((h) => h.id)
  // The first typo builds the in-memory vocabulary (typo.ts): timed apart from the rest.
  const vocabulary = performance.now()
  app(clerk, false)({ q: 'quyeets ddinhj' })
  const typoFirstMs = Math.round(performance.now() - vocabulary)
  const queriesMs: Record<string, Record<string, unknown>> = {
    typos: { app: timeSet(typos, app(clerk, false)) },
  }
  const each = (engine: string, run: (name: string, set: readonly Q[]) => unknown): void => {
    for (const [name, set] of Object.entries(sets)) {
      queriesMs[name] = { ...queriesMs[name], [engine]: run(name, set) }
    }
  }
  // Engine by engine, so one's scans do not cool the caches under the other's timings.
  each('app', (name, set) => timeSet(set, app(clerk, name.startsWith('typing'))))
  // The specialist sees about one document in eight: recall would measure that, not search.
  each('appSpecialist', (name, set) =>
    timeSet(set, app(specialist, name.startsWith('typing')), false),
  )
  each('baseline', (name, set) =>
    name === 'filtered'
      ? 'no filters in the baseline'
      : timeSet(set, (q) => baselineQuery(core, q.q, name.startsWith('typing'))),
  )
  const memory = process.memoryUsage()
  core.db.close()
  return {
    coldStartToFirstAnswerMs: coldStartMs,
    /** From the child's own start: Node, module loading (through tsx here) and the above. */
    processUptimeAtFirstAnswerMs: uptimeAtFirstAnswer,
    firstAnswerTotal: first.total,
    typoFirstMs,
    memoryMb: {
      rss: mb(memory.rss),
      rssGrowth: mb(memory.rss - rssAtStart),
      heapUsed: mb(memory.heapUsed),
    },
    queriesMs,
  }
}

// Run as a script (parent: build, then one child per size to measure); importable (populate,
// querySets) for profiling one query at a time.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv[2] === '--measure') {
    console.log(JSON.stringify(measure(process.argv[3] ?? '')))
  } else {
    const out: Record<string, unknown>[] = []
    for (const n of SIZES) {
      const dir = mkdtempSync(join(tmpdir(), 'vanthu-bench-search-'))
      const built = await build(n, dir)
      const child = execFileSync(
        process.execPath,
        [...process.execArgv, fileURLToPath(import.meta.url), '--measure', dir],
        { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
      )
      out.push({ ...built, ...(JSON.parse(child) as Record<string, unknown>) })
      rmSync(dir, { recursive: true, force: true })
    }
    console.log(JSON.stringify({ search: out }, null, 2))
  }
}
