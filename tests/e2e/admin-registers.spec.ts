import { DEMO_PASSWORD } from '../../electron/core/demo/people'
import { expect, login, test } from './fixtures/test'

test.use({ demo: true })

test('an admin adds a secret register, moves the default and takes it out of use', async ({
  page,
  shot,
}) => {
  await page.goto('/#/tong-quan')
  await login(page, 'admin', DEMO_PASSWORD)
  await page.getByRole('menuitem', { name: 'Quản trị' }).click()
  await page.getByRole('menuitem', { name: 'Sổ văn bản' }).click()
  await expect(page.getByRole('heading', { name: 'Sổ văn bản' })).toBeVisible()
  await expect(page).toHaveURL(/#\/quan-tri\/so-van-ban$/)

  const table = page.getByRole('table')
  const normalIn = table.getByRole('row', { name: /^Sổ văn bản đến/ })
  const normalOut = table.getByRole('row', { name: /^Sổ văn bản đi/ })
  await expect(normalIn).toContainText('Mặc định')
  await expect(normalIn).toContainText('VBĐ')
  await expect(normalOut).toContainText('Mặc định')
  await expect(normalOut).toContainText('VBĐI')

  // A second register with a code already in use: the core's message lands on the field.
  await page.getByRole('button', { name: 'Thêm sổ' }).click()
  const dialog = page.getByRole('dialog', { name: 'Thêm sổ văn bản' })
  await dialog.getByLabel('Tên sổ').fill('Sổ văn bản mật đến')
  await dialog.getByLabel('Mã sổ').fill('VBĐ')
  await dialog.getByRole('button', { name: 'Lưu' }).click()
  await expect(dialog.getByText('Mã sổ đã được dùng', { exact: true })).toBeVisible()

  await dialog.getByLabel('Mã sổ').fill('MẬT-Đ')
  await dialog.getByLabel('Sổ văn bản mật').check()
  await dialog.getByRole('button', { name: 'Lưu' }).click()
  await expect(dialog).toBeHidden()
  const secretIn = table.getByRole('row', { name: /^Sổ văn bản mật đến/ })
  await expect(secretIn).toContainText('Văn bản mật')
  await expect(secretIn).toContainText('MẬT-Đ')
  await expect(secretIn).not.toContainText('Mặc định')

  // Making it the default for incoming takes that from the normal one, not from outgoing.
  await page.getByRole('button', { name: 'Đặt Sổ văn bản mật đến làm mặc định' }).click()
  await expect(secretIn).toContainText('Mặc định')
  await expect(normalIn).not.toContainText('Mặc định')
  await expect(normalOut).toContainText('Mặc định')

  // A default register cannot be taken out of use: the core says why.
  await page.getByRole('button', { name: 'Ngừng sử dụng Sổ văn bản mật đến' }).click()
  await page.getByRole('tooltip').getByRole('button', { name: 'Ngừng sử dụng' }).click()
  const refusal = page.getByRole('dialog').filter({ hasText: 'Không ngừng sử dụng được' })
  await expect(refusal).toContainText('Hãy chọn sổ mặc định khác trước khi ngừng sử dụng sổ này')
  await shot('71-register-disable-refused')
  await refusal.getByRole('button', { name: 'Đã hiểu' }).click()
  await expect(refusal).toBeHidden()
  await expect(secretIn).toContainText('Đang dùng')

  await page.getByRole('button', { name: 'Đặt Sổ văn bản đến làm mặc định' }).click()
  await expect(normalIn).toContainText('Mặc định')
  await expect(secretIn).not.toContainText('Mặc định')

  await page.getByRole('button', { name: 'Ngừng sử dụng Sổ văn bản mật đến' }).click()
  await page.getByRole('tooltip').getByRole('button', { name: 'Ngừng sử dụng' }).click()
  await expect(secretIn).toContainText('Ngừng sử dụng')
  await expect(page.getByRole('button', { name: 'Dùng lại Sổ văn bản mật đến' })).toBeVisible()
  await expect(
    page.getByRole('button', { name: 'Đặt Sổ văn bản mật đến làm mặc định' }),
  ).toBeDisabled()

  // The filter shows one kind at a time.
  await page.getByText('Sổ văn bản đi (1)').click()
  await expect(normalOut).toBeVisible()
  await expect(secretIn).toBeHidden()
  await page.getByText('Tất cả (3)').click()
  await expect(secretIn).toBeVisible()
  // The success toasts would cover the help line in the picture; they go by themselves.
  await expect(page.locator('.ant-message-notice')).toHaveCount(0)
  await shot('70-registers')
})
