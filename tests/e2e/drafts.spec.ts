import { join } from 'node:path'
import type { Browser, Page } from '@playwright/test'
import { DEMO_PASSWORD } from '../../electron/core/demo/people'
import { api, vietnamDay } from './fixtures/api'
import { activeOption, artifactsDir, expect, login, test } from './fixtures/test'

test.use({ demo: true })

// The shared corpus sits beside the repository (../shared), never inside it.
const corpus = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus', 'pdf')
const FIRST_DRAFT = join(corpus, '07_text_TB-480-TB-VPCP.pdf')
const SECOND_DRAFT = join(corpus, '08_text+stamp_QD-2362-QD-UBND_LaiChau.pdf')

const TRICH_YEU = 'V/v báo cáo tình hình giải ngân vốn đầu tư công năm 2026'
const RETURN_NOTE = 'Bổ sung số liệu giải ngân quý IV và phụ lục chi tiết theo từng dự án.'

type User = { id: number; username: string }

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

const status = (page: Page) => page.getByTestId('draft-status').first()
const toolbar = (page: Page) => page.getByRole('toolbar', { name: 'Thao tác với dự thảo' })
const dialog = (page: Page) => page.getByRole('dialog')

/** A full-page picture from the top: the menu is sticky, so a scrolled page would show it moved. */
async function snap(page: Page, shot: (name: string) => Promise<void>, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0))
  await shot(name)
}

test('a reply is drafted from its task, returned, revised, approved, checked, signed and issued, closing the document and the task', async ({
  page,
  browser,
  server,
  shot,
}) => {
  test.setTimeout(180_000)

  // The văn thư registers a request and records the chairman's direction: cv.tonghop1 answers.
  const clerk = await desk(browser, server.url, 'vanthu')
  const users = await api<User[]>(clerk, 'users.list', {})
  const idOf = (username: string): number => users.find((u) => u.username === username)?.id ?? 0
  const doc = await api<{ id: number }>(clerk, 'documents.registerIncoming', {
    registerId: 1,
    ngayDen: vietnamDay(),
    so: '215',
    kyHieu: 'BTC-NSNN',
    coQuanBanHanh: 'Bộ Tài chính',
    loaiVanBan: 'cong_van',
    trichYeu: 'V/v rà soát, báo cáo tình hình giải ngân vốn đầu tư công năm 2026',
  })
  const flow = await api<{ tasks: { id: number }[] }>(clerk, 'documents.direct', {
    documentId: doc.id,
    comment: 'Giao Phòng Tổng hợp tham mưu văn bản trả lời.',
    onBehalfOfId: idOf('chutich'),
    task: {
      title: 'Tham mưu văn bản trả lời Bộ Tài chính',
      lead: { userId: idOf('cv.tonghop1') },
      deadline: vietnamDay(7),
    },
  })
  const taskId = flow.tasks[0]?.id ?? 0

  // The specialist starts the reply from the task: document and task come linked.
  await page.goto(`/#/cong-viec/${taskId}`)
  await login(page, 'cv.tonghop1', DEMO_PASSWORD)
  await page.getByRole('button', { name: 'Soạn văn bản trả lời' }).click()
  await expect(page).toHaveURL(new RegExp(`du-thao/moi\\?task=${taskId}&replyTo=${doc.id}`))
  await expect(page.getByRole('heading', { name: 'Soạn dự thảo' })).toBeVisible()
  const form = page.locator('form#draft')
  await expect(form).toContainText('215/BTC-NSNN')
  await expect(form).toContainText('Tham mưu văn bản trả lời Bộ Tài chính')

  // Saving with nothing says what is missing, by field and for the files.
  await page.getByRole('button', { name: 'Lưu dự thảo' }).click()
  await expect(form.getByText('Chọn loại văn bản')).toBeVisible()
  await expect(form.getByText('Nhập trích yếu')).toBeVisible()

  await page.locator('#draft_loaiVanBan').click()
  await page.keyboard.type('cong van')
  await page.keyboard.press('Enter')
  await page.locator('#draft_trichYeu').fill(TRICH_YEU)
  await page.locator('#draft_recipientOutside').click()
  await page.keyboard.type('Bộ Tài chính')
  await page.keyboard.press('Enter')
  await page.keyboard.press('Escape')
  await page.locator('#draft_recipientUnits').click()
  await page.keyboard.type('kinh te')
  await page.locator('.ant-select-tree-title', { hasText: 'Phòng Kinh tế' }).click()
  await page.keyboard.press('Escape')
  await page.locator('#draft_signerId').click()
  await page.keyboard.type('nguyen van hung')
  await expect(activeOption(page, 'Nguyễn Văn Hùng')).toBeVisible()
  await page.keyboard.press('Enter')
  await page.getByRole('button', { name: 'Lưu dự thảo' }).click()
  await expect(page.getByTestId('draft-files-error')).toHaveText('Đính kèm tệp dự thảo')
  await page.locator('[data-testid=draft-files] input[type=file]').setInputFiles(FIRST_DRAFT)
  const files = page.getByRole('list', { name: 'Tệp dự thảo' })
  await expect(files).toContainText('07_text_TB-480-TB-VPCP.pdf')
  await expect(page.getByTestId('draft-files-error')).toHaveCount(0)
  await expect(page.getByRole('img', { name: 'Trang 1' })).toBeVisible()
  await snap(page, shot, 'drafts-01-form')

  await page.getByRole('button', { name: 'Lưu dự thảo' }).click()
  await expect(page).toHaveURL(/du-thao\/\d+$/)
  const draftUrl = new URL(page.url()).hash.slice(1)
  await expect(status(page)).toHaveText('Đang soạn')
  await expect(page.getByTestId('draft-version')).toHaveText('1')
  await expect(page.getByTestId('draft-reply-link')).toContainText('215/BTC-NSNN')
  await expect(page.getByTestId('draft-task-link')).toHaveAttribute('href', `#/cong-viec/${taskId}`)

  // Trình: the unit's own leader comes first; the proposed signer is kept.
  await toolbar(page).getByRole('button', { name: 'Trình' }).click()
  await expect(dialog(page)).toContainText('Lý Thị Ngọc')
  await expect(dialog(page)).toContainText('Nguyễn Văn Hùng')
  await snap(page, shot, 'drafts-02-submit-dialog')
  await dialog(page).getByRole('button', { name: 'Trình' }).click()
  await expect(status(page)).toHaveText('Chờ lãnh đạo đơn vị duyệt')
  await expect(page.getByTestId('draft-waiting')).toHaveText('Lý Thị Ngọc')

  // The head of unit finds it in the inbox and sends it back, saying why.
  const leader = await desk(browser, server.url, 'tp.tonghop')
  const waiting = leader.getByTestId('inbox-box-du_thao_cho_toi')
  await waiting
    .getByRole('link', { name: new RegExp('giải ngân vốn đầu tư công năm 2026') })
    .click()
  await expect(leader).toHaveURL(new RegExp(`${draftUrl}$`))
  await toolbar(leader).getByRole('button', { name: 'Trả lại' }).click()
  await dialog(leader).getByRole('button', { name: 'Trả lại' }).click()
  await expect(dialog(leader).getByText('Nhập lý do trả lại, ý kiến sửa')).toBeVisible()
  await dialog(leader).getByLabel('Lý do trả lại, ý kiến sửa').fill(RETURN_NOTE)
  await dialog(leader).getByLabel('Lý do trả lại, ý kiến sửa').press('Enter')
  await expect(status(leader)).toHaveText('Bị trả lại')

  // The drafter sees why, puts in a new file (version 2) and submits again to the same leader.
  await page.reload()
  await expect(page.getByTestId('draft-return-note')).toContainText(RETURN_NOTE)
  await expect(page.getByTestId('draft-step-tra_lai')).toContainText(RETURN_NOTE)
  await expect(toolbar(page).getByRole('button')).toHaveText([
    'Sửa',
    'Trình',
    'Góp ý',
    'Hủy dự thảo',
  ])
  await snap(page, shot, 'drafts-03-returned')
  await toolbar(page).getByRole('button', { name: 'Sửa' }).click()
  await expect(page.getByRole('heading', { name: 'Sửa dự thảo' })).toBeVisible()
  await expect(page.locator('#draft_trichYeu')).toHaveValue(TRICH_YEU)
  await page.getByRole('button', { name: 'Bỏ tệp 07_text_TB-480-TB-VPCP.pdf' }).click()
  await page.locator('[data-testid=draft-files] input[type=file]').setInputFiles(SECOND_DRAFT)
  await expect(files).toContainText('08_text+stamp_QD-2362-QD-UBND_LaiChau.pdf')
  await expect(files).toContainText('4 trang')
  await page.getByRole('button', { name: 'Lưu thay đổi' }).click()
  await expect(page.getByTestId('draft-version')).toHaveText('2')
  await toolbar(page).getByRole('button', { name: 'Trình' }).click()
  await expect(dialog(page)).toContainText('Lý Thị Ngọc')
  await dialog(page).getByLabel('Ý kiến kèm theo').fill('Đã bổ sung theo ý kiến của Trưởng phòng.')
  await dialog(page).getByRole('button', { name: 'Trình' }).click()
  await expect(status(page)).toHaveText('Chờ lãnh đạo đơn vị duyệt')

  // The leader approves: on to the văn thư.
  await leader.reload()
  await toolbar(leader).getByRole('button', { name: 'Duyệt' }).click()
  await dialog(leader).getByLabel('Ý kiến').fill('Đồng ý nội dung.')
  await dialog(leader).getByRole('button', { name: 'Duyệt' }).click()
  await expect(status(leader)).toHaveText('Chờ văn thư kiểm tra thể thức')

  // The history says it all, step by step, with the version each person saw.
  await page.reload()
  await expect(status(page)).toHaveText('Chờ văn thư kiểm tra thể thức')
  await expect(page.getByTestId('draft-waiting')).toHaveText('Văn thư (kiểm tra thể thức)')
  for (const step of ['tao', 'tra_lai', 'sua', 'duyet']) {
    await expect(page.getByTestId(`draft-step-${step}`)).toHaveCount(1)
  }
  await expect(page.getByTestId('draft-step-trinh')).toHaveCount(2)
  await expect(page.getByTestId('draft-step-tra_lai')).toContainText('phiên bản 1')
  await expect(page.getByTestId('draft-step-duyet')).toContainText('phiên bản 2')
  await expect(page.getByTestId('draft-step-duyet')).toContainText('Lý Thị Ngọc')
  await expect(page.getByTestId('draft-version-1')).toContainText('07_text_TB-480-TB-VPCP.pdf')
  await expect(page.getByTestId('draft-version-2')).toContainText('08_text+stamp_QD-2362')
  await expect(toolbar(page).getByRole('button')).toHaveText(['Góp ý', 'Hủy dự thảo'])
  await snap(page, shot, 'drafts-04-detail-history')

  // The văn thư passes the thể thức, the chairman signs, the văn thư is offered the issue.
  await clerk.goto(`/#${draftUrl}`)
  await toolbar(clerk).getByRole('button', { name: 'Thể thức đạt' }).click()
  await dialog(clerk).getByRole('button', { name: 'Thể thức đạt' }).click()
  await expect(status(clerk)).toHaveText('Chờ ký duyệt')
  const signer = await desk(browser, server.url, 'chutich')
  await signer.goto(`/#${draftUrl}`)
  await toolbar(signer).getByRole('button', { name: 'Ký duyệt' }).click()
  await dialog(signer).getByRole('button', { name: 'Ký duyệt' }).click()
  await expect(status(signer)).toHaveText('Đã ký duyệt, chờ ban hành')
  await clerk.reload()
  await expect(clerk.getByTestId('draft-waiting')).toHaveText('Văn thư (cấp số, ban hành)')
  await toolbar(clerk).getByRole('button', { name: 'Cấp số, ban hành' }).click()
  await expect(clerk).toHaveURL(/van-ban-di\/ban-hanh\?draft=\d+/)

  // The văn thư issues it from the form the draft filled in: the number is taken now.
  await expect(clerk.getByTestId('number-preview')).toHaveText('01/UBND-TH')
  await expect(clerk.getByRole('list', { name: 'Tệp đính kèm' })).toContainText('08_text+stamp')
  await clerk.getByRole('button', { name: 'Ban hành', exact: true }).click()
  await expect(clerk.getByRole('heading', { name: 'Văn bản đi số 01/UBND-TH' })).toBeVisible()
  const issuedUrl = clerk.url()
  await clerk.screenshot({ path: join(artifactsDir, 'drafts-06-issued.png'), fullPage: true })

  // The list: the drafter's own drafts, with where each stands.
  await page.goto('/#/van-ban-di/du-thao')
  await expect(page.getByRole('heading', { name: 'Dự thảo văn bản' })).toBeVisible()
  const row = page.locator('.drafts-table tbody tr.ant-table-row')
  await expect(row).toHaveCount(1)
  await expect(row).toContainText(TRICH_YEU)
  await expect(row).toContainText('Đã ban hành')
  await snap(page, shot, 'drafts-05-list')
  await row.click()
  await expect(page).toHaveURL(new RegExp(`${draftUrl}$`))

  // Issued: the task is done and says which document answered it; the incoming document is
  // handled and links to its reply.
  const issuedId = Number(new URL(issuedUrl).hash.split('/').pop())
  await page.goto(`/#/cong-viec/${taskId}`)
  const reply = page.getByTestId('task-reply')
  await expect(reply).toHaveText(/Đã trả lời bằng văn bản số 01\/UBND-TH/)
  await expect(reply).toHaveAttribute('href', `#/van-ban-di/${issuedId}`)
  const answered = await api<{ status: string; links: { label: string }[] }>(
    page,
    'documents.get',
    {
      id: doc.id,
    },
  )
  expect(answered.status).toBe('da_giai_quyet')
  const task = await api<{ bucket: string }>(page, 'tasks.get', { id: taskId })
  expect(task.bucket).toBe('hoan_thanh_dung_han')
  expect(answered.links.map((l) => l.label)).toEqual([
    `Đã được trả lời bằng văn bản số 01/UBND-TH ngày ${vietnamDay().split('-').reverse().join('/')}`,
  ])
  await page.goto(`/#/van-ban-den/${doc.id}`)
  await page.getByRole('button', { name: 'Soạn văn bản trả lời' }).click()
  await expect(page).toHaveURL(new RegExp(`du-thao/moi\\?replyTo=${doc.id}$`))
  await expect(page.locator('form#draft')).toContainText('215/BTC-NSNN')
})
