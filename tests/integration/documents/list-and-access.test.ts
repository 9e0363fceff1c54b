import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { seedDemo } from '../../../electron/core/demo/seed'
import { DEMO_PASSWORD } from '../../../electron/core/demo/people'
import { callAs, login, tempCore, type TempCore } from '../helpers/temp-core'
import { register, SYSTEM } from './helpers'

let t: TempCore
const unitId = (short: string): number =>
  (
    t.core.db
      .prepare<[string], { id: number }>('SELECT id FROM units WHERE short_name = ?')
      .get(short) as { id: number }
  ).id
const userId = (username: string): number =>
  (
    t.core.db
      .prepare<[string], { id: number }>('SELECT id FROM users WHERE username = ?')
      .get(username) as { id: number }
  ).id

beforeEach(async () => {
  t = tempCore()
  await seedDemo(t.core.deps)
  await register(t.core, {
    so: '1',
    coQuanBanHanh: 'Bộ Tài chính',
    trichYeu: 'Đề nghị báo cáo ngân sách',
    donViNhanId: unitId('KT'),
  })
  await register(t.core, {
    so: '2',
    coQuanBanHanh: 'Ăn uống Công ty',
    trichYeu: 'Ý kiến về quy hoạch',
    nguoiNhanId: userId('cv.vanxa1'),
    doMat: 'mat',
  })
  await register(t.core, {
    so: '3',
    coQuanBanHanh: 'Bộ Y tế',
    trichYeu: 'Ăn toàn thực phẩm',
    doKhan: 'hoa_toc',
    loaiVanBan: 'cong_van',
  })
  await register(t.core, {
    so: '4',
    coQuanBanHanh: 'Ban Dân tộc',
    trichYeu: 'Báo cáo tình hình',
    donViNhanId: unitId('VX'),
    doMat: 'mat',
  })
})
afterEach(async () => {
  await t.cleanup()
})

type Page = { total: number; rows: { soDen: number; coQuanBanHanh: string }[] }
const SYSTEM_TOKEN = 'system'
const list = async (token: string, input: Record<string, unknown> = {}): Promise<Page> => {
  const r =
    token === SYSTEM_TOKEN
      ? await t.core
          .dispatch({
            method: 'documents.list',
            input: { direction: 'in', ...input },
            door: 'cli',
            system: 'test',
          })
          .then((d) => d.reply)
      : await callAs(t.core, token, 'documents.list', { direction: 'in', ...input })
  if (!r.ok) {
    throw new Error(JSON.stringify(r))
  }
  return r.value as Page
}

describe('the register list', () => {
  it('filters and sorts in SQL, issuers in Vietnamese order', async () => {
    // The system actor sees all four, secret ones included.
    const clerk = SYSTEM_TOKEN
    expect((await list(clerk)).total).toBe(4)
    expect((await list(clerk, { doKhan: 'hoa_toc' })).rows.map((r) => r.soDen)).toEqual([3])
    expect((await list(clerk, { loaiVanBan: 'cong_van' })).total).toBe(1)
    expect((await list(clerk, { coQuanBanHanh: 'bo tai' })).rows.map((r) => r.soDen)).toEqual([1])
    const byIssuer = await list(clerk, { sort: { field: 'coQuanBanHanh', order: 'asc' } })
    expect(byIssuer.rows.map((r) => r.coQuanBanHanh)).toEqual([
      'Ăn uống Công ty',
      'Ban Dân tộc',
      'Bộ Tài chính',
      'Bộ Y tế',
    ])
    const paged = await list(clerk, { sort: { field: 'soDen', order: 'asc' }, offset: 1, limit: 2 })
    expect(paged).toMatchObject({ total: 4, rows: [{ soDen: 2 }, { soDen: 3 }] })
  })
})

describe('who sees which document', () => {
  it('a specialist sees what was sent to them or their unit, a secret one only by name, and counts agree', async () => {
    const cv = await login(t.core, 'cv.vanxa1', DEMO_PASSWORD)
    const page = await list(cv)
    expect(page.rows.map((r) => r.soDen).sort()).toEqual([2])
    expect(page.total).toBe(1)
    const other = await login(t.core, 'cv.kinhte1', DEMO_PASSWORD)
    expect((await list(other)).rows.map((r) => r.soDen)).toEqual([1])
    const hiddenId = (
      t.core.db.prepare('SELECT id FROM documents WHERE number = 3').get() as { id: number }
    ).id
    expect(await callAs(t.core, other, 'documents.get', { id: hiddenId })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    })
  })

  it('agency leaders and clerks see every document, secret ones included; a unit leader their unit; an admin alone none', async () => {
    for (const u of ['chutich', 'vanthu']) {
      const page = await list(await login(t.core, u, DEMO_PASSWORD))
      expect(page.rows.map((r) => r.soDen).sort()).toEqual([1, 2, 3, 4])
      expect(page.total).toBe(4)
    }
    // Doc 1 went to Phòng Kinh tế; doc 4 to Phòng Văn xã but it is secret and names nobody.
    expect(
      (await list(await login(t.core, 'tp.kinhte', DEMO_PASSWORD))).rows.map((r) => r.soDen),
    ).toEqual([1])
    expect((await list(await login(t.core, 'tp.vanxa', DEMO_PASSWORD))).total).toBe(0)
    expect((await list(await login(t.core, 'admin', DEMO_PASSWORD))).total).toBe(0)
    expect((await t.core.invoke('documents.list', { direction: 'in' }, SYSTEM)).total).toBe(4)
  })

  it('only clerks register', async () => {
    const cv = await login(t.core, 'cv.kinhte1', DEMO_PASSWORD)
    expect(await callAs(t.core, cv, 'documents.registerIncoming', {})).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    })
  })
})
