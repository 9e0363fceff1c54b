import type { Page } from '@playwright/test'
import { DEMO_PASSWORD } from '../../electron/core/demo/people'
import {
  addDays,
  dayOfWeek,
  formatVietnamese,
  isoDate,
  quocKhanhExtraDay,
} from '../../shared/calendar'
import { expect, login, test } from './fixtures/test'

test.use({ demo: true })

/** The office's year: the screen opens on it, whatever zone the test machine is in. */
function officeYear(): number {
  const text = new Intl.DateTimeFormat('en', {
    timeZone: 'Asia/Ho_Chi_Minh',
    year: 'numeric',
  }).format(new Date())
  return Number(text)
}

/** The core's deadline arithmetic, asked from the page with its session, not through the UI. */
async function addWorkingDays(page: Page, from: string, days: number): Promise<string> {
  return page.evaluate(
    async ([from, days]) => {
      const response = await fetch('api/calendar.addWorkingDays', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Requested-With': 'vanthu' },
        body: JSON.stringify({ from, days }),
      })
      const reply = (await response.json()) as { ok: boolean; value?: { date: string } }
      return reply.value?.date ?? `HTTP ${response.status}`
    },
    [from, days] as const,
  )
}

test('an admin checks the year, adds a make-up Saturday, edits a holiday and resets both', async ({
  page,
  shot,
}) => {
  const year = officeYear()
  // The first Saturday of June: no holiday near it in any year.
  let saturday = isoDate(year, 6, 1)
  while (dayOfWeek(saturday) !== 6) {
    saturday = addDays(saturday, 1)
  }
  const friday = addDays(saturday, -1)
  const monday = addDays(saturday, 2)
  const extra = quocKhanhExtraDay(year)

  await page.goto('/#/tong-quan')
  await login(page, 'admin', DEMO_PASSWORD)
  await page.getByRole('menuitem', { name: 'Quản trị' }).click()
  await page.getByRole('menuitem', { name: 'Lịch làm việc' }).click()
  await expect(page.getByRole('heading', { name: 'Lịch làm việc' })).toBeVisible()
  await expect(page).toHaveURL(/#\/quan-tri\/lich-lam-viec$/)
  await expect(page.getByText('do Bộ Nội vụ thông báo hằng năm', { exact: false })).toBeVisible()

  const table = page.getByRole('table')
  const rows = table.locator('tbody tr.ant-table-row')
  const rowOf = (date: string) => rows.filter({ hasText: formatVietnamese(date) })
  const summary = page.getByRole('group', { name: `Tóm tắt năm ${year}` })

  // The year opens on the law's defaults, in date order, Tết Dương lịch first.
  const newYear = rowOf(isoDate(year, 1, 1))
  await expect(rows.first()).toContainText(`01/01/${year}`)
  await expect(newYear).toContainText('Tết Dương lịch')
  await expect(newYear).toContainText('Nghỉ lễ')
  await expect(newYear).toContainText('Mặc định theo luật')
  await expect(newYear.getByRole('button', { name: /^Khôi phục/ })).toHaveCount(0)
  await expect(summary).toContainText('0 ngày làm bù')
  const offBefore = Number(await summary.locator('strong').first().innerText())
  expect(offBefore).toBeGreaterThanOrEqual(11)

  // The arrows move between years.
  await page.getByRole('button', { name: `Năm sau (${year + 1})` }).click()
  await expect(rows.first()).toContainText(`01/01/${year + 1}`)
  await page.getByRole('button', { name: `Năm trước (${year})` }).click()
  await expect(rows.first()).toContainText(`01/01/${year}`)

  expect(await addWorkingDays(page, friday, 1)).toBe(monday)

  // A make-up day on a weekday is refused before anything is sent.
  await page.getByRole('button', { name: 'Thêm ngày' }).click()
  const add = page.getByRole('dialog', { name: 'Thêm ngày' })
  await add.getByLabel('Ngày', { exact: true }).fill(formatVietnamese(friday))
  await add.getByLabel('Ngày', { exact: true }).press('Tab')
  await expect(add.getByText('Thứ Sáu', { exact: true })).toBeVisible()
  await add.getByLabel('Loại ngày').click()
  await page.locator('.ant-select-item-option').filter({ hasText: 'Làm bù' }).click()
  await add.getByLabel('Tên ngày').fill('Làm bù cho ngày nghỉ Quốc khánh')
  await add.getByRole('button', { name: 'Lưu' }).click()
  await expect(add.getByText('Làm bù chỉ đặt vào thứ Bảy hoặc Chủ nhật')).toBeVisible()

  await add.getByLabel('Ngày', { exact: true }).fill(formatVietnamese(saturday))
  await add.getByLabel('Ngày', { exact: true }).press('Tab')
  await expect(add.getByText('Thứ Bảy', { exact: true })).toBeVisible()
  await add.getByRole('button', { name: 'Lưu' }).click()
  await expect(add).toBeHidden()
  const makeUp = rowOf(saturday)
  await expect(makeUp).toContainText('Thứ Bảy')
  await expect(makeUp).toContainText('Làm bù')
  await expect(makeUp).toContainText('Quản trị sửa')
  await expect(summary).toContainText('1 ngày làm bù')
  // The Saturday now counts: the day after Friday is that Saturday, not Monday.
  await expect.poll(() => addWorkingDays(page, friday, 1)).toBe(saturday)

  // The extra Quốc khánh day is announced yearly: this year it is worked instead.
  const qk = rowOf(extra)
  await expect(qk).toContainText('Quốc khánh (ngày liền kề)')
  await expect(qk).toContainText('Mặc định theo luật')
  await page.getByRole('button', { name: `Sửa ngày ${formatVietnamese(extra)}` }).click()
  const edit = page.getByRole('dialog', { name: `Sửa ngày ${formatVietnamese(extra)}` })
  await expect(edit.getByLabel('Ngày', { exact: true })).toBeDisabled()
  await expect(edit.getByLabel('Tên ngày')).toHaveValue('Quốc khánh (ngày liền kề)')
  await edit.getByLabel('Loại ngày').click()
  await page.locator('.ant-select-item-option').filter({ hasText: 'Không nghỉ' }).click()
  await edit.getByRole('button', { name: 'Lưu' }).click()
  await expect(edit).toBeHidden()
  await expect(qk).toContainText('Không nghỉ')
  await expect(qk).toContainText('Quản trị sửa')
  await expect(summary.locator('strong').first()).toHaveText(String(offBefore - 1))
  await expect.poll(() => addWorkingDays(page, addDays(extra, -1), 1)).toBe(extra)

  // The toasts would cover the help text in the picture; they go by themselves.
  await expect(page.locator('.ant-message-notice')).toHaveCount(0)
  // The sticky menu follows the scroll; from the top it sits in its place in the picture.
  await page.evaluate(() => window.scrollTo(0, 0))
  await shot('admin-calendar')

  // Back to the law's default: the row stays, from the defaults again.
  await page
    .getByRole('button', { name: `Khôi phục mặc định ngày ${formatVietnamese(extra)}` })
    .click()
  await expect(page.getByRole('tooltip')).toContainText('Quốc khánh (ngày liền kề)')
  await page.getByRole('tooltip').getByRole('button', { name: 'Khôi phục' }).click()
  await expect(qk).toContainText('Nghỉ lễ')
  await expect(qk).toContainText('Mặc định theo luật')
  await expect(summary.locator('strong').first()).toHaveText(String(offBefore))
  await expect.poll(() => addWorkingDays(page, addDays(extra, -1), 1)).not.toBe(extra)

  // The make-up Saturday has no default: resetting it takes it off the table.
  await page
    .getByRole('button', { name: `Khôi phục mặc định ngày ${formatVietnamese(saturday)}` })
    .click()
  await expect(page.getByRole('tooltip')).toContainText('không có trong bảng mặc định')
  await page.getByRole('tooltip').getByRole('button', { name: 'Khôi phục' }).click()
  await expect(makeUp).toHaveCount(0)
  await expect(summary).toContainText('0 ngày làm bù')
  await expect.poll(() => addWorkingDays(page, friday, 1)).toBe(monday)
})
