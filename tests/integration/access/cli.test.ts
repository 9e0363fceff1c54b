import { spawnSync } from 'node:child_process'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { accessWorld, type World } from './fixture'

// `vanthu access explain`: the admin's question from the command line, on a data directory
// the app is using at the same time.

let w: World
beforeAll(async () => {
  w = await accessWorld()
})
afterAll(async () => {
  await w.t.cleanup()
})

const run = (...args: string[]): { status: number | null; stdout: string; stderr: string } => {
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'electron/cli/index.ts', '--data-dir', w.t.dir, ...args],
    { encoding: 'utf8', timeout: 60_000 },
  )
  return { status: r.status, stdout: r.stdout, stderr: r.stderr }
}

describe('vanthu access explain', () => {
  it('answers with the reasons, as JSON or text, by id or số/ký hiệu', () => {
    const id = String(w.docs.secretToUnit)
    const no = run('access', 'explain', '--user', 'cv.kinhte1', '--document', id, '--json')
    expect(no.status).toBe(0)
    const body = JSON.parse(no.stdout) as { canSee: boolean; reasons: string[] }
    expect(body.canSee).toBe(false)
    expect(body.reasons[0]).toMatch(/^Văn bản mật/)
    const yes = run('access', 'explain', '--user', 'cv.vanxa1', '--document', '3/KH-UBND')
    expect(yes.status).toBe(0)
    expect(yes.stdout).toContain('XEM ĐƯỢC')
    expect(yes.stdout).toContain('Là người nhận văn bản')
    const unknown = run('access', 'explain', '--user', 'khong.co', '--document', id, '--json')
    expect(unknown.status).toBe(1)
    expect(JSON.parse(unknown.stdout)).toMatchObject({ error: { code: 'NOT_FOUND' } })
  })
})
