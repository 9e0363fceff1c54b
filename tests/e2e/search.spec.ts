import type { Page } from '@playwright/test'
import { DEMO_PASSWORD } from '../../electron/core/demo/people'
import { api, vietnamDay } from './fixtures/api'
import { expect, login, test } from './fixtures/test'

test.use({ demo: true })

type User = { id: number; username: string }
type Doc = { id: number }

/** A full-page picture from the top: the menu is sticky, so a scrolled page would show it moved. */
async function snap(page: Page, shot: (name: string) => Promise<void>, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0))
  await shot(name)
}

/** A few incoming documents (and a direction with a task) to find, registered as the clerk. */
async function seed(page: Page): Promise<{ qd: Doc; cv: Doc; taskId: number }> {
  const [register] = await api<{ id: number }[]>(page, 'registers.list', { direction: 'in' })
  const users = await api<User[]>(page, 'users.list', {})
  const idOf = (username: string): number => users.find((u) => u.username === username)?.id ?? 0
  const incoming = (fields: Record<string, unknown>) =>
    api<Doc>(page, 'documents.registerIncoming', {
      registerId: register?.id,
      ngayDen: vietnamDay(),
      ...fields,
    })
  const cv = await incoming({
    so: '215',
    kyHieu: 'BTC-NSNN',
    coQuanBanHanh: 'Bộ Tài chính',
    loaiVanBan: 'cong_van',
    trichYeu: 'V/v rà soát, báo cáo tình hình giải ngân vốn đầu tư công năm 2026',
  })
  const qd = await incoming({
    so: '123',
    kyHieu: 'QĐ-UBND',
    coQuanBanHanh: 'UBND huyện Mường Tè',
    loaiVanBan: 'quyet_dinh',
    trichYeu: 'Quyết định phê duyệt kế hoạch chuyển đổi số',
  })
  await incoming({
    so: '48',
    kyHieu: 'QĐ-STC',
    coQuanBanHanh: 'Sở Tài chính',
    loaiVanBan: 'quyet_dinh',
    doKhan: 'khan',
    trichYeu: 'Quyết định phê duyệt dự toán ngân sách năm 2026',
  })
  await incoming({
    so: '77',
    kyHieu: 'SKHĐT-TH',
    coQuanBanHanh: 'Sở Kế hoạch và Đầu tư',
    loaiVanBan: 'cong_van',
    trichYeu: 'V/v góp ý dự thảo kế hoạch đầu tư công trung hạn',
  })
  // The chairman's direction on the 215 puts the words in its body (a snippet) and makes a task.
  const flow = await api<{ tasks: { id: number }[] }>(page, 'documents.direct', {
    documentId: cv.id,
    comment: 'Giao Phòng Tổng hợp tham mưu trình quyết định phê duyệt kế hoạch giải ngân.',
    onBehalfOfId: idOf('chutich'),
    task: {
      title: 'Tham mưu quyết định phê duyệt kế hoạch giải ngân vốn',
      lead: { userId: idOf('cv.tonghop1') },
      deadline: vietnamDay(7),
    },
  })
  return { qd, cv, taskId: flow.tasks[0]?.id ?? 0 }
}

test('a number typed without diacritics in the header box opens the document; the search screen filters by loại, saves and re-runs', async ({
  page,
  shot: fullShot,
}) => {
  test.setTimeout(120_000)
  const shot = (name: string) => snap(page, fullShot, name)
  await page.goto('/#/tong-quan')
  await login(page, 'vanthu', DEMO_PASSWORD)
  await expect(page.getByRole('banner').getByText('Ngô Thị Hương', { exact: true })).toBeVisible()
  const { qd, cv } = await seed(page)

  // Ctrl+K from anywhere; the number typed lower-case, without Đ, in the other order.
  const box = page.getByRole('combobox', { name: 'Tìm văn bản, nhiệm vụ' })
  await page.locator('body').click()
  await page.keyboard.press('Control+K')
  await expect(box).toBeFocused()
  await box.pressSequentially('qd-ubnd 123', { delay: 30 })
  const results = page.getByRole('listbox', { name: 'Kết quả tìm nhanh' })
  const first = results.getByRole('option').filter({ hasText: '123/QĐ-UBND' })
  await expect(first).toBeVisible()
  await expect(first).toContainText('Quyết định phê duyệt kế hoạch chuyển đổi số')
  await expect(first).toContainText('UBND huyện Mường Tè')
  await expect(first).toContainText(/\d{2}\/\d{2}\/\d{4}/)
  await expect(first.locator('mark').first()).toBeVisible()
  await expect(results.getByRole('option', { name: /Xem tất cả kết quả/ })).toBeVisible()
  await shot('60-search-dropdown')

  // Down to the first result, Enter: the document opens.
  await box.press('ArrowDown')
  await expect(first).toHaveAttribute('aria-selected', 'true')
  await box.press('Enter')
  await expect(page).toHaveURL(new RegExp(`#/van-ban-den/${qd.id}$`))
  await expect(page.getByText('Quyết định phê duyệt kế hoạch chuyển đổi số').first()).toBeVisible()
  await expect(results).toHaveCount(0)

  // The other spelling of the number, and a click; Esc closes the list without going anywhere.
  await page.keyboard.press('Control+K')
  await box.pressSequentially('215/btc', { delay: 30 })
  const other = results.getByRole('option').filter({ hasText: '215/BTC-NSNN' })
  await expect(other).toBeVisible()
  await box.press('Escape')
  await expect(results).toHaveCount(0)
  await box.press('ArrowDown')
  await other.click()
  await expect(page).toHaveURL(new RegExp(`#/van-ban-den/${cv.id}$`))

  // Words without diacritics, Enter with nothing chosen: the full search screen.
  await page.keyboard.press('Control+K')
  await box.pressSequentially('quyet dinh phe duyet', { delay: 20 })
  await expect(results.getByRole('option').first()).toBeVisible()
  await box.press('Enter')
  await expect(page).toHaveURL(/#\/tra-cuu\?q=quyet\+dinh\+phe\+duyet$/)
  await expect(page.getByRole('heading', { name: 'Tra cứu', exact: true })).toBeVisible()
  const query = page.getByRole('textbox', { name: 'Nội dung tìm kiếm' })
  await expect(query).toHaveValue('quyet dinh phe duyet')

  const hits = page.getByRole('region', { name: 'Kết quả tìm kiếm' })
  const hitOf = (number: string) => hits.getByRole('listitem').filter({ hasText: number })
  await expect(hitOf('123/QĐ-UBND')).toBeVisible()
  await expect(hitOf('123/QĐ-UBND').locator('mark').first()).toHaveText('Quyết định phê duyệt')
  await expect(hitOf('48/QĐ-STC')).toBeVisible()
  // Found by its direction's words only: the passage where they occur, marked.
  await expect(hitOf('215/BTC-NSNN')).toBeVisible()
  await expect(hitOf('215/BTC-NSNN').locator('.search-hit__snippet mark').first()).toHaveText(
    /quyết định phê duyệt/i,
  )
  await expect(hitOf('77/SKHĐT-TH')).toHaveCount(0)
  await expect(hits.getByRole('status')).toHaveText('3 kết quả')
  // The task made from the direction is found by the same words.
  await expect(
    page.getByRole('list', { name: 'Nhiệm vụ tìm được' }).getByRole('link', {
      name: 'Tham mưu quyết định phê duyệt kế hoạch giải ngân vốn',
    }),
  ).toBeVisible()

  // Loại, with the count of each value.
  await page.getByRole('combobox', { name: 'Loại văn bản' }).click()
  await expect(page.getByRole('option', { name: 'Công văn (1)' })).toBeVisible()
  await page.getByRole('option', { name: 'Quyết định (2)' }).click()
  await expect(page).toHaveURL(/loaiVanBan=quyet_dinh/)
  await expect(hitOf('215/BTC-NSNN')).toHaveCount(0)
  await expect(hits.getByRole('status')).toHaveText('2 kết quả')
  await shot('61-search-screen')

  // Back undoes the filter; Forward puts it back.
  await page.goBack()
  await expect(hitOf('215/BTC-NSNN')).toBeVisible()
  await page.goForward()
  await expect(hitOf('215/BTC-NSNN')).toHaveCount(0)

  // Saved under a name, then run again from the list after searching something else.
  await page.getByRole('button', { name: 'Lưu tìm kiếm' }).click()
  const dialog = page.getByRole('dialog', { name: 'Lưu tìm kiếm' })
  await dialog.getByLabel('Tên tìm kiếm').fill('Quyết định phê duyệt')
  await dialog.getByRole('button', { name: 'Lưu' }).click()
  await expect(dialog).toBeHidden()
  const saved = page.getByRole('list', { name: 'Tìm kiếm đã lưu' })
  await expect(
    saved.getByRole('button', { name: 'Quyết định phê duyệt', exact: true }),
  ).toBeVisible()
  await expect(saved).toContainText('«quyet dinh phe duyet» · Quyết định')

  await page.getByRole('button', { name: 'Bỏ lọc' }).click()
  await query.fill('giai ngan')
  await expect(hitOf('215/BTC-NSNN')).toBeVisible()
  await expect(hitOf('123/QĐ-UBND')).toHaveCount(0)
  await saved.getByRole('button', { name: 'Quyết định phê duyệt', exact: true }).click()
  await expect(query).toHaveValue('quyet dinh phe duyet')
  await expect(page).toHaveURL(/q=quyet\+dinh\+phe\+duyet&loaiVanBan=quyet_dinh/)
  await expect(hitOf('123/QĐ-UBND')).toBeVisible()
  await expect(hitOf('215/BTC-NSNN')).toHaveCount(0)
  await shot('62-search-saved')

  // A word mistyped is searched as the nearest known word, and the screen says so.
  await query.fill('chuyen doi sox')
  await expect(hits.getByText(/Đã tìm với «.+» thay cho «sox»/)).toBeVisible()
  await expect(hitOf('123/QĐ-UBND')).toBeVisible()

  // Deleting the saved search.
  await saved.getByRole('button', { name: 'Xóa tìm kiếm Quyết định phê duyệt' }).click()
  await page.getByRole('button', { name: 'Xóa', exact: true }).click()
  await expect(page.getByText('Chưa có tìm kiếm nào được lưu')).toBeVisible()

  // With nothing typed, the screen says how to search.
  await page.goto('/#/tra-cuu')
  await expect(page.getByText('Mẹo tìm kiếm')).toBeVisible()
  await shot('63-search-empty')
})

test('results come twenty to a page, and a chosen filter still counts its other values', async ({
  page,
  shot: fullShot,
}) => {
  test.setTimeout(120_000)
  const shot = (name: string) => snap(page, fullShot, name)
  await page.goto('/#/tong-quan')
  await login(page, 'vanthu', DEMO_PASSWORD)
  await expect(page.getByRole('banner').getByText('Ngô Thị Hương', { exact: true })).toBeVisible()
  const [register] = await api<{ id: number }[]>(page, 'registers.list', { direction: 'in' })
  for (let i = 1; i <= 21; i++) {
    await api(page, 'documents.registerIncoming', {
      registerId: register?.id,
      ngayDen: vietnamDay(),
      so: String(100 + i),
      kyHieu: 'TB-STTTT',
      coQuanBanHanh: 'Sở Thông tin và Truyền thông',
      loaiVanBan: 'thong_bao',
      trichYeu: `Thông báo kết luận cuộc họp giao ban chuyển đổi số lần ${i}`,
    })
  }
  const out = await api<Doc & { soKyHieu: string }>(page, 'outgoing.issue', {
    loaiVanBan: 'thong_bao',
    trichYeu: 'Thông báo kết luận của Chủ tịch về chuyển đổi số',
    nguoiKy: 'Nguyễn Văn Hùng',
    recipients: [{ kind: 'outside', name: 'Sở Thông tin và Truyền thông' }],
  })

  await page.goto('/#/tra-cuu?q=thong bao ket luan')
  const hits = page.getByRole('region', { name: 'Kết quả tìm kiếm' })
  await expect(hits.getByRole('status')).toHaveText('22 kết quả')
  await expect(hits.locator('.search-hit')).toHaveCount(20)
  await hits.getByRole('listitem', { name: '2' }).click()
  await expect(page).toHaveURL(/page=2/)
  await expect(hits.locator('.search-hit')).toHaveCount(2)
  await page.goBack()
  await expect(hits.locator('.search-hit')).toHaveCount(20)

  // Văn bản đi chosen: the list still says how many incoming ones there are.
  const direction = page.getByRole('combobox', { name: 'Hướng văn bản' })
  await direction.click()
  await expect(page.getByRole('option', { name: 'Văn bản đến (21)' })).toBeVisible()
  await page.getByRole('option', { name: 'Văn bản đi (1)' }).click()
  await expect(hits.getByRole('status')).toHaveText('1 kết quả')
  const hit = hits.getByRole('listitem').filter({ hasText: out.soKyHieu })
  await expect(hit).toContainText('Đi')
  await expect(hit).toContainText('Đã ban hành')
  await direction.click()
  await expect(page.getByRole('option', { name: 'Văn bản đến (21)' })).toBeVisible()
  await shot('64-search-direction')
  await page.keyboard.press('Escape')
  await hit.getByRole('link', { name: out.soKyHieu }).click()
  await expect(page).toHaveURL(new RegExp(`#/van-ban-di/${out.id}$`))
})
