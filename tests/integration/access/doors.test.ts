import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Door } from '../../../electron/core/context'
import type { ApiReply } from '../../../shared/api/errors'
import { login } from '../helpers/temp-core'
import { DEMO_PASSWORD } from '../../../electron/core/demo/people'
import { accessWorld, type World } from './fixture'

// Every method that returns documents refuses or leaves out a secret document for someone who
// may not see it, whichever door the call came through (issue 7 §1: the check lives in the
// core, behind dispatch, not in a door).

let w: World
let secret: number[]
let outRegister: number
beforeAll(async () => {
  w = await accessWorld()
  const { ordinary: _ordinary, ...rest } = w.docs
  secret = Object.values(rest)
  outRegister = (
    w.t.core.db.prepare("SELECT id FROM registers WHERE direction = 'out'").get() as { id: number }
  ).id
})
afterAll(async () => {
  await w.t.cleanup()
})

const secretTexts = [
  'bí mật nhà nước',
  'phòng thủ dân sự',
  'an ninh mạng',
  'ứng phó sự cố',
  'diễn tập khu vực',
  'công tác bảo mật',
]

async function call(
  door: Door,
  token: string,
  method: string,
  input: unknown,
): Promise<ApiReply<unknown>> {
  return (await w.t.core.dispatch({ method, input, door, token })).reply
}

async function value<T>(door: Door, token: string, method: string, input: unknown): Promise<T> {
  const r = await call(door, token, method, input)
  if (!r.ok) {
    throw new Error(`${method}: ${JSON.stringify(r.error)}`)
  }
  return r.value as T
}

/** Every cell of every sheet of a workbook, as one text. */
async function workbookText(bytes: Uint8Array): Promise<string> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer)
  const cells: string[] = []
  wb.eachSheet((ws) => {
    ws.eachRow((row) => {
      row.eachCell((c) => {
        cells.push(String(c.text))
      })
    })
  })
  return cells.join('\n')
}

describe.each(['http', 'ipc'] as const)('through the %s door', (door) => {
  it('a specialist gets not found for every secret document, its file and its task', async () => {
    const cv = await login(w.t.core, 'cv.kinhte1', DEMO_PASSWORD)
    for (const id of secret) {
      for (const method of ['documents.get', 'documents.flow']) {
        const input = method === 'documents.get' ? { id } : { documentId: id }
        expect(await call(door, cv, method, input), `${method} ${id}`).toMatchObject({
          ok: false,
          error: { code: 'NOT_FOUND' },
        })
      }
    }
    expect(await call(door, cv, 'files.content', { sha256: w.fileSha })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    })
    expect(await call(door, cv, 'tasks.get', { id: w.taskId })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    })
    // The ordinary document of their unit opens: the refusals above are about secrecy.
    expect(await call(door, cv, 'documents.get', { id: w.docs.ordinary })).toMatchObject({
      ok: true,
    })
  })

  it('lists, search and the task list leave secret documents out, counts included', async () => {
    const cv = await login(w.t.core, 'cv.kinhte1', DEMO_PASSWORD)
    for (const direction of ['in', 'out'] as const) {
      const page = await value<{ total: number; rows: { id: number }[] }>(
        door,
        cv,
        'documents.list',
        {
          direction,
        },
      )
      expect(page.rows.map((r) => r.id).filter((id) => secret.includes(id))).toEqual([])
      expect(page.total).toBe(page.rows.length)
    }
    const found = await value<{ total: number; hits: { id: number }[] }>(
      door,
      cv,
      'search.documents',
      {
        q: 'ke hoach',
        limit: 100,
      },
    )
    expect(found.hits.map((h) => h.id)).toEqual([w.docs.ordinary])
    expect(found.total).toBe(1)
    const tasks = await value<{ rows: { id: number }[] }>(door, cv, 'tasks.list', {})
    expect(tasks.rows.map((r) => r.id)).not.toContain(w.taskId)
  })

  it('a unit leader’s registers and reports leave secret rows out', async () => {
    const tp = await login(w.t.core, 'tp.kinhte', DEMO_PASSWORD)
    const month = { from: '2026-03-01', to: '2026-03-31', format: 'xlsx' }
    const incoming = await workbookText(
      await value<Uint8Array>(door, tp, 'reports.incomingRegister', { registerId: 1, ...month }),
    )
    // The ordinary document of their unit is there: the check below can fail.
    expect(incoming).toContain('an toàn thực phẩm')
    const tracking = await workbookText(
      await value<Uint8Array>(door, tp, 'reports.incomingTracking', { registerId: 1, ...month }),
    )
    const outgoing = await workbookText(
      await value<Uint8Array>(door, tp, 'reports.outgoingRegister', {
        registerId: outRegister,
        ...month,
      }),
    )
    for (const text of secretTexts) {
      expect(incoming).not.toContain(text)
      expect(tracking).not.toContain(text)
      expect(outgoing).not.toContain(text)
    }
    // …which the clerk's own register does hold.
    const clerk = await login(w.t.core, 'vanthu', DEMO_PASSWORD)
    const full = await workbookText(
      await value<Uint8Array>(door, clerk, 'reports.outgoingRegister', {
        registerId: outRegister,
        ...month,
      }),
    )
    expect(full).toContain('diễn tập khu vực')
  })
})
