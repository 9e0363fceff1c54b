import { join } from 'node:path'
import type { Browser, Page } from '@playwright/test'
import { DEMO_PASSWORD } from '../../electron/core/demo/people'
import { defaultHolidays } from '../../shared/calendar/holidays'
import { WorkCalendar } from '../../shared/calendar/working-days'
import { activeOption, artifactsDir, expect, login, test } from './fixtures/test'
import { api } from './fixtures/api'

test.use({ demo: true })

type Counts = Record<string, number>

const todayIso = (): string => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10)
/** N working days after today (Vietnam), by the default calendar the core also uses. */
function inWorkingDays(n: number): string {
  const year = Number(todayIso().slice(0, 4))
  const calendar = new WorkCalendar([...defaultHolidays(year), ...defaultHolidays(year + 1)])
  return calendar.addWorkingDays(todayIso(), n)
}
const ddmmyyyy = (iso: string): string => iso.split('-').reverse().join('/')

/** Script errors on any desk: a bug even when the screen looks right. */
const problems: string[] = []

/** One person at their own desk: a browser context of their own, signed in. */
async function desk(browser: Browser, baseURL: string, username: string): Promise<Page> {
  const context = await browser.newContext({
    baseURL,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    viewport: { width: 1366, height: 768 },
  })
  const page = await context.newPage()
  page.on('pageerror', (err) => problems.push(`${username}: ${err.message}`))
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !/401|403|Failed to load resource/.test(msg.text())) {
      problems.push(`${username}: ${msg.text()}`)
    }
  })
  await page.goto('/#/xu-ly')
  await login(page, username, DEMO_PASSWORD)
  await expect(page.getByRole('heading', { name: 'Văn bản chờ xử lý' })).toBeVisible()
  return page
}

async function snap(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0))
  await page.waitForTimeout(350)
  await page.screenshot({ path: join(artifactsDir, `${name}.png`), fullPage: true })
}

const box = (page: Page, name: string) => page.getByTestId(`inbox-box-${name}`)
const count = (page: Page, name: string) => page.getByTestId(`inbox-count-${name}`)

test('clerk presents, chairman directs, the room assigns, the officer reports, asks for time and completes', async ({
  browser,
  server,
}) => {
  test.setTimeout(180_000)
  const url = server.url
  const clerk = await desk(browser, url, 'vanthu')
  const chairman = await desk(browser, url, 'chutich')
  const dashboard = (): Promise<{ counts: Counts }> => api(chairman, 'tasks.dashboard', {})
  expect((await dashboard()).counts['total']).toBe(0)

  // The clerk registers a document, then presents it from its page.
  const doc = await api<{ id: number }>(clerk, 'documents.registerIncoming', {
    registerId: 1,
    ngayDen: todayIso(),
    so: '215',
    kyHieu: 'BTC-NSNN',
    coQuanBanHanh: 'Bộ Tài chính',
    loaiVanBan: 'cong_van',
    trichYeu: 'V/v rà soát, báo cáo tình hình giải ngân vốn đầu tư công năm 2026',
  })
  await clerk.reload()
  await expect(count(clerk, 'cho_trinh')).toHaveAccessibleName('1 mục')
  await box(clerk, 'cho_trinh')
    .getByRole('link', { name: /giải ngân vốn đầu tư công/ })
    .click()
  await expect(clerk.getByRole('heading', { name: 'Văn bản đến số 1' })).toBeVisible()
  await clerk.getByRole('button', { name: 'Trình lãnh đạo' }).click()
  const present = clerk.getByRole('dialog', { name: 'Trình lãnh đạo xin ý kiến chỉ đạo' })
  // Type once the field has the focus, and press Enter once the directory has loaded the leader:
  // before that, Enter picks nothing and the dialog rightly refuses to send.
  await expect(present.getByRole('combobox', { name: 'Lãnh đạo' })).toBeFocused()
  await clerk.keyboard.type('Nguyen Van Hung')
  await expect(activeOption(clerk, 'Nguyễn Văn Hùng')).toBeVisible()
  await clerk.keyboard.press('Enter')
  await present.getByLabel('Ghi chú').fill('Kính trình đồng chí Chủ tịch cho ý kiến chỉ đạo.')
  await present.getByLabel('Ghi chú').press('Enter')
  await expect(present).toHaveCount(0)
  await expect(clerk.getByText('Đang trình Nguyễn Văn Hùng (Chủ tịch UBND tỉnh)')).toBeVisible()

  // The chairman finds it in "Chờ tôi cho ý kiến" and directs: comment, lead, support, deadline.
  await chairman.reload()
  await expect(count(chairman, 'cho_chi_dao')).toHaveAccessibleName('1 mục')
  await expect(box(chairman, 'cho_chi_dao')).toContainText('Số đến 1 · 215/BTC-NSNN')
  await snap(chairman, 'inbox')
  await box(chairman, 'cho_chi_dao').getByRole('link').first().click()
  await chairman.getByRole('button', { name: 'Cho ý kiến chỉ đạo' }).click()
  const form = chairman.getByRole('dialog', { name: 'Cho ý kiến chỉ đạo' })
  await form.getByLabel('Chủ trì').fill('tong hop')
  await chairman.keyboard.press('Enter')
  await form.getByLabel('Phối hợp').fill('kinh te')
  await chairman.keyboard.press('Enter')
  await chairman.keyboard.press('Escape')
  await form.getByRole('button', { name: 'Giao … chủ trì, tham mưu' }).click()
  await expect(form.getByLabel('Ý kiến chỉ đạo')).toHaveValue(
    'Giao Phòng Tổng hợp chủ trì, phối hợp Phòng Kinh tế nghiên cứu, tham mưu, đề xuất.',
  )
  await form.getByRole('button', { name: 'Hạn 5 ngày làm việc' }).click()
  await expect(form.getByLabel('Hạn xử lý')).toHaveValue(ddmmyyyy(inWorkingDays(5)))
  await expect(form.getByText('Tính theo 5 ngày làm việc')).toBeVisible()
  await form.getByLabel('Nhận để biết').fill('Tran Thi Thu Ha')
  await chairman.keyboard.press('Enter')
  await chairman.keyboard.press('Escape')
  await chairman.mouse.move(0, 0)
  await chairman.waitForTimeout(350)
  await form.screenshot({ path: join(artifactsDir, 'direction-form.png') })
  await form.getByRole('button', { name: 'Ghi ý kiến và giao nhiệm vụ' }).click()
  await expect(form).toHaveCount(0)
  const level1 = chairman.getByRole('region', { name: '1. Ý kiến lãnh đạo cơ quan' })
  await expect(level1).toContainText('Chủ trì: Phòng Tổng hợp')
  await expect(level1).toContainText('Phối hợp: Phòng Kinh tế')
  await expect(level1).toContainText('Để biết: Trần Thị Thu Hà')
  await expect(level1).toContainText(`hạn ${ddmmyyyy(inWorkingDays(5))}`)
  let counts = (await dashboard()).counts
  expect([counts['total'], counts['trong_han']]).toEqual([1, 1])

  // The vice-chairman informed opens the document: her "Nhận để biết" empties itself.
  const informed = await desk(browser, url, 'pct.kinhte')
  await expect(count(informed, 'de_biet')).toHaveAccessibleName('1 mục')
  await box(informed, 'de_biet').getByRole('link').first().click()
  await expect(informed.getByText('Phiếu giải quyết văn bản đến')).toBeVisible()
  await informed.getByRole('menuitem', { name: /Xử lý/ }).click()
  await expect(count(informed, 'de_biet')).toHaveAccessibleName('0 mục')
  expect((await api<Counts>(informed, 'inbox.summary', {}))['de_biet']).toBe(0)

  // The room's head assigns an officer.
  const head = await desk(browser, url, 'tp.tonghop')
  await expect(count(head, 'cho_phan_cong')).toHaveAccessibleName('1 mục')
  await box(head, 'cho_phan_cong').getByRole('link').first().click()
  await head.getByRole('button', { name: 'Phân công' }).click()
  const assign = head.getByRole('dialog', { name: 'Phân công người xử lý' })
  // Type only once the person field has the focus (the dialog opens with it, after its animation).
  await expect(assign.getByRole('combobox', { name: 'Người xử lý' })).toBeFocused()
  await head.keyboard.type('Trinh Van Khoa')
  await expect(activeOption(head, 'Trịnh Văn Khoa')).toBeVisible()
  await head.keyboard.press('Enter')
  await assign.getByLabel('Ý kiến phân công').fill('Đồng chí Khoa xây dựng báo cáo.')
  await assign.getByLabel('Ý kiến phân công').press('Enter')
  await expect(assign).toHaveCount(0)
  await expect(head.getByTestId('event-phan_cong')).toBeVisible()

  // The officer reports half-way, then asks for three more working days.
  const officer = await desk(browser, url, 'cv.tonghop1')
  await expect(count(officer, 'dang_xu_ly')).toHaveAccessibleName('1 mục')
  await box(officer, 'dang_xu_ly').getByRole('link').first().click()
  await officer.getByRole('button', { name: 'Báo cáo tiến độ' }).click()
  const report = officer.getByRole('dialog', { name: 'Báo cáo tiến độ' })
  await report.getByRole('spinbutton', { name: 'Tiến độ (%)' }).fill('50')
  await report.locator('input[type=file]').setInputFiles({
    name: 'so-lieu-giai-ngan.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('Sở,Giải ngân\nSở Tài chính,72%\n'),
  })
  await expect(report.getByText('so-lieu-giai-ngan.csv')).toBeVisible()
  await report.getByLabel('Nội dung báo cáo').fill('Đã tổng hợp số liệu của 10/18 sở, ngành.')
  await report.getByLabel('Nội dung báo cáo').press('Enter')
  await expect(report).toHaveCount(0)
  await expect(officer.getByRole('progressbar', { name: 'Tiến độ 50%' })).toBeVisible()
  const asked = inWorkingDays(8)
  await officer.getByRole('button', { name: 'Xin gia hạn' }).click()
  const extension = officer.getByRole('dialog', { name: 'Xin gia hạn' })
  await officer.keyboard.type(ddmmyyyy(asked))
  await officer.keyboard.press('Enter')
  await extension.getByLabel('Lý do').fill('Còn 8 sở chưa gửi số liệu.')
  await extension.getByLabel('Lý do').press('Enter')
  await expect(extension).toHaveCount(0)
  await expect(officer.getByText('Xin gia hạn', { exact: true }).first()).toBeVisible()
  counts = (await dashboard()).counts
  expect([counts['total'], counts['trong_han']]).toEqual([1, 1])

  // The chairman grants it from his box.
  await chairman.getByRole('menuitem', { name: /Xử lý/ }).click()
  await expect(count(chairman, 'xin_gia_han')).toHaveAccessibleName('1 mục')
  await box(chairman, 'xin_gia_han').getByRole('link').first().click()
  await chairman.getByRole('button', { name: 'Duyệt gia hạn' }).click()
  const decide = chairman.getByRole('dialog', { name: 'Duyệt đề nghị gia hạn' })
  await decide.getByRole('button', { name: 'Đồng ý gia hạn' }).click()
  await expect(decide).toHaveCount(0)
  await expect(chairman.getByTestId('task-deadline')).toContainText(ddmmyyyy(asked))
  await expect(chairman.getByTestId('event-duyet_gia_han')).toContainText(
    `Hạn ${ddmmyyyy(inWorkingDays(5))} → ${ddmmyyyy(asked)}`,
  )

  // The officer completes it: on time.
  await officer.reload()
  await officer.getByRole('button', { name: 'Hoàn thành' }).click()
  const done = officer.getByRole('dialog', { name: 'Hoàn thành nhiệm vụ' })
  await done.getByLabel('Kết quả thực hiện').fill('Đã trình văn bản báo cáo Bộ Tài chính.')
  await done.getByLabel('Kết quả thực hiện').press('Enter')
  await expect(done).toHaveCount(0)
  await expect(officer.getByText('Hoàn thành đúng hạn').first()).toBeVisible()
  counts = (await dashboard()).counts
  expect([counts['total'], counts['trong_han'], counts['hoan_thanh_dung_han']]).toEqual([1, 0, 1])

  // The chairman's views: the task, the document's phiếu, his boxes, the list.
  await chairman.reload()
  await expect(chairman.getByTestId('event-hoan_thanh')).toBeVisible()
  // The officer's file opens for the one who gave the task.
  const download = chairman.waitForEvent('download')
  await chairman.getByRole('button', { name: 'so-lieu-giai-ngan.csv' }).click()
  expect((await download).suggestedFilename()).toBe('so-lieu-giai-ngan.csv')
  await snap(chairman, 'task-detail')
  await chairman.goto(`/#/van-ban-den/${doc.id}`)
  const level3 = chairman.getByRole('region', { name: '3. Người xử lý đề xuất / kết quả' })
  await expect(level3).toContainText('50% · Đã tổng hợp số liệu')
  await expect(level3).toContainText('Đã trình văn bản báo cáo Bộ Tài chính.')
  await expect(chairman.getByRole('list', { name: 'Nhận để biết' })).toContainText('Đã đọc')
  await snap(chairman, 'direction-flow')
  await chairman.getByRole('menuitem', { name: 'Công việc' }).click()
  await expect(chairman.getByTestId('bucket-hoan_thanh_dung_han')).toContainText('1')
  await chairman.getByTestId('bucket-hoan_thanh_dung_han').click()
  await expect(chairman.locator('.tasks-table tbody tr.ant-table-row')).toHaveCount(1)
  await snap(chairman, 'tasks-list')
  expect(problems, 'no script errors on any desk').toEqual([])
})

test('a clerk records a leader\'s paper direction "để biết" without a task', async ({
  browser,
  server,
}) => {
  const clerk = await desk(browser, server.url, 'vanthu')
  const doc = await api<{ id: number }>(clerk, 'documents.registerIncoming', {
    registerId: 1,
    ngayDen: todayIso(),
    so: '88',
    kyHieu: 'SNV-CCVC',
    coQuanBanHanh: 'Sở Nội vụ',
    loaiVanBan: 'cong_van',
    trichYeu: 'V/v thông báo lịch tập huấn công tác văn thư',
  })
  await clerk.goto(`/#/van-ban-den/${doc.id}`)
  await clerk.getByRole('button', { name: 'Ghi ý kiến chỉ đạo thay lãnh đạo' }).click()
  const form = clerk.getByRole('dialog', { name: 'Ghi ý kiến chỉ đạo thay lãnh đạo' })
  await form.getByRole('button', { name: 'Ghi ý kiến' }).click()
  await expect(form.getByText('Chọn lãnh đạo đã cho ý kiến')).toBeVisible()
  await form.getByLabel('Lãnh đạo cho ý kiến (trên giấy)').fill('pho chu tich')
  await clerk.keyboard.press('Enter')
  await form.getByRole('button', { name: 'Để biết', exact: true }).click()
  await expect(form.getByLabel('Ý kiến chỉ đạo')).toHaveValue('Để biết.')
  await expect(form.getByLabel('Chủ trì')).toHaveCount(0)
  await form.getByLabel('Nhận để biết').fill('cv.tonghop1')
  await clerk.keyboard.press('Enter')
  await clerk.keyboard.press('Escape')
  await form.getByRole('button', { name: 'Ghi ý kiến', exact: true }).click()
  await expect(form).toHaveCount(0)
  const level1 = clerk.getByRole('region', { name: '1. Ý kiến lãnh đạo cơ quan' })
  await expect(level1).toContainText('Văn thư Ngô Thị Hương ghi thay (ý kiến trên giấy)')
  await expect(level1).toContainText('Để biết: Trịnh Văn Khoa')
  await expect(clerk.getByRole('list', { name: 'Nhận để biết' })).toContainText('Chưa đọc')
  expect(problems, 'no script errors on any desk').toEqual([])
})
