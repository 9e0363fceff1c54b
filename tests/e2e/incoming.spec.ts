import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { DEMO_PASSWORD } from '../../electron/core/demo/people'
import { defaultHolidays } from '../../shared/calendar/holidays'
import { WorkCalendar } from '../../shared/calendar/working-days'
import { expect, login, test } from './fixtures/test'

test.use({ demo: true })

// The shared corpus sits beside the repository (../shared), never inside it.
const corpus = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus', 'pdf')
const TB_480 = join(corpus, '07_text_TB-480-TB-VPCP.pdf')
const QD_LAI_CHAU = join(corpus, '08_text+stamp_QD-2362-QD-UBND_LaiChau.pdf')
const SCANNED = join(corpus, '06_scanned_1page_table_with_seal.pdf')

const field = (page: Page, name: string) => page.locator(`#incoming_${name}`)
const today = (): string => new Date().toLocaleDateString('en-GB', { timeZone: 'Asia/Ho_Chi_Minh' })
/** N working days after today (Vietnam), by the same default calendar the core uses. */
const inWorkingDays = (n: number): string => {
  const todayIso = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10)
  const year = Number(todayIso.slice(0, 4))
  const calendar = new WorkCalendar([...defaultHolidays(year), ...defaultHolidays(year + 1)])
  const [y, m, d] = calendar.addWorkingDays(todayIso, n).split('-')
  return `${d}/${m}/${y}`
}

/** A full-page picture from the top: the menu is sticky, so a scrolled page would show it moved. */
async function snap(
  page: Page,
  shot: (name: string) => Promise<void>,
  name: string,
): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0))
  await shot(name)
}

test('a clerk registers from a PDF and by keyboard, finds both, previews and prints', async ({
  page,
  shot: fullShot,
}) => {
  test.setTimeout(120_000)
  const shot = (name: string) => snap(page, fullShot, name)
  await page.goto('/#/van-ban-den')
  await login(page, 'vanthu', DEMO_PASSWORD)
  await expect(page.getByRole('tab', { name: 'Vào sổ', exact: true })).toHaveAttribute(
    'aria-selected',
    'true',
  )
  const soDen = page.getByTestId('so-den')
  await expect(soDen).toHaveText('1')
  await expect(field(page, 'ngayDen')).toHaveValue(today())
  await shot('50-registration-empty')

  // The PDF arrives: its first page suggests the number, the issuer, the date and the subject.
  await page.locator('.attachments input[type=file]').setInputFiles(TB_480)
  const files = page.getByRole('list', { name: 'Tệp đính kèm' })
  await expect(files.getByRole('listitem')).toContainText('07_text_TB-480-TB-VPCP.pdf')
  await expect(files.getByRole('listitem')).toContainText('2 trang')
  await expect(page.getByText(/ô được điền theo gợi ý từ PDF/)).toBeVisible()
  await expect(field(page, 'so')).toHaveValue('480')
  await expect(field(page, 'kyHieu')).toHaveValue('TB-VPCP')
  await expect(field(page, 'coQuanBanHanh')).toHaveValue('Văn phòng Chính phủ')
  await expect(field(page, 'ngayBanHanh')).toHaveValue('13/09/2025')
  await expect(page.getByTestId('so-ky-hieu')).toContainText('480/TB-VPCP')
  await expect(page.locator('.field--suggested').first()).toBeVisible()
  await expect(page.getByRole('img', { name: 'Trang 1' })).toBeVisible()
  await shot('51-registration-suggested')

  // What the PDF could not say, typed: the deadline as "+5", the signer.
  await field(page, 'nguoiKy').focus()
  await page.keyboard.type('Trần Văn Sơn')
  await page.keyboard.press('Enter')
  await page.keyboard.type('Phó Chủ nhiệm')
  await field(page, 'hanXuLy').focus()
  await page.keyboard.type('+5')
  await page.keyboard.press('Enter')
  await expect(field(page, 'hanXuLy')).toHaveValue(inWorkingDays(5))
  // Enter went on to Đơn vị nhận: part of a name without accents, Enter takes it.
  await expect(field(page, 'donViNhanId')).toBeFocused()
  await page.keyboard.type('tong hop')
  await page.keyboard.press('Enter')
  await expect(page.locator('.incoming-form').getByText('Phòng Tổng hợp')).toBeVisible()
  await page.getByRole('button', { name: 'Áp dụng gợi ý' }).click()
  await expect(page.locator('.field--suggested')).toHaveCount(0)
  await page.keyboard.press('Control+s')
  await expect(page.getByText('Đã vào sổ văn bản đến số 1 (480/TB-VPCP).')).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Văn bản đến số 1' })).toBeVisible()

  // The second one from the paper on the desk, keyboard only, saved with "save and next".
  await page.getByRole('navigation', { name: 'Menu chính' }).getByText('Văn bản đến').click()
  await expect(soDen).toHaveText('2')
  await expect(field(page, 'so')).toBeFocused()
  await page.keyboard.type('1520/VPCP-KGVX')
  await page.keyboard.press('Enter')
  await expect(field(page, 'so')).toHaveValue('1520')
  await expect(field(page, 'kyHieu')).toBeFocused()
  await expect(field(page, 'kyHieu')).toHaveValue('VPCP-KGVX')
  await page.keyboard.press('Enter')
  await page.keyboard.type('050325')
  await page.keyboard.press('Enter')
  // Typed without accents: the directory knows this body since the first document.
  await page.keyboard.type('van phong chinh phu')
  await page.keyboard.press('Enter')
  await page.keyboard.type('cong van')
  await page.keyboard.press('Enter')
  await page.keyboard.type('V/v tổng kết công tác văn thư, lưu trữ năm 2025')
  await page.keyboard.press('Tab')
  await page.keyboard.type('Nguyễn Văn An')
  await page.keyboard.press('Enter')
  await page.keyboard.type('Vụ trưởng')
  await page.keyboard.press('Enter')
  await page.keyboard.type('3')
  await expect(field(page, 'ngayBanHanh')).toHaveValue('05/03/2025')
  await expect(field(page, 'coQuanBanHanh')).toHaveValue('Văn phòng Chính phủ')
  await expect(page.locator('.incoming-form').getByText('Công văn', { exact: true })).toBeVisible()
  await shot('52-registration-keyboard')
  await page.keyboard.press('Control+Shift+S')
  await expect(page.getByText('Đã vào sổ văn bản đến số 2 (1520/VPCP-KGVX).')).toBeVisible()
  // Ready for the next one: same register and day, a fresh number, an empty form.
  await expect(soDen).toHaveText('3')
  await expect(field(page, 'so')).toHaveValue('')
  await expect(field(page, 'trichYeu')).toHaveValue('')
  await expect(field(page, 'ngayDen')).toHaveValue(today())
  await expect(field(page, 'so')).toBeFocused()

  await page.getByRole('tab', { name: 'Sổ văn bản đến' }).click()
  const table = page.locator('.register-table')
  await expect(page.getByTestId('register-total')).toContainText('Tổng số: 2 văn bản')
  await expect(page.getByRole('row', { name: /480\/TB-VPCP/ })).toContainText('Phòng Tổng hợp')
  await expect(page.getByRole('row', { name: /1520\/VPCP-KGVX/ })).toContainText('Công văn')
  await expect(table.getByText('Thông báo', { exact: true })).toBeVisible()
  await shot('53-register')

  // Print this month's register: a real PDF comes down.
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Tải PDF' }).click()
  const file = await download
  expect(file.suggestedFilename()).toMatch(/^So-van-ban-den_\d{4}-\d{2}-01_\d{4}-\d{2}-\d{2}\.pdf$/)
  const saved = await file.path()
  expect(readFileSync(saved).subarray(0, 5).toString('latin1')).toBe('%PDF-')

  await page.getByRole('row', { name: /480\/TB-VPCP/ }).click()
  await expect(page.getByRole('heading', { name: 'Văn bản đến số 1' })).toBeVisible()
  await expect(page.getByText('Kết luận của Phó Thủ tướng').first()).toBeVisible()
  await expect(page.getByRole('img', { name: 'Trang 1' })).toBeVisible()
  // Find without diacritics, as everywhere in the app.
  await page.getByLabel('Tìm trong văn bản').fill('luat xay dung')
  await expect(page.locator('.pdf-toolbar')).toContainText(/1\/\d+/)
  await expect(page.locator('.pdf-page__hit--current').first()).toBeVisible()
  await page.getByRole('button', { name: 'Kết quả sau' }).click()
  await expect(page.locator('.pdf-toolbar')).toContainText(/2\/\d+/)
  await shot('54-detail')

  // A correction: the same form, and the history says what changed.
  await page.getByRole('button', { name: 'Sửa' }).click()
  await expect(page.getByRole('heading', { name: 'Sửa văn bản đến số 1' })).toBeVisible()
  await expect(field(page, 'so')).toHaveValue('480')
  await field(page, 'doKhan').focus()
  // Arrow opens the list, arrow again to "Khẩn", Enter picks it and moves on.
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Enter')
  await expect(page.locator('.incoming-form').getByText('Khẩn', { exact: true })).toBeVisible()
  await field(page, 'ghiChu').fill('Bản giấy đến sau')
  await shot('60-edit')
  await page.keyboard.press('Control+s')
  await expect(page.getByRole('heading', { name: 'Văn bản đến số 1' })).toBeVisible()
  const history = page.locator('.history-list')
  await expect(history).toContainText('Sửa thông tin')
  await expect(history).toContainText('Độ khẩn: Thường → Khẩn')
  await expect(history).toContainText('Ghi chú: (trống) → Bản giấy đến sau')
  await shot('61-history')

  // The same PDF again: the form says so before anything is saved.
  await page.getByRole('navigation', { name: 'Menu chính' }).getByText('Văn bản đến').click()
  await page.locator('.attachments input[type=file]').setInputFiles(TB_480)
  const warning = page.getByRole('alert').filter({ hasText: 'có thể đã được vào sổ' })
  await expect(warning).toBeVisible()
  await expect(warning).toContainText('Số đến 1')
  await expect(warning).toContainText('480/TB-VPCP')
  await shot('55-duplicate')
  await warning.getByRole('button', { name: 'Mở văn bản đã có' }).click()
  const peek = page.getByRole('dialog')
  await expect(peek).toContainText('Văn bản đến số 1')
  await peek.getByRole('button', { name: 'Đóng' }).click()
  await page.getByRole('button', { name: 'Vẫn vào sổ' }).click()
  await expect(page.getByText(/Đã chọn vẫn vào sổ/)).toBeVisible()
})

test('the intake queue: received files wait, open pre-filled, or are set aside', async ({
  page,
  shot: fullShot,
}) => {
  test.setTimeout(120_000)
  const shot = (name: string) => snap(page, fullShot, name)
  await page.goto('/#/van-ban-den/cho-vao-so')
  await login(page, 'vanthu', DEMO_PASSWORD)
  await expect(page.getByText('Không có tệp nào chờ vào sổ.')).toBeVisible()
  await page.locator('input[type=file]').setInputFiles([QD_LAI_CHAU, SCANNED])
  const queue = page.getByRole('table')
  await expect(queue.getByRole('row', { name: /08_text\+stamp/ })).toBeVisible()
  await expect(queue.getByRole('row', { name: /06_scanned/ })).toContainText('Không có lớp chữ')
  await expect(page.getByText('2 tệp chờ vào sổ')).toBeVisible()
  // The menu counts the same rows.
  const menu = page.getByRole('navigation', { name: 'Menu chính' })
  await expect(menu.locator('.ant-badge')).toContainText('2')
  await shot('56-intake')

  await queue
    .getByRole('row', { name: /06_scanned/ })
    .getByRole('button', { name: 'Bỏ qua' })
    .click()
  const dialog = page.getByRole('dialog', { name: /Bỏ qua tệp/ })
  await dialog.getByLabel('Lý do bỏ qua').fill('Phụ lục gửi kèm, không phải văn bản')
  await dialog.getByRole('button', { name: 'Bỏ qua tệp' }).click()
  await expect(queue.getByRole('row', { name: /06_scanned/ })).toBeHidden()
  await expect(page.getByText('1 tệp chờ vào sổ')).toBeVisible()

  await queue.getByRole('row', { name: /08_text\+stamp/ }).click()
  await expect(page.getByRole('tab', { name: 'Vào sổ', exact: true })).toHaveAttribute(
    'aria-selected',
    'true',
  )
  const files = page.getByRole('list', { name: 'Tệp đính kèm' })
  await expect(files).toContainText('08_text+stamp_QD-2362-QD-UBND_LaiChau.pdf')
  await expect(page.getByRole('img', { name: 'Trang 1' })).toBeVisible()
  await shot('57-intake-open')

  // A file that is not a PDF: refused on its own row, nothing else changes.
  const dir = mkdtempSync(join(tmpdir(), 'vanthu-bad-'))
  const bad = join(dir, 'cong-van-hong.pdf')
  writeFileSync(bad, 'đây không phải tệp PDF')
  await page.locator('.attachments input[type=file]').setInputFiles(bad)
  await expect(files.getByRole('listitem').filter({ hasText: 'cong-van-hong.pdf' })).toContainText(
    'không phải PDF',
  )
  await expect(files.getByRole('listitem')).toHaveCount(2)
  await shot('58-refused-file')

  // A scan has nothing to read or find: the file and the preview both say so.
  await page.locator('.attachments input[type=file]').setInputFiles(SCANNED)
  const scan = files.getByRole('listitem').filter({ hasText: '06_scanned' })
  await expect(scan).toContainText('Không có lớp chữ')
  await scan
    .getByRole('button', { name: '06_scanned_1page_table_with_seal.pdf', exact: true })
    .click()
  await expect(page.getByText('Trang này là ảnh quét, không có lớp chữ')).toBeVisible()
  await shot('59-scanned-preview')

  // The number and the day were stamped as an image: the clerk reads them off the preview.
  await field(page, 'so').focus()
  await page.keyboard.type('2362')
  await field(page, 'ngayBanHanh').focus()
  await page.keyboard.type('11092025')
  await page.keyboard.press('Enter')
  await page.keyboard.press('Control+s')
  await expect(page.getByText('Đã vào sổ văn bản đến số 1 (2362/QĐ-UBND).')).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Văn bản đến số 1' })).toBeVisible()
  await expect(page.getByRole('list', { name: 'Tệp đính kèm' }).getByRole('listitem')).toHaveCount(
    2,
  )
  // Registered from the queue, so the queue is empty and its menu item shows no count (the
  // new document now waits in the clerk's "Xử lý" box instead).
  await expect(
    menu.getByRole('menuitem', { name: /Văn bản đến/ }).locator('.ant-badge'),
  ).toHaveCount(0)
  await page.getByRole('navigation', { name: 'Menu chính' }).getByText('Văn bản đến').click()
  await page.getByRole('tab', { name: /Chờ vào sổ/ }).click()
  await expect(page.getByText('Không có tệp nào chờ vào sổ.')).toBeVisible()
})
