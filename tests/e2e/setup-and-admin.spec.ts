import { expect, login, logout, test } from './fixtures/test'

const agency = 'Ủy ban nhân dân tỉnh Lâm Đồng'
const admin = { fullName: 'Phạm Minh Quân', username: 'quantri', password: 'QuanTri@2026' }
const clerk = {
  fullName: 'Trần Thị Bích Ngọc',
  username: 'ngoc.tt',
  temporary: 'TamThoi@123',
  chosen: 'NgocRieng@2026',
}

test('first-run setup, a unit, a user, and that user’s first login', async ({ page, shot }) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { name: 'Thiết lập ban đầu' })).toBeVisible()
  await expect(page.getByLabel('Tên cơ quan')).toBeFocused()
  await shot('01-setup-empty')

  // A bad organ code and mismatched passwords are caught before anything is sent.
  await page.getByLabel('Mã định danh (không bắt buộc)').fill('12345')
  await page.getByRole('button', { name: 'Hoàn tất thiết lập' }).click()
  await expect(page.getByText('Mã định danh có dạng 000.00.00.H49')).toBeVisible()
  await expect(page.getByText('Nhập tên cơ quan')).toBeVisible()
  await shot('02-setup-errors')

  await page.getByLabel('Tên cơ quan').fill(agency)
  await page.getByLabel('Tên viết tắt').fill('UBND')
  await page.getByLabel('Mã định danh (không bắt buộc)').fill('000.00.00.H36')
  await page.getByLabel('Họ tên').fill(admin.fullName)
  await page.getByLabel('Tên đăng nhập').fill(admin.username)
  await page.getByLabel('Mật khẩu', { exact: true }).fill(admin.password)
  await page.getByLabel('Nhập lại mật khẩu').fill(admin.password)
  await shot('03-setup-filled')
  await page.getByLabel('Nhập lại mật khẩu').press('Enter')

  // Signed in as the administrator straight away.
  const header = page.getByRole('banner')
  await expect(header.getByText(agency, { exact: true })).toBeVisible()
  await expect(header.getByText(admin.fullName, { exact: true })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Tổng quan' })).toBeVisible()
  await expect(page.getByText('Chưa có nhiệm vụ nào trong kỳ').first()).toBeVisible()
  await shot('04-admin-overview')

  // Units: add Phòng Tổng hợp under the agency.
  const nav = page.getByRole('navigation', { name: 'Menu chính' })
  await nav.getByText('Quản trị').click()
  await nav.getByText('Đơn vị').click()
  await expect(page.getByRole('heading', { name: 'Đơn vị' })).toBeVisible()
  await expect(page.getByRole('row', { name: new RegExp(agency) })).toContainText('Cơ quan')
  await page.getByRole('button', { name: 'Thêm đơn vị', exact: true }).click()
  const unitDialog = page.getByRole('dialog', { name: 'Thêm đơn vị' })
  await unitDialog.getByLabel('Tên đơn vị').fill('Phòng Tổng hợp')
  await unitDialog.getByLabel('Tên viết tắt').fill('TH')
  await shot('05-unit-form')
  await unitDialog.getByLabel('Tên viết tắt').press('Enter')
  await expect(unitDialog).toBeHidden()
  await expect(page.getByRole('cell', { name: 'Phòng Tổng hợp', exact: true })).toBeVisible()
  // A second unit with the same abbreviation is refused with the core's message on the field.
  await page.getByRole('button', { name: 'Thêm đơn vị', exact: true }).click()
  await unitDialog.getByLabel('Tên đơn vị').fill('Phòng Thẩm hoạ')
  await unitDialog.getByLabel('Tên viết tắt').fill('TH')
  await unitDialog.getByRole('button', { name: 'Lưu' }).click()
  await expect(unitDialog.getByText('Tên viết tắt đã được dùng')).toBeVisible()
  await unitDialog.getByRole('button', { name: 'Hủy' }).click()
  await shot('06-units')

  // Users: add Ms Ngọc to Phòng Tổng hợp.
  await nav.getByText('Người dùng').click()
  await expect(page.getByRole('heading', { name: 'Người dùng' })).toBeVisible()
  await page.getByRole('button', { name: 'Thêm người dùng' }).click()
  const drawer = page.getByRole('dialog', { name: 'Thêm người dùng' })
  await drawer.getByLabel('Họ tên').fill(clerk.fullName)
  await drawer.getByLabel('Tên đăng nhập').fill(clerk.username)
  await drawer.getByLabel('Chức vụ').fill('Chuyên viên')
  await drawer.getByLabel('Đơn vị').click()
  await page.getByRole('tree').getByTitle('Phòng Tổng hợp', { exact: true }).click()
  await drawer.getByLabel('Mật khẩu ban đầu').fill(clerk.temporary)
  await drawer.getByLabel('Điện thoại').fill('0263 3822 111')
  await shot('07-user-form')
  // Enter saves from any field, though the buttons sit in the drawer's footer.
  await drawer.getByLabel('Điện thoại').press('Enter')
  await expect(drawer).toBeHidden()
  const row = page.getByRole('row', { name: new RegExp(clerk.fullName) })
  await expect(row).toContainText('Phòng Tổng hợp')
  await expect(row).toContainText('Chuyên viên')
  await expect(row).toContainText('Chưa đổi mật khẩu')

  // Search ignores diacritics.
  await page.getByLabel('Tìm người dùng').fill('bich ngoc')
  await expect(row).toBeVisible()
  await expect(page.getByRole('row', { name: new RegExp(admin.fullName) })).toBeHidden()
  await shot('08-users-search')
  await page.getByLabel('Tìm người dùng').fill('')
  await shot('09-users')

  await nav.getByText('Cơ quan').click()
  await expect(page.getByLabel('Tên cơ quan')).toHaveValue(agency)
  await shot('10-agency')

  await logout(page)

  // The new user must choose a password before anything else.
  await login(page, clerk.username, clerk.temporary)
  await expect(page.getByRole('heading', { name: 'Đổi mật khẩu' })).toBeVisible()
  await expect(page.getByText('Mật khẩu hiện tại do quản trị cấp')).toBeVisible()
  await shot('11-forced-password-change')
  await page.getByLabel('Mật khẩu hiện tại').fill(clerk.temporary)
  await page.getByLabel('Mật khẩu mới', { exact: true }).fill(clerk.chosen)
  await page.getByLabel('Nhập lại mật khẩu mới').fill(clerk.chosen)
  await page.getByRole('button', { name: 'Đổi mật khẩu và tiếp tục' }).click()

  await expect(header.getByText(clerk.fullName, { exact: true })).toBeVisible()
  await expect(header.getByText('Chuyên viên · Phòng Tổng hợp')).toBeVisible()
  await expect(nav.getByText('Quản trị')).toHaveCount(0)
  for (const item of [
    'Tổng quan',
    'Văn bản đến',
    'Văn bản đi',
    'Công việc',
    'Tra cứu',
    'Báo cáo',
  ]) {
    await expect(nav.getByRole('menuitem', { name: item })).toBeVisible()
  }
  await shot('12-specialist-overview')
  await nav.getByRole('menuitem', { name: 'Văn bản đến' }).click()
  await expect(page.getByRole('heading', { name: 'Văn bản đến' })).toBeVisible()
  // A specialist reads the register; registering is the clerk's.
  await expect(page.getByRole('tab', { name: 'Sổ văn bản đến' })).toBeVisible()
  await expect(page.getByRole('tab', { name: 'Vào sổ', exact: true })).toHaveCount(0)
  await shot('13-specialist-incoming')

  await logout(page)
  await shot('14-logged-out')
  // The chosen password is the one that works now.
  await login(page, clerk.username, clerk.chosen)
  await expect(header.getByText(clerk.fullName, { exact: true })).toBeVisible()
})
