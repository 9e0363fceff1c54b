import { DEMO_PASSWORD } from '../../electron/core/demo/people'
import { expect, login, logout, test } from './fixtures/test'

test.use({ demo: true })

test('an admin moves a unit, edits a person and resets a password', async ({ page, shot }) => {
  await page.goto('/#/quan-tri/don-vi')
  await login(page, 'admin', DEMO_PASSWORD)
  await expect(page.getByRole('heading', { name: 'Đơn vị' })).toBeVisible()
  // The admin group opened by itself, since the screen was reached by its address.
  await expect(page.getByRole('menuitem', { name: 'Người dùng' })).toBeVisible()

  // Phòng Nội chính moves from Văn phòng to directly under the agency.
  await page.getByRole('button', { name: 'Sửa Phòng Nội chính' }).click()
  const dialog = page.getByRole('dialog', { name: /Sửa đơn vị/ })
  await dialog.getByLabel('Đơn vị cấp trên').click()
  await page
    .getByRole('tree')
    .getByTitle('Ủy ban nhân dân tỉnh Quảng Ninh', { exact: true })
    .click()
  await dialog.getByLabel('Tên đơn vị').fill('Phòng Nội chính - Pháp chế')
  await shot('40-unit-move')
  await dialog.getByRole('button', { name: 'Lưu' }).click()
  await expect(dialog).toBeHidden()
  // Now a sibling of Văn phòng: one indent level less than Phòng Tổng hợp.
  const moved = page.getByRole('row', { name: /Phòng Nội chính - Pháp chế/ })
  await expect(moved.locator('.ant-table-row-indent.indent-level-1')).toHaveCount(1)
  await shot('41-units-after-move')

  await page.getByRole('menuitem', { name: 'Người dùng' }).click()
  await page.getByLabel('Lọc theo đơn vị').click()
  await page.getByRole('tree').getByTitle('Phòng Kinh tế', { exact: true }).click()
  await expect(page.getByRole('row', { name: /Phan Thị Yến/ })).toBeVisible()
  await expect(page.getByRole('row', { name: /Trịnh Văn Khoa/ })).toBeHidden()
  await shot('42-users-by-unit')

  await page.getByRole('button', { name: 'Sửa Phan Thị Yến' }).click()
  const drawer = page.getByRole('dialog', { name: /Sửa người dùng/ })
  await expect(drawer.getByLabel('Tên đăng nhập')).toBeDisabled()
  await drawer.getByLabel('Chức vụ').fill('Chuyên viên chính')
  await shot('43-user-edit')
  await drawer.getByRole('button', { name: 'Lưu' }).click()
  await expect(drawer).toBeHidden()
  await expect(page.getByRole('row', { name: /Phan Thị Yến/ })).toContainText('Chuyên viên chính')

  await page.getByRole('button', { name: 'Thao tác khác với Phan Thị Yến' }).click()
  await page.getByRole('menuitem', { name: 'Đặt lại mật khẩu' }).click()
  const reset = page.getByRole('dialog', { name: /Đặt lại mật khẩu/ })
  await reset.getByLabel('Mật khẩu mới', { exact: true }).fill('CapLai@2026')
  await reset.getByLabel('Nhập lại mật khẩu mới').fill('CapLai@2026')
  await shot('44-reset-password')
  await reset.getByLabel('Nhập lại mật khẩu mới').press('Enter')
  await expect(reset).toBeHidden()
  await expect(page.getByRole('row', { name: /Phan Thị Yến/ })).toContainText('Chưa đổi mật khẩu')
  await logout(page)

  await login(page, 'cv.kinhte1', 'CapLai@2026')
  await expect(page.getByRole('heading', { name: 'Đổi mật khẩu' })).toBeVisible()
})

test('the layout holds on a narrow office screen', async ({ page, shot }) => {
  await page.setViewportSize({ width: 1024, height: 700 })
  await page.goto('/#/quan-tri/nguoi-dung')
  await login(page, 'admin', DEMO_PASSWORD)
  await expect(page.getByRole('heading', { name: 'Người dùng' })).toBeVisible()
  await shot('45-narrow-users')
})
