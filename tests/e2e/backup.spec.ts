import { DEMO_PASSWORD } from '../../electron/core/demo/people'
import { expect, login, test } from './fixtures/test'

test.use({ demo: true })

/** Today in the office's zone as dd/MM/yyyy: the list shows backups in that form. */
function officeToday(): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Ho_Chi_Minh',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(new Date())
}

test('an admin sets retention, backs up now and sees the backup listed', async ({ page, shot }) => {
  await page.goto('/#/tong-quan')
  await login(page, 'admin', DEMO_PASSWORD)
  await page.getByRole('menuitem', { name: 'Quản trị' }).click()
  await page.getByRole('menuitem', { name: 'Sao lưu' }).click()
  await expect(page).toHaveURL(/#\/quan-tri\/sao-luu$/)
  await expect(page.getByRole('heading', { name: 'Sao lưu' })).toBeVisible()
  const list = page.getByRole('table', { name: 'Các bản sao lưu' })
  await expect(list.getByText('Chưa có bản sao lưu nào trong thư mục này')).toBeVisible()
  await expect(page.getByText('Lần sao lưu gần nhất')).toBeVisible()
  await shot('94-backup-01-empty')

  // A value out of range is explained before anything is sent.
  const keep = page.getByLabel('Số bản giữ lại')
  await keep.fill('0')
  await page.getByRole('button', { name: 'Lưu lịch sao lưu' }).click()
  await expect(page.getByText('Giữ lại ít nhất 1 bản')).toBeVisible()
  await keep.fill('5')
  await page.getByRole('button', { name: 'Lưu lịch sao lưu' }).click()
  await expect(page.getByText('Đã lưu lịch sao lưu; giữ lại 5 bản gần nhất')).toBeVisible()

  await page.getByRole('button', { name: 'Sao lưu ngay' }).click()
  await expect(page.getByText(/^Đã sao lưu \d+ văn bản/)).toBeVisible({ timeout: 60_000 })
  const rows = list.locator('tbody tr.ant-table-row')
  await expect(rows).toHaveCount(1)
  await expect(rows.first()).toContainText(officeToday())
  await expect(rows.first()).toContainText(/vanthu-backup-\d{8}-\d{6}\.tar\.gz/)
  await expect(page.getByText('thành công')).toBeVisible()
  await shot('94-backup-02-listed')

  // The setting stuck: a fresh load shows 5.
  await page.reload()
  await expect(page.getByLabel('Số bản giữ lại')).toHaveValue('5')
})
