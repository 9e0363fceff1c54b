// Benchmark: the task screens (dashboard, filtered list, inbox) and the register list as seen
// by people with different scopes, at 20,000 tasks on 20,000 incoming documents. The buckets are
// derived in JavaScript from each visible task (never stored), so this is where that choice is
// measured. Prints JSON. Run: npm run bench
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openCore } from '../../electron/core/core'
import { DEMO_PASSWORD } from '../../electron/core/demo/people'
import { seedDemo } from '../../electron/core/demo/seed'
import { silentLogger } from '../../electron/core/log/logger'

const N = Number(process.env.BENCH_TASKS ?? 20_000)
const dir = mkdtempSync(join(tmpdir(), 'vanthu-bench-tasks-'))
const core = openCore({ dataDir: dir, logger: silentLogger })
await seedDemo(core.deps)
const { db } = core
const ids = (sql: string): number[] =>
  db
    .prepare<[], { id: number }>(sql)
    .all()
    .map((r) => r.id)
const units = ids('SELECT id FROM units WHERE parent_id IS NOT NULL')
const leaders = ids(
  "SELECT u.id FROM users u JOIN user_roles r ON r.user_id = u.id AND r.role = 'lanh_dao'",
)
const specialists = ids(
  "SELECT u.id FROM users u JOIN user_roles r ON r.user_id = u.id AND r.role = 'chuyen_vien'",
)

const t0 = performance.now()
db.transaction(() => {
  const now = new Date().toISOString()
  const doc = db.prepare(
    `INSERT INTO documents (direction, register_id, year, number, ngay_den, so_ky_hieu, loai_van_ban, trich_yeu,
       trich_yeu_sort, do_khan, do_mat, don_vi_nhan_id, status, created_at, updated_at)
     VALUES ('in', 1, 2026, ?, ?, ?, 'cong_van', ?, ?, 'thuong', 'thuong', ?, 'dang_giai_quyet', ?, ?)`,
  )
  const task = db.prepare(
    `INSERT INTO tasks (title, source_kind, source_text, document_id, assigner_id, lead_unit_id, handler_id,
       priority, deadline, given_on, completed_at, completed_on, percent, created_at, updated_at)
     VALUES (?, 'van_ban', 'bench', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  const member = db.prepare(
    "INSERT INTO task_members (task_id, role, unit_id) VALUES (?, 'phoi_hop', ?)",
  )
  for (let i = 0; i < N; i++) {
    const day = (i * 7) % 300
    const given = new Date(Date.UTC(2026, 0, 1 + day)).toISOString().slice(0, 10)
    const deadline = new Date(Date.UTC(2026, 0, 1 + day + 5 + (i % 20))).toISOString().slice(0, 10)
    const done = i % 3 === 0
    const completedOn = done
      ? new Date(Date.UTC(2026, 0, 1 + day + (i % 30))).toISOString().slice(0, 10)
      : null
    const unit = units[i % units.length] as number
    const docId = Number(
      doc.run(i + 1, given, `${i + 1}/BC-SXD`, `Báo cáo số ${i}`, `bao cao so ${i}`, unit, now, now)
        .lastInsertRowid,
    )
    const taskId = Number(
      task.run(
        `Nhiệm vụ ${i}`,
        docId,
        leaders[i % leaders.length],
        unit,
        i % 2 === 0 ? specialists[i % specialists.length] : null,
        ['thuong', 'cao', 'khan'][i % 3],
        deadline,
        given,
        done ? `${completedOn}T03:00:00.000Z` : null,
        completedOn,
        done ? 100 : i % 90,
        now,
        now,
      ).lastInsertRowid,
    )
    if (i % 4 === 0) {
      member.run(taskId, units[(i + 1) % units.length])
    }
  }
})()
const buildMs = performance.now() - t0

const tokenOf = async (username: string): Promise<string> => {
  const { session } = await core.dispatch({
    method: 'auth.login',
    door: 'http',
    input: { username, password: DEMO_PASSWORD },
  })
  if (session?.kind !== 'start') {
    throw new Error(`login ${username}`)
  }
  return session.token
}

async function measure(who: string, method: string, input: Record<string, unknown>, runs = 15) {
  const token = await tokenOf(who)
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const s = performance.now()
    const { reply } = await core.dispatch({ method, input, door: 'http', token })
    times.push(performance.now() - s)
    if (!reply.ok) {
      throw new Error(`${who} ${method}: ${JSON.stringify(reply.error)}`)
    }
  }
  times.sort((a, b) => a - b)
  const pick = (p: number): number =>
    Number((times[Math.min(times.length - 1, Math.floor(p * times.length))] ?? 0).toFixed(1))
  return { who, method, input: JSON.stringify(input), p50: pick(0.5), p95: pick(0.95) }
}

const results = [
  await measure('chutich', 'tasks.dashboard', {}),
  await measure('chutich', 'tasks.list', { view: 'all', bucket: 'qua_han' }),
  await measure('chutich', 'tasks.list', { view: 'all', q: 'nhiem vu 1999' }),
  await measure('chutich', 'inbox.summary', {}),
  await measure('tp.tonghop', 'tasks.dashboard', {}),
  await measure('tp.tonghop', 'inbox.summary', {}),
  await measure('cv.tonghop1', 'tasks.dashboard', {}),
  await measure('cv.tonghop1', 'tasks.list', { view: 'mine' }),
  await measure('vanthu', 'documents.list', { direction: 'in', limit: 200 }),
  await measure('tp.tonghop', 'documents.list', { direction: 'in', limit: 200 }),
  await measure('cv.tonghop1', 'documents.list', { direction: 'in', limit: 200 }),
]
console.log(
  JSON.stringify({ tasks: N, insertMs: Math.round(buildMs), queriesMs: results }, null, 2),
)
await core.close()
rmSync(dir, { recursive: true, force: true })
