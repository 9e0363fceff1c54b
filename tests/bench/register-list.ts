// Benchmark: the register screen's queries (documents.list through dispatch) at 100,000
// incoming documents built from the real corpus. Prints JSON. Run: npm run bench
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openCore } from '../../electron/core/core'
import { seedDemo } from '../../electron/core/demo/seed'
import { mapCorpusLine, type CorpusLine } from '../../electron/core/import/corpus-line'
import { silentLogger } from '../../electron/core/log/logger'
import { insertDocument } from '../../electron/core/documents/repo'
import { upsertIssuer } from '../../electron/core/catalog/issuers'
import { displaySoKyHieu, duplicateKey, foldKey, sortKey } from '../../electron/core/documents/keys'

const N = Number(process.env.BENCH_DOCS ?? 100_000)
const corpus = readFileSync(
  join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus', 'docs.jsonl'),
  'utf8',
)
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => mapCorpusLine(JSON.parse(l) as CorpusLine))

const dir = mkdtempSync(join(tmpdir(), 'vanthu-bench-'))
const core = openCore({ dataDir: dir, logger: silentLogger })
await seedDemo(core.deps)
const { db } = core
const t0 = performance.now()
db.transaction(() => {
  const now = new Date().toISOString()
  for (let i = 0; i < N; i++) {
    const m = corpus[i % corpus.length]
    if (!m) {
      continue
    }
    const year = 2020 + (i % 7)
    const day = String(1 + (i % 28)).padStart(2, '0')
    const month = String(1 + (i % 12)).padStart(2, '0')
    const f = {
      ...m.fields,
      ngayDen: `${year}-${month}-${day}`,
      ngayBanHanh: null,
      doKhan: i % 17 === 0 ? ('khan' as const) : ('thuong' as const),
    }
    insertDocument(
      db,
      {
        direction: 'in',
        registerId: 1,
        year,
        number: Math.floor(i / 7) + 1,
        fields: f,
        derived: {
          soKyHieu: displaySoKyHieu(f.so, f.kyHieu),
          dupKey: duplicateKey(f.so, f.kyHieu, f.coQuanBanHanh, `${i}`),
          issuerId: f.coQuanBanHanh ? upsertIssuer(db, f.coQuanBanHanh, now) : null,
          coQuanFold: foldKey(f.coQuanBanHanh),
          coQuanSort: sortKey(f.coQuanBanHanh),
          trichYeuSort: sortKey(f.trichYeu) ?? '',
        },
        body: null,
        status: 'cho_xu_ly',
        externalId: null,
        createdBy: null,
      },
      now,
    )
  }
})()
const buildMs = performance.now() - t0

async function measure(
  name: string,
  input: Record<string, unknown>,
  runs = 30,
): Promise<Record<string, number | string>> {
  const times: number[] = []
  let total = 0
  for (let i = 0; i < runs; i++) {
    const s = performance.now()
    const page = await core.invoke(
      'documents.list',
      { direction: 'in', limit: 200, ...input } as never,
      { system: 'bench' },
    )
    times.push(performance.now() - s)
    total = page.total
  }
  times.sort((a, b) => a - b)
  const pick = (p: number): number =>
    Number((times[Math.min(times.length - 1, Math.floor(p * times.length))] ?? 0).toFixed(2))
  return { name, total, p50: pick(0.5), p95: pick(0.95) }
}

const results = [
  await measure('first page, newest first', {}),
  await measure('deep page (offset 90,000)', {
    offset: 90_000,
    sort: { field: 'soDen', order: 'asc' },
  }),
  await measure('year filter', { year: 2024 }),
  await measure('issuer text filter', { coQuanBanHanh: 'bo tai chinh' }),
  await measure('sort by issuer (Vietnamese order)', {
    sort: { field: 'coQuanBanHanh', order: 'asc' },
  }),
  await measure('sort by trích yếu', { sort: { field: 'trichYeu', order: 'asc' } }),
  await measure('urgency + date range', { doKhan: 'khan', from: '2023-01-01', to: '2023-06-30' }),
]
console.log(
  JSON.stringify({ documents: N, insertMs: Math.round(buildMs), listQueriesMs: results }, null, 2),
)
await core.close()
rmSync(dir, { recursive: true, force: true })
