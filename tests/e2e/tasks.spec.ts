import { join } from 'node:path'
import Database from 'better-sqlite3'
import type { Browser, Page } from '@playwright/test'
import { DEMO_PASSWORD } from '../../electron/core/demo/people'
import { expect, login, test } from './fixtures/test'
import { api, vietnamDay } from './fixtures/api'

test.use({ demo: true })

type Id = { id: number }

async function desk(browser: Browser, baseURL: string, username: string): Promise<Page> {
  const context = await browser.newContext({
    baseURL,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    viewport: { width: 1366, height: 768 },
  })
  const page = await context.newPage()
  await page.goto('/#/xu-ly')
  await login(page, username, DEMO_PASSWORD)
  await expect(page.getByRole('heading', { name: 'Văn bản chờ xử lý' })).toBeVisible()
  return page
}

const rows = (page: Page) => page.locator('.tasks-table tbody tr.ant-table-row')
const chip = (page: Page, key: string) => page.getByTestId(`bucket-${key}`)
const chipKeys = [
  'all',
  'trong_han',
  'sap_den_han',
  'qua_han',
  'hoan_thanh_dung_han',
  'hoan_thanh_qua_han',
]

/** Every chip's count is the number of rows it opens. */
async function countsAreHonest(page: Page): Promise<void> {
  for (const key of chipKeys) {
    await chip(page, key).click()
    const n = Number((await chip(page, key).locator('.bucket-chip__count').innerText()).trim())
    await expect(rows(page), `chip ${key}`).toHaveCount(n)
  }
  await chip(page, 'all').click()
}

test('the task list filters by bucket, link, text and priority; a leader gives, asks, reopens', async ({
  page,
  server,
  shot,
  browser,
}) => {
  test.setTimeout(150_000)
  await page.goto('/#/cong-viec')
  await login(page, 'chutich', DEMO_PASSWORD)
  await expect(page.getByRole('heading', { name: 'Công việc' })).toBeVisible()
  await expect(page.getByText('Không có nhiệm vụ nào khớp bộ lọc.')).toBeVisible()

  const units = await api<{ id: number; shortName: string }[]>(page, 'units.list', {})
  const unit = (short: string): number => units.find((u) => u.shortName === short)?.id ?? 0
  const give = (title: string, short: string, days: number, priority = 'thuong') =>
    api<Id>(page, 'tasks.create', {
      title,
      lead: { unitId: unit(short) },
      deadline: vietnamDay(days),
      priority,
      sourceText: 'Kết luận cuộc họp giao ban ngày 16/11',
    })
  await give('Rà soát quy hoạch các khu công nghiệp', 'KT', 20, 'cao')
  await give('Báo cáo kết quả thu ngân sách quý IV', 'TH', 1, 'khan')
  const fire = await give('Kiểm tra công tác phòng cháy chữa cháy tại chợ đầu mối', 'KT', 9)
  const db = new Database(join(server.dataDir, 'vanthu.db'))
  try {
    db.prepare('UPDATE tasks SET deadline = ? WHERE id = ?').run(vietnamDay(-6), fire.id)
  } finally {
    db.close()
  }

  // A task from a meeting, given in the UI: what is missing is said on the fields.
  await page.getByRole('button', { name: 'Giao nhiệm vụ' }).click()
  const form = page.getByRole('dialog', { name: 'Giao nhiệm vụ' })
  await form.getByRole('button', { name: 'Giao nhiệm vụ' }).click()
  await expect(form.getByText('Nhập tên nhiệm vụ')).toBeVisible()
  await expect(form.getByText('Nhập nguồn giao')).toBeVisible()
  await expect(form.getByText('Chọn đơn vị hoặc người chủ trì')).toBeVisible()
  await expect(form.getByText('Chọn hạn xử lý')).toBeVisible()
  await form.getByLabel('Tên nhiệm vụ').fill('Tổng hợp ý kiến góp ý dự thảo Nghị quyết về đất đai')
  await form.getByLabel('Nguồn giao').fill('Kết luận cuộc họp giao ban ngày 17/11/2026')
  await form.getByLabel('Chủ trì').fill('Lý Thị Ngọc')
  await page.keyboard.press('Enter')
  await form.getByLabel('Phối hợp').fill('kinh te')
  await page.keyboard.press('Enter')
  await page.keyboard.press('Escape')
  // The supporter's own deadline is later than the task's: the core says so on Phối hợp.
  await form
    .getByLabel('Hạn riêng của Phòng Kinh tế')
    .fill(vietnamDay(30).split('-').reverse().join('/'))
  await form.getByLabel('Hạn riêng của Phòng Kinh tế').press('Tab')
  await form.getByRole('button', { name: 'Hạn 10 ngày làm việc' }).click()
  await form.getByText('Khẩn', { exact: true }).click()
  await form.getByRole('button', { name: 'Giao nhiệm vụ' }).click()
  await expect(form.getByRole('alert')).toContainText('Hạn của bên phối hợp không thể sau hạn')
  await expect(
    form.getByText('Phòng Kinh tế: Hạn của bên phối hợp không thể sau hạn'),
  ).toBeVisible()
  await shot('tasks-create-errors')
  await form.getByLabel('Hạn riêng của Phòng Kinh tế').hover()
  await form.locator('.support-deadlines .ant-picker-clear').click()
  await expect(form.getByText('Phòng Kinh tế: Hạn của bên phối hợp')).toHaveCount(0)
  await form.getByRole('button', { name: 'Giao nhiệm vụ' }).click()
  await expect(form).toHaveCount(0)
  await expect(page.getByRole('heading', { name: /góp ý dự thảo Nghị quyết/ })).toBeVisible()
  await expect(page.getByText('Cuộc họp: Kết luận cuộc họp giao ban ngày 17/11/2026')).toBeVisible()

  // The list: every count is the rows it opens; late work is red with how late it is.
  await page.getByRole('menuitem', { name: 'Công việc' }).click()
  await expect(chip(page, 'all')).toContainText('4')
  await expect(chip(page, 'qua_han')).toContainText('1')
  await countsAreHonest(page)
  const late = rows(page).filter({ hasText: 'phòng cháy chữa cháy' })
  await expect(late.locator('.task-deadline--late')).toContainText(/quá \d+ ngày/)
  await shot('tasks-list-all')

  // The dashboard's deep link opens the same rows; the filters stay in the address.
  await page.goto(`/#/cong-viec?bucket=qua_han&unitId=${unit('KT')}&view=all`)
  await expect(rows(page)).toHaveCount(1)
  await expect(rows(page).first()).toContainText('chợ đầu mối')
  await page.goto('/#/cong-viec?view=all')
  await page.getByLabel('Tìm nhiệm vụ').fill('phong chay')
  await expect(rows(page)).toHaveCount(1)
  await expect(page).toHaveURL(/q=phong\+chay/)
  await page.getByLabel('Tìm nhiệm vụ').clear()
  await expect(rows(page)).toHaveCount(4)
  await page.getByLabel('Mức ưu tiên').click()
  await page.locator('.ant-select-item-option', { hasText: 'Khẩn' }).click()
  await expect(rows(page)).toHaveCount(2)
  await expect(page).toHaveURL(/priority=khan/)
  await countsAreHonest(page)

  // The chairman asks the economy room why the fire check is late; the room explains.
  await page.goto(`/#/cong-viec/${fire.id}`)
  await page.getByRole('button', { name: 'Yêu cầu giải trình' }).click()
  const ask = page.getByRole('dialog', { name: 'Yêu cầu giải trình' })
  await ask.getByLabel('Nội dung yêu cầu').fill('Đề nghị giải trình lý do chậm.')
  await ask.getByLabel('Nội dung yêu cầu').press('Enter')
  await expect(ask).toHaveCount(0)
  const room = await desk(browser, server.url, 'tp.kinhte')
  await expect(room.getByTestId('inbox-count-giai_trinh')).toHaveAccessibleName('1 mục')
  await room.getByTestId('inbox-box-giai_trinh').getByRole('link').first().click()
  await expect(room.getByText('yêu cầu giải trình: Đề nghị giải trình lý do chậm.')).toBeVisible()
  await room.getByRole('button', { name: 'Giải trình' }).click()
  const answer = room.getByRole('dialog', { name: 'Giải trình' })
  await answer.getByLabel('Nội dung giải trình').fill('Chợ đang sửa chữa, đã hẹn kiểm tra lại.')
  await answer.getByLabel('Nội dung giải trình').press('Enter')
  await expect(answer).toHaveCount(0)
  await room.getByRole('button', { name: 'Hoàn thành' }).click()
  const done = room.getByRole('dialog', { name: 'Hoàn thành nhiệm vụ' })
  await done.getByLabel('Kết quả thực hiện').fill('Đã kiểm tra, lập biên bản.')
  await done.getByLabel('Kết quả thực hiện').press('Enter')
  await expect(room.getByText('Hoàn thành quá hạn').first()).toBeVisible()

  // Not enough: the chairman reopens it with a new deadline.
  await page.reload()
  await expect(page.getByTestId('event-giai_trinh')).toContainText('Chợ đang sửa chữa')
  await page.getByRole('button', { name: 'Mở lại' }).click()
  const reopen = page.getByRole('dialog', { name: 'Mở lại nhiệm vụ' })
  await reopen.getByLabel('Lý do mở lại').fill('Bổ sung ảnh chụp hiện trường.')
  await reopen
    .getByLabel('Hạn mới (không bắt buộc)')
    .fill(vietnamDay(7).split('-').reverse().join('/'))
  await reopen.getByLabel('Hạn mới (không bắt buộc)').press('Tab')
  await reopen.getByRole('button', { name: 'Mở lại' }).click()
  await expect(reopen).toHaveCount(0)
  await expect(page.getByTestId('event-mo_lai')).toContainText(
    `→ ${vietnamDay(7).split('-').reverse().join('/')}`,
  )
  await expect(page.getByText('Trong hạn', { exact: true }).first()).toBeVisible()
  await shot('task-reopened')
})
