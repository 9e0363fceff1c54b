import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Unit, User } from '../../../shared/api/types'
import { ADMIN, callAs, login, setUp, tempCore, type TempCore } from '../helpers/temp-core'

let t: TempCore
let admin: string
beforeEach(async () => {
  t = tempCore()
  admin = await setUp(t.core)
})
afterEach(async () => {
  await t.cleanup()
})

async function ok<T>(p: Promise<{ ok: boolean; value?: unknown; error?: unknown }>): Promise<T> {
  const r = await p
  if (!r.ok) {
    throw new Error(`expected ok, got ${JSON.stringify(r)}`)
  }
  return r.value as T
}

async function addUnit(parentId: number, name: string, shortName: string): Promise<Unit> {
  return ok<Unit>(callAs(t.core, admin, 'units.create', { parentId, name, shortName }))
}

async function addUser(unitId: number, username: string, roles: string[]): Promise<User> {
  return ok<User>(
    callAs(t.core, admin, 'users.create', {
      username,
      fullName: 'Nguyễn Văn A',
      position: 'Chuyên viên',
      unitId,
      roles,
      password: 'Batdau@123',
    }),
  )
}

describe('units', () => {
  it('grows a tree under the agency and refuses a loop or a duplicate short name', async () => {
    const [agency] = await ok<Unit[]>(callAs(t.core, admin, 'units.list'))
    const vp = await addUnit(agency!.id, 'Văn phòng UBND tỉnh', 'VP')
    const kt = await addUnit(vp.id, 'Phòng Kinh tế', 'KT')
    expect(kt).toMatchObject({ parentId: vp.id, shortName: 'KT', disabled: false })

    const loop = await callAs(t.core, admin, 'units.update', { id: vp.id, parentId: kt.id })
    expect(loop).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { parentId: expect.stringMatching(/vòng lặp/) } },
    })
    const dup = await callAs(t.core, admin, 'units.create', {
      parentId: vp.id,
      name: 'Khác',
      shortName: 'kt',
    })
    expect(dup).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    const rootMove = await callAs(t.core, admin, 'units.update', {
      id: agency!.id,
      parentId: vp.id,
    })
    expect(rootMove).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
  })

  it('keeps NFC text whatever the caller sends', async () => {
    const [agency] = await ok<Unit[]>(callAs(t.core, admin, 'units.list'))
    const nfd = 'Phòng Khoa giáo - Văn xã'.normalize('NFD')
    const unit = await addUnit(agency!.id, `  ${nfd}  `, 'VX')
    expect(unit.name).toBe('Phòng Khoa giáo - Văn xã'.normalize('NFC'))
  })

  it('does not disable a unit that still has active people', async () => {
    const [agency] = await ok<Unit[]>(callAs(t.core, admin, 'units.list'))
    const kt = await addUnit(agency!.id, 'Phòng Kinh tế', 'KT')
    const user = await addUser(kt.id, 'cv.kt', ['chuyen_vien'])
    expect(
      await callAs(t.core, admin, 'units.setDisabled', { id: kt.id, disabled: true }),
    ).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    })
    await ok(callAs(t.core, admin, 'users.setDisabled', { id: user.id, disabled: true }))
    expect(
      await ok<Unit>(callAs(t.core, admin, 'units.setDisabled', { id: kt.id, disabled: true })),
    ).toMatchObject({
      disabled: true,
    })
    expect((await ok<Unit[]>(callAs(t.core, admin, 'units.list'))).map((u) => u.shortName)).toEqual(
      ['UBND'],
    )
  })
})

describe('users and permissions', () => {
  it('refuses admin-only methods to other roles and to nobody, whatever the door', async () => {
    const [agency] = await ok<Unit[]>(callAs(t.core, admin, 'units.list'))
    await addUser(agency!.id, 'cv01', ['chuyen_vien', 'van_thu', 'lanh_dao'])
    const cv = await login(t.core, 'cv01', 'Batdau@123')
    for (const door of ['http', 'ipc', 'cli'] as const) {
      const { reply } = await t.core.dispatch({
        door,
        token: cv,
        method: 'users.create',
        input: {
          username: 'x1',
          fullName: 'X',
          position: 'Y',
          unitId: agency!.id,
          roles: ['quan_tri'],
          password: 'password1',
        },
      })
      expect(reply).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    }
    expect(
      await callAs(t.core, cv, 'units.create', { parentId: agency!.id, name: 'A', shortName: 'A' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    })
    expect(await callAs(t.core, cv, 'users.list')).toMatchObject({ ok: true })
  })

  it('asks a new user to change the password, and a change ends their other sessions', async () => {
    const [agency] = await ok<Unit[]>(callAs(t.core, admin, 'units.list'))
    const u = await addUser(agency!.id, 'nguyenvana', ['chuyen_vien'])
    expect(u.mustChangePassword).toBe(true)
    const s1 = await login(t.core, 'nguyenvana', 'Batdau@123')
    const s2 = await login(t.core, 'nguyenvana', 'Batdau@123')
    expect(
      await callAs(t.core, s1, 'auth.changePassword', {
        currentPassword: 'sai',
        newPassword: 'Moi@12345',
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { currentPassword: 'Mật khẩu hiện tại không đúng' } },
    })
    await ok(
      callAs(t.core, s1, 'auth.changePassword', {
        currentPassword: 'Batdau@123',
        newPassword: 'Moi@12345',
      }),
    )
    expect(await callAs(t.core, s2, 'auth.session')).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    })
    const me = await ok<{ user: User }>(callAs(t.core, s1, 'auth.session'))
    expect(me.user.mustChangePassword).toBe(false)
    await login(t.core, 'nguyenvana', 'Moi@12345')
  })

  it('disabling a user ends their sessions and refuses their login; history keeps them from deletion', async () => {
    const [agency] = await ok<Unit[]>(callAs(t.core, admin, 'units.list'))
    const u = await addUser(agency!.id, 'tranb', ['van_thu'])
    const session = await login(t.core, 'tranb', 'Batdau@123')
    await ok(callAs(t.core, admin, 'users.setDisabled', { id: u.id, disabled: true }))
    expect(await callAs(t.core, session, 'auth.session')).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    })
    expect(
      await callAs(t.core, null, 'auth.login', { username: 'tranb', password: 'Batdau@123' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    })
    expect(await callAs(t.core, admin, 'users.delete', { id: u.id })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringMatching(/khóa tài khoản/) },
    })
    const fresh = await addUser(agency!.id, 'nhamlan', ['chuyen_vien'])
    await ok(callAs(t.core, admin, 'users.delete', { id: fresh.id }))
    const all = await ok<User[]>(callAs(t.core, admin, 'users.list', { includeDisabled: true }))
    expect(all.map((x) => x.username).sort()).toEqual(['admin', 'tranb'])
  })

  it('always keeps one active administrator', async () => {
    const me = await ok<{ user: User }>(callAs(t.core, admin, 'auth.session'))
    expect(
      await callAs(t.core, admin, 'users.setDisabled', { id: me.user.id, disabled: true }),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    })
    expect(
      await callAs(t.core, admin, 'users.update', { id: me.user.id, roles: ['van_thu'] }),
    ).toMatchObject({
      ok: false,
      error: { message: 'Phải còn ít nhất một quản trị đang hoạt động' },
    })
  })

  it('refuses a duplicate username, whatever its case', async () => {
    const [agency] = await ok<Unit[]>(callAs(t.core, admin, 'units.list'))
    const dup = await callAs(t.core, admin, 'users.create', {
      username: ADMIN.username.toUpperCase(),
      fullName: 'A',
      position: 'B',
      unitId: agency!.id,
      roles: ['van_thu'],
      password: 'password1',
    })
    expect(dup).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', fields: { username: 'Tên đăng nhập đã có' } },
    })
  })

  it('chains every write into the audit trail, secrets redacted', async () => {
    const [agency] = await ok<Unit[]>(callAs(t.core, admin, 'units.list'))
    await addUser(agency!.id, 'lec', ['chuyen_vien'])
    const rows = t.core.db
      .prepare<[], { method: string; detail: string; prev_hash: string; hash: string }>(
        'SELECT method, detail, prev_hash, hash FROM audit_log ORDER BY id',
      )
      .all()
    expect(rows.map((r) => r.method)).toEqual(['setup.init', 'users.create'])
    expect(rows[1]!.prev_hash).toBe(rows[0]!.hash)
    expect(rows.map((r) => r.detail).join()).not.toMatch(/Batdau@123|Quantri@2026/)
    expect(() => t.core.db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/)
  })
})
