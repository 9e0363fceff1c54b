import { join } from 'node:path'
import Database from 'better-sqlite3'
import { request as playwrightRequest, type APIRequestContext, type Page } from '@playwright/test'
import { DEMO_PASSWORD } from '../../electron/core/demo/people'
import { expect, login, logout, test } from './fixtures/test'
import { api, vietnamDay, type Reply } from './fixtures/api'

test.use({ demo: true })

type Id = { id: number }

/** Someone else, signed in on their own HTTP session (not the page's). */
async function signedIn(baseURL: string, username: string) {
  const context: APIRequestContext = await playwrightRequest.newContext({
    baseURL,
    extraHTTPHeaders: { 'X-Requested-With': 'vanthu' },
  })
  const call = async <T>(method: string, input: unknown): Promise<T> => {
    const response = await context.post(`api/${method}`, { data: input })
    const reply = (await response.json()) as Reply<T>
    if (!reply.ok) {
      throw new Error(`${username} ${method}: ${reply.error?.message ?? 'lỗi'}`)
    }
    return reply.value as T
  }
  await call('auth.login', { username, password: DEMO_PASSWORD })
  return { call, dispose: () => context.dispose() }
}

const bell = (page: Page) => page.getByTestId('notification-bell')
const card = (page: Page, id: string) => page.getByTestId(`card-${id}`)

test('a leader reads the overview, drills down, and a unit leader works the bell', async ({
  page,
  server,
  shot,
}) => {
  test.setTimeout(120_000)
  const today = vietnamDay()
  const yearStart = `${today.slice(0, 4)}-01-01`

  await page.goto('/#/tong-quan')
  await login(page, 'chutich', DEMO_PASSWORD)
  await expect(page.getByRole('heading', { name: 'Tổng quan' })).toBeVisible()
  // Nothing given yet: the screen says so instead of showing zeros.
  await expect(page.getByText('Chưa có nhiệm vụ nào trong kỳ')).toBeVisible()

  // The chairman gives five tasks from a meeting's conclusions, to four rooms.
  const units = await api<{ id: number; shortName: string }[]>(page, 'units.list', {})
  const unit = (short: string): number => units.find((u) => u.shortName === short)?.id ?? 0
  const give = (title: string, short: string, days: number, priority = 'thuong') =>
    api<Id>(page, 'tasks.create', {
      title,
      lead: { unitId: unit(short) },
      deadline: vietnamDay(days),
      priority,
      sourceText: 'Kết luận cuộc họp giao ban tháng',
    })
  await give('Rà soát tiến độ giải ngân vốn đầu tư công', 'KT', 10)
  const urgent = await give('Báo cáo tình hình giá cả thị trường', 'KT', 1, 'khan')
  const social = await give('Tổng hợp kết quả tuyển sinh đầu cấp', 'VX', 5)
  const justice = await give('Rà soát đơn thư khiếu nại tồn đọng', 'NC', 7)
  const summary = await give('Dự thảo báo cáo kinh tế - xã hội', 'TH', 3)

  // The lead rooms' leaders complete two of them; the economy room gives the urgent one to a
  // specialist.
  const vanxa = await signedIn(server.url, 'tp.vanxa')
  await vanxa.call('tasks.complete', { id: social.id, result: 'Đã tổng hợp, gửi kèm báo cáo' })
  const tonghop = await signedIn(server.url, 'tp.tonghop')
  await tonghop.call('tasks.complete', { id: summary.id, result: 'Đã trình dự thảo' })
  const kinhte = await signedIn(server.url, 'tp.kinhte')
  const people = await kinhte.call<{ id: number; username: string }[]>('users.list', {
    unitId: unit('KT'),
  })
  const specialist = people.find((p) => p.username === 'cv.kinhte1')?.id ?? 0
  await kinhte.call('tasks.assign', { id: urgent.id, handlerId: specialist })

  // The core refuses a deadline in the past and the server runs on the real clock, so two
  // deadlines are moved back in the store to get late work: one still open, one done late.
  const db = new Database(join(server.dataDir, 'vanthu.db'))
  try {
    const past = db.prepare('UPDATE tasks SET deadline = ? WHERE id = ?')
    past.run(vietnamDay(-20), justice.id)
    past.run(vietnamDay(-20), summary.id)
  } finally {
    db.close()
  }

  await page.reload()
  await expect(card(page, 'total')).toContainText('5')
  await expect(card(page, 'trong_han')).toContainText('2')
  await expect(card(page, 'qua_han')).toContainText('1')
  await expect(card(page, 'hoan_thanh_dung_han')).toContainText('1')
  await expect(card(page, 'hoan_thanh_qua_han')).toContainText('1')
  await expect(card(page, 'sap_den_han')).toContainText('1')
  await expect(card(page, 'overdue-percent')).toContainText('40%')
  await expect(card(page, 'done-percent')).toContainText('40%')
  await expect(card(page, 'overdue-percent')).toContainText('Kỳ trước chưa có nhiệm vụ')

  const byUnit = page.getByRole('table', { name: 'Nhiệm vụ theo đơn vị chủ trì' })
  const rows = byUnit.locator('tbody tr.ant-table-row')
  await expect(rows).toHaveCount(4)
  // Vietnamese order, as the core sorts.
  await expect(rows.nth(0)).toContainText('Phòng Khoa giáo - Văn xã')
  await expect(rows.nth(1)).toContainText('Phòng Kinh tế')
  await expect(rows.nth(2)).toContainText('Phòng Nội chính')
  await expect(rows.nth(3)).toContainText('Phòng Tổng hợp')
  await expect(rows.nth(1).locator('td')).toHaveText([
    'Phòng Kinh tế',
    '2',
    '2',
    '0',
    '0',
    '0',
    '0%',
  ])
  await expect(rows.nth(3).locator('td').last()).toHaveText('100%')

  const overdueList = page.getByTestId('list-qua_han')
  await expect(overdueList).toContainText('Rà soát đơn thư khiếu nại tồn đọng')
  await expect(overdueList).toContainText(/quá \d+ ngày/)
  await expect(page.getByTestId('list-sap_den_han')).toContainText(
    'Báo cáo tình hình giá cả thị trường',
  )
  await expect(page.getByRole('img', { name: /Biểu đồ tròn theo tình trạng/ })).toBeVisible()
  await expect(page.getByRole('img', { name: /Biểu đồ theo tuần/ })).toBeVisible()
  await page.evaluate(() => window.scrollTo(0, 0))
  await shot('dashboard-leader')

  // Every figure opens the list it counts.
  await card(page, 'qua_han').getByRole('link').click()
  await expect(page).toHaveURL(
    new RegExp(`#/cong-viec\\?view=all&bucket=qua_han&from=${yearStart}&to=${today}$`),
  )
  await page.goBack()
  await byUnit.getByRole('link', { name: 'Phòng Kinh tế, Chưa hoàn thành - trong hạn: 2' }).click()
  await expect(page).toHaveURL(
    new RegExp(
      `#/cong-viec\\?view=all&bucket=trong_han&unitId=${unit('KT')}&from=${yearStart}&to=${today}$`,
    ),
  )
  await page.goBack()
  await page
    .getByTestId('list-qua_han')
    .getByRole('link', { name: /khiếu nại/ })
    .click()
  await expect(page).toHaveURL(new RegExp(`#/cong-viec/${justice.id}$`))

  // Another period: this month, in the address so "back" keeps it.
  await page.goto('/#/tong-quan')
  await page.getByText('Tháng này', { exact: true }).click()
  await expect(page).toHaveURL(/#\/tong-quan\?ky=thang$/)
  await expect(card(page, 'total')).toContainText('5')
  await expect(page.getByRole('img', { name: /Biểu đồ theo ngày/ })).toBeVisible()
  // A custom range starts from the dates shown, to be adjusted.
  await page.getByText('Tùy chọn', { exact: true }).click()
  await expect(page).toHaveURL(
    new RegExp(`#/tong-quan\\?ky=tuy_chon&from=${today.slice(0, 7)}-01&to=${today}$`),
  )
  await expect(page.getByPlaceholder('Từ ngày')).toHaveValue(
    `01/${today.slice(5, 7)}/${today.slice(0, 4)}`,
  )

  // The economy room's leader has notifications for the room's new tasks.
  await logout(page)
  await login(page, 'tp.kinhte', DEMO_PASSWORD)
  await expect(page.getByRole('heading', { name: 'Tổng quan' })).toBeVisible()
  const unread = (await api<{ unread: number }>(page, 'notifications.list', {})).unread
  expect(unread).toBeGreaterThanOrEqual(2)
  await expect(bell(page)).toHaveAccessibleName(`Thông báo: ${unread} chưa đọc`)
  await bell(page).click()
  const panel = page.getByRole('region', { name: 'Thông báo' })
  await expect(
    panel.getByRole('button', { name: /^Chưa đọc: Nhiệm vụ mới được giao chủ trì/ }),
  ).toHaveCount(2)
  await expect(panel.getByRole('button', { name: 'Bật thông báo trên máy' })).toBeVisible()
  await expect(panel).toContainText('trước')
  await shot('notifications-popover')

  // Opening one marks it read and goes to its task.
  await panel
    .getByRole('button', { name: /^Chưa đọc: Nhiệm vụ mới được giao chủ trì\. Rà soát tiến độ/ })
    .click()
  await expect(page).toHaveURL(/#\/cong-viec\/\d+$/)
  await expect(bell(page)).toHaveAccessibleName(`Thông báo: ${unread - 1} chưa đọc`)

  // A task given while the page is open arrives as a toast (no system permission was given).
  await page.goto('/#/tong-quan')
  const chairman = await signedIn(server.url, 'chutich')
  await chairman.call('tasks.create', {
    title: 'Kiểm tra công tác phòng chống cháy nổ chợ đầu mối',
    lead: { unitId: unit('KT') },
    deadline: vietnamDay(14),
    sourceText: 'Kết luận cuộc họp giao ban tháng',
  })
  await page.evaluate(() => window.dispatchEvent(new Event('visibilitychange')))
  const toast = page.locator('.ant-notification-notice').filter({ hasText: 'chợ đầu mối' })
  await expect(toast).toContainText('Nhiệm vụ mới được giao chủ trì')
  await expect(bell(page)).toHaveAccessibleName(`Thông báo: ${unread} chưa đọc`)

  await bell(page).click()
  await panel.getByRole('button', { name: 'Đánh dấu đã đọc tất cả' }).click()
  await expect(bell(page)).toHaveAccessibleName('Thông báo: không có thông báo mới')
  await expect(panel.getByRole('button', { name: /^Chưa đọc:/ })).toHaveCount(0)
  await page.keyboard.press('Escape')

  // A specialist sees their own work first, by priority; the leader's toast left with him.
  await logout(page)
  await expect(toast).toHaveCount(0)
  await login(page, 'cv.kinhte1', DEMO_PASSWORD)
  const mine = page.getByTestId('mine')
  await expect(mine).toBeVisible()
  const mineBox = await mine.boundingBox()
  const cardsBox = await card(page, 'total').boundingBox()
  expect(mineBox?.y ?? 0).toBeLessThan(cardsBox?.y ?? 0)
  const dueSoon = mine.getByRole('link', { name: 'Việc khẩn, sắp đến hạn: 1' })
  await expect(dueSoon).toHaveAttribute(
    'href',
    '#/cong-viec?view=mine&priority=khan&bucket=sap_den_han',
  )
  await page.evaluate(() => window.scrollTo(0, 0))
  await shot('dashboard-specialist')

  await Promise.all([vanxa.dispose(), tonghop.dispose(), kinhte.dispose(), chairman.dispose()])
})

test('an admin sets the due-soon window on the agency screen', async ({ page, shot }) => {
  await page.goto('/#/quan-tri/co-quan')
  await login(page, 'admin', DEMO_PASSWORD)
  const settings = page.getByTestId('due-soon-settings')
  const days = settings.getByLabel('Cảnh báo sắp đến hạn trước')
  await expect(days).toHaveValue('3')
  await days.fill('45')
  await settings.getByRole('button', { name: 'Lưu' }).click()
  await expect(settings.getByRole('alert')).toContainText('Từ 1 đến 30 ngày')
  await days.fill('5')
  await settings.getByRole('button', { name: 'Lưu' }).click()
  await expect(page.getByText('Đã lưu: cảnh báo trước 5 ngày')).toBeVisible()
  await shot('agency-due-soon')
  await page.reload()
  await expect(
    page.getByTestId('due-soon-settings').getByLabel('Cảnh báo sắp đến hạn trước'),
  ).toHaveValue('5')
})

test('in a browser, new notifications become system notifications once allowed', async ({
  page,
  server,
}) => {
  // A stand-in for the browser's Notification API: headless Chromium shows nothing, and the
  // test needs to see what was raised and to click it.
  await page.addInitScript(() => {
    type Raised = { title: string; body: string; click: () => void }
    const raised: Raised[] = []
    class FakeNotification {
      static permission: NotificationPermission = 'default'
      static requestPermission(): Promise<NotificationPermission> {
        FakeNotification.permission = 'granted'
        return Promise.resolve('granted')
      }
      onclick: (() => void) | null = null
      onclose: (() => void) | null = null
      constructor(title: string, options: { body?: string } = {}) {
        raised.push({ title, body: options.body ?? '', click: () => this.onclick?.() })
      }
      close(): void {}
    }
    Object.assign(window, { Notification: FakeNotification, raised })
  })
  await page.goto('/#/tong-quan')
  await login(page, 'cv.kinhte1', DEMO_PASSWORD)
  await bell(page).click()
  await page.getByRole('button', { name: 'Bật thông báo trên máy' }).click()
  await expect(page.getByRole('button', { name: 'Bật thông báo trên máy' })).toHaveCount(0)
  await page.keyboard.press('Escape')

  const chairman = await signedIn(server.url, 'chutich')
  const people = await chairman.call<{ id: number; username: string }[]>('users.list', {})
  const me = people.find((p) => p.username === 'cv.kinhte1')?.id ?? 0
  const task = await chairman.call<Id>('tasks.create', {
    title: 'Chuẩn bị số liệu cho phiên chất vấn',
    lead: { userId: me },
    deadline: vietnamDay(6),
    sourceText: 'Kết luận cuộc họp giao ban tháng',
  })
  await page.evaluate(() => window.dispatchEvent(new Event('visibilitychange')))
  await expect
    .poll(() =>
      page.evaluate(() =>
        (window as unknown as { raised: { body: string }[] }).raised.map((r) => r.body),
      ),
    )
    .toEqual([expect.stringContaining('Chuẩn bị số liệu cho phiên chất vấn')])
  // No in-page toast as well: one notice per notification.
  await expect(page.locator('.ant-notification-notice')).toHaveCount(0)
  await page.evaluate(() =>
    (window as unknown as { raised: { click: () => void }[] }).raised[0]?.click(),
  )
  await expect(page).toHaveURL(new RegExp(`#/cong-viec/${task.id}$`))
  await chairman.dispose()
})
