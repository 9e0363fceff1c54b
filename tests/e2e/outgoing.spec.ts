import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { DEMO_PASSWORD } from '../../electron/core/demo/people'
import type { DocumentDetail } from '../../shared/api/document-types'
import { api, vietnamDay } from './fixtures/api'
import { expect, login, logout, test } from './fixtures/test'

test.use({ demo: true })

// The shared corpus sits beside the repository (../shared), never inside it.
const corpus = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus', 'pdf')
const SIGNED_QD = join(corpus, '08_text+stamp_QD-2362-QD-UBND_LaiChau.pdf')

const field = (page: Page, name: string) => page.locator(`#issue_${name}`)
const option = (page: Page, text: string) =>
  page.locator('.ant-select-item-option, .ant-select-tree-node-content-wrapper', { hasText: text })

/** A full-page picture from the top: the menu is sticky, so a scrolled page would show it moved. */
async function snap(
  page: Page,
  shot: (name: string) => Promise<void>,
  name: string,
): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0))
  await shot(name)
}

test('the clerk issues a signed decision, sends it on paper, holds and returns a number; the unit receives it', async ({
  page,
  shot: fullShot,
}) => {
  test.setTimeout(150_000)
  const shot = (name: string) => snap(page, fullShot, name)
  await page.goto('/#/van-ban-di')
  await login(page, 'vanthu', DEMO_PASSWORD)
  await expect(page.getByRole('tab', { name: 'Sổ văn bản đi' })).toHaveAttribute(
    'aria-selected',
    'true',
  )
  await expect(page.getByTestId('register-total')).toContainText('Tổng số: 0 văn bản')

  // Ban hành directly: a decision signed on paper, its scan attached.
  await page.getByRole('tab', { name: 'Cấp số, ban hành' }).click()
  await field(page, 'loaiVanBan').focus()
  await page.keyboard.type('QĐ')
  await page.keyboard.press('Enter')
  const preview = page.getByTestId('number-preview')
  await expect(preview).toHaveText('01/QĐ-UBND')
  await expect(page.getByText('Dự kiến · số chính thức được cấp khi bấm Ban hành')).toBeVisible()
  await field(page, 'trichYeu').fill('Về việc phê duyệt kế hoạch cải cách hành chính năm 2026')
  await field(page, 'nguoiKy').fill('thu ha')
  await option(page, 'Trần Thị Thu Hà').click()
  await expect(field(page, 'chucVuNguoiKy')).toHaveValue('Phó Chủ tịch UBND tỉnh')
  await field(page, 'chucVuNguoiKy').fill('Phó Chủ tịch')
  await field(page, 'thamQuyenChucVu').fill('Chủ tịch')
  await expect(page.getByText('KT. CHỦ TỊCH / PHÓ CHỦ TỊCH')).toBeVisible()
  await field(page, 'recipientUnits').fill('tong hop')
  await option(page, 'Phòng Tổng hợp').click()
  await field(page, 'recipientOutside').fill('Sở Tài chính')
  await page.keyboard.press('Enter')
  await page.locator('.attachments input[type=file]').setInputFiles(SIGNED_QD)
  await expect(page.getByRole('list', { name: 'Tệp đính kèm' })).toContainText('08_text+stamp')
  await expect(page.getByRole('img', { name: 'Trang 1' })).toBeVisible()
  await expect(field(page, 'soTrang')).not.toHaveValue('')
  await shot('80-outgoing-issue-form')

  await page.getByRole('button', { name: 'Ban hành', exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Văn bản đi số 01/QĐ-UBND' })).toBeVisible()
  await expect(
    page.getByRole('alert').filter({ hasText: 'Đã ban hành văn bản số 01/QĐ-UBND.' }),
  ).toBeVisible()
  await expect(page.getByTestId('so-ky-hieu')).toHaveText('01/QĐ-UBND')
  await expect(page.getByText('KT. CHỦ TỊCH / PHÓ CHỦ TỊCH')).toBeVisible()
  const issuedUrl = page.url()

  // Sent on paper to the unit only; the outside body waits.
  const recipients = page.getByRole('table', { name: 'Nơi nhận' })
  await expect(recipients.getByRole('row', { name: /Sở Tài chính/ })).toContainText('Chưa gửi')
  await page.getByRole('button', { name: 'Đánh dấu đã gửi' }).click()
  const dialog = page.getByRole('dialog')
  await dialog.getByLabel('Sở Tài chính').uncheck()
  await dialog.getByText('Giấy', { exact: true }).click()
  await dialog.getByRole('button', { name: 'Ghi nhận đã gửi' }).click()
  await expect(dialog).toBeHidden()
  const unitRow = recipients.getByRole('row', { name: /Phòng Tổng hợp/ })
  await expect(unitRow).toContainText('Giấy')
  await expect(unitRow).toContainText('Chờ đơn vị nhận')
  await expect(recipients.getByRole('row', { name: /Sở Tài chính/ })).toContainText('Chưa gửi')
  await expect(page.locator('.history-list')).toContainText('Đánh dấu đã gửi')
  await shot('81-outgoing-detail')

  // Lấy số trước, then give it back: the next issue gets that number again.
  await page.getByRole('navigation', { name: 'Menu chính' }).getByText('Văn bản đi').click()
  await page.getByRole('tab', { name: 'Số đã lấy trước' }).click()
  await expect(page.getByText('Chưa lấy số trước nào.')).toBeVisible()
  await page.getByRole('button', { name: 'Lấy số trước' }).click()
  const reserve = page.getByRole('dialog', { name: 'Lấy số trước' })
  await reserve.getByLabel('Loại văn bản').fill('QĐ')
  await page.keyboard.press('Enter')
  await reserve.getByLabel('Trích yếu').fill('Quyết định khen thưởng, chờ ký bản giấy')
  await reserve.getByRole('button', { name: 'Lấy số' }).click()
  await expect(page.getByTestId('reserved-number')).toHaveText('Đã lấy số 02/QĐ-UBND')
  await page.locator('.ant-result').getByRole('button', { name: 'Đóng' }).click()
  const held = page.getByRole('table', { name: 'Số đã lấy trước' })
  await expect(held.getByRole('row', { name: /02\/QĐ-UBND/ })).toContainText('Đang giữ số')
  await shot('82-outgoing-reservations')
  await held.getByRole('button', { name: 'Trả số' }).click()
  const release = page.getByRole('dialog')
  await release.getByLabel('Lý do trả số').fill('Lãnh đạo không ký nữa')
  await release.getByRole('button', { name: 'Trả số' }).click()
  await expect(held.getByRole('row', { name: /02\/QĐ-UBND/ })).toContainText('Đã trả số')
  await page.getByRole('tab', { name: 'Cấp số, ban hành' }).click()
  await field(page, 'loaiVanBan').focus()
  await page.keyboard.type('QĐ')
  await page.keyboard.press('Enter')
  await expect(preview).toHaveText('02/QĐ-UBND')

  // A secret document is never offered electronic sending.
  const secret = await api<DocumentDetail>(page, 'outgoing.issue', {
    loaiVanBan: 'thong_bao',
    trichYeu: 'Thông báo nội dung mật',
    nguoiKy: 'Nguyễn Văn Hùng',
    doMat: 'mat',
    recipients: [{ kind: 'outside', name: 'Công an tỉnh' }],
  })
  expect(secret.soKyHieu).toBe('02/TB-UBND')
  await page.goto(`/#/van-ban-di/${secret.id}`)
  await page.getByRole('button', { name: 'Đánh dấu đã gửi' }).click()
  await expect(page.getByRole('dialog')).toContainText('Văn bản mật: chỉ gửi bản giấy')
  await expect(page.getByRole('dialog').getByRole('radio', { name: 'Giấy' })).toBeChecked()
  await expect(page.getByRole('dialog').getByRole('radio', { name: 'Bưu điện' })).toHaveCount(1)
  await expect(page.getByRole('dialog').getByRole('radio', { name: 'Điện tử' })).toHaveCount(0)
  await page.getByRole('dialog').getByRole('button', { name: 'Hủy' }).click()

  // The register lists both, newest first, with signer and recipients; it prints.
  await page.getByRole('button', { name: 'Sổ văn bản đi' }).click()
  await expect(page.getByTestId('register-total')).toContainText('Tổng số: 2 văn bản')
  const row = page.getByRole('row', { name: /01\/QĐ-UBND/ })
  await expect(row).toContainText('Trần Thị Thu Hà')
  await expect(row).toContainText('Phòng Tổng hợp; Sở Tài chính')
  await expect(row).toContainText('Đã ban hành')
  await expect(page.getByRole('row', { name: /02\/TB-UBND/ })).toContainText('Thông báo')
  await shot('83-outgoing-register')
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Tải PDF' }).click()
  const file = await download
  expect(file.suggestedFilename()).toMatch(/^So-van-ban-di_\d{4}-\d{2}-01_\d{4}-\d{2}-\d{2}\.pdf$/)
  expect(
    readFileSync(await file.path())
      .subarray(0, 5)
      .toString('latin1'),
  ).toBe('%PDF-')
  await row.click()
  await expect(page.getByRole('heading', { name: 'Văn bản đi số 01/QĐ-UBND' })).toBeVisible()

  // The same register from the reports screen, as Excel.
  await page.getByRole('navigation', { name: 'Menu chính' }).getByText('Báo cáo').click()
  const card = page.getByRole('region', { name: 'Sổ đăng ký văn bản đi' })
  const excel = page.waitForEvent('download')
  await card.getByRole('button', { name: 'Tải Excel' }).click()
  expect((await excel).suggestedFilename()).toMatch(/^So-van-ban-di_.+\.xlsx$/)

  // Someone of Phòng Tổng hợp acknowledges it for the unit.
  await logout(page)
  await login(page, 'cv.tonghop1', DEMO_PASSWORD)
  await page.goto(issuedUrl)
  await page.getByRole('button', { name: 'Đã nhận' }).click()
  await expect(
    page.getByRole('table', { name: 'Nơi nhận' }).getByRole('row', { name: /Phòng Tổng hợp/ }),
  ).toContainText('Trịnh Văn Khoa')
  await expect(page.getByRole('button', { name: 'Đã nhận' })).toHaveCount(0)
  // Only the văn thư sends, recalls, replaces.
  await expect(page.getByRole('button', { name: 'Thu hồi' })).toHaveCount(0)
})

test('a reply shows on the incoming document; a replacement and a recall link both ways', async ({
  page,
  shot: fullShot,
}) => {
  test.setTimeout(120_000)
  const shot = (name: string) => snap(page, fullShot, name)
  await page.goto('/#/van-ban-di')
  await login(page, 'vanthu', DEMO_PASSWORD)
  await expect(page.getByRole('tab', { name: 'Sổ văn bản đi' })).toBeVisible()
  const [inRegister] = await api<{ id: number }[]>(page, 'registers.list', { direction: 'in' })
  const incoming = await api<DocumentDetail>(page, 'documents.registerIncoming', {
    registerId: inRegister?.id,
    ngayDen: vietnamDay(),
    so: '45',
    kyHieu: 'STC-NS',
    coQuanBanHanh: 'Sở Tài chính',
    loaiVanBan: 'cong_van',
    trichYeu: 'Đề nghị báo cáo tình hình giải ngân',
  })
  const original = await api<DocumentDetail>(page, 'outgoing.issue', {
    loaiVanBan: 'quyet_dinh',
    trichYeu: 'Quyết định giao chỉ tiêu giải ngân',
    nguoiKy: 'Nguyễn Văn Hùng',
    chucVuNguoiKy: 'Chủ tịch',
    thamQuyen: 'tm',
    thamQuyenChucVu: 'Ủy ban nhân dân',
    replyToDocumentId: incoming.id,
    recipients: [{ kind: 'outside', name: 'Sở Tài chính' }],
  })
  expect(original.soKyHieu).toBe('01/QĐ-UBND')

  // The answered document says by which number, and opens it.
  await page.goto(`/#/van-ban-den/${incoming.id}`)
  const reply = page.getByRole('link', { name: /Đã được trả lời bằng văn bản số 01\/QĐ-UBND/ })
  await expect(reply).toBeVisible()
  await reply.click()
  await expect(page.getByRole('heading', { name: 'Văn bản đi số 01/QĐ-UBND' })).toBeVisible()
  await expect(page.getByText('TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH')).toBeVisible()
  await expect(page.getByRole('link', { name: /Trả lời văn bản số 45\/STC-NS/ })).toBeVisible()

  // Thay thế: the form comes pre-set with the same type, recipients and the link.
  await page.getByRole('button', { name: 'Thay thế' }).click()
  await expect(page.getByText('Thay thế văn bản số 01/QĐ-UBND.')).toBeVisible()
  await expect(page.locator('.issue-form').getByText('Quyết định (QĐ)')).toBeVisible()
  await expect(page.locator('.issue-form').getByText('Sở Tài chính')).toBeVisible()
  await expect(page.getByTestId('number-preview')).toHaveText('02/QĐ-UBND')
  await field(page, 'nguoiKy').fill('Nguyễn Văn Hùng')
  await shot('84-outgoing-replace-form')
  await page.getByRole('button', { name: 'Ban hành', exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Văn bản đi số 02/QĐ-UBND' })).toBeVisible()
  await page.getByRole('link', { name: /Thay thế văn bản số 01\/QĐ-UBND/ }).click()
  await expect(page.getByRole('heading', { name: 'Văn bản đi số 01/QĐ-UBND' })).toBeVisible()
  const status = page.locator('.ant-descriptions .ant-tag')
  await expect(status).toHaveText('Đã bị thay thế')
  await expect(
    page.getByRole('link', { name: /Đã bị thay thế bởi văn bản số 02\/QĐ-UBND/ }),
  ).toBeVisible()
  // A replaced document is not replaced or corrected again.
  await expect(page.getByRole('button', { name: 'Thay thế' })).toHaveCount(0)

  // Thu hồi the replacement, with the reason.
  await page.getByRole('link', { name: /Đã bị thay thế bởi văn bản số 02\/QĐ-UBND/ }).click()
  await page.getByRole('button', { name: 'Thu hồi' }).click()
  const dialog = page.getByRole('dialog')
  await dialog.getByLabel('Lý do thu hồi').fill('Ban hành sai thẩm quyền')
  await dialog.getByRole('button', { name: 'Thu hồi' }).click()
  await expect(status).toHaveText('Đã thu hồi')
  await expect(page.getByText(/Ban hành sai thẩm quyền/).first()).toBeVisible()
  await expect(page.getByRole('button', { name: 'Thu hồi' })).toHaveCount(0)
  await shot('85-outgoing-recalled')
})

/** Uploads a file with the page's session, as the form's drop zone does. */
async function upload(page: Page, path: string): Promise<{ sha256: string; name: string }> {
  const name = path.split('/').pop() ?? 'tep.pdf'
  const base64 = readFileSync(path).toString('base64')
  return page.evaluate(
    async ([n, b]) => {
      const bytes = Uint8Array.from(atob(b), (c) => c.charCodeAt(0))
      const response = await fetch('api/files.upload', {
        method: 'POST',
        headers: {
          'Content-Type': 'application/octet-stream',
          'X-File-Name': encodeURIComponent(n),
          'X-Requested-With': 'vanthu',
        },
        body: bytes,
      })
      const reply = (await response.json()) as { value: { sha256: string; name: string } }
      return { sha256: reply.value.sha256, name: reply.value.name }
    },
    [name, base64] as const,
  )
}

async function as(page: Page, username: string): Promise<void> {
  await logout(page)
  await login(page, username, DEMO_PASSWORD)
  await expect(page.getByRole('banner')).toBeVisible()
}

test('a signed draft opens the issue form filled in, and issuing closes it', async ({
  page,
  shot: fullShot,
}) => {
  test.setTimeout(120_000)
  const shot = (name: string) => snap(page, fullShot, name)
  await page.goto('/#/van-ban-di')
  await login(page, 'tp.tonghop', DEMO_PASSWORD)
  await expect(page.getByRole('tab', { name: 'Sổ văn bản đi' })).toBeVisible()
  const units = await api<{ id: number; shortName: string; parentId: number | null }[]>(
    page,
    'units.list',
    {},
  )
  const th = units.find((u) => u.shortName === 'TH')
  const root = units.find((u) => u.parentId === null)
  const people = await api<{ signers: { id: number; name: string }[] }>(page, 'drafts.people', {
    unitId: root?.id,
  })
  const chairman = people.signers.find((s) => s.name === 'Nguyễn Văn Hùng')
  const file = await upload(page, SIGNED_QD)
  const draft = await api<{ id: number }>(page, 'drafts.create', {
    loaiVanBan: 'ke_hoach',
    trichYeu: 'Kế hoạch tổng kết công tác năm 2026',
    draftingUnitId: th?.id,
    recipients: [
      { kind: 'unit', unitId: th?.id },
      { kind: 'outside', name: 'Văn phòng Chính phủ' },
    ],
    signerId: chairman?.id,
    files: [file],
  })
  await api(page, 'drafts.submit', { id: draft.id, reviewerId: null, signerId: chairman?.id })
  await as(page, 'vanthu')
  await api(page, 'drafts.checkFormat', { id: draft.id, decision: 'approve' })
  await as(page, 'chutich')
  await api(page, 'drafts.sign', { id: draft.id, decision: 'approve' })
  await as(page, 'vanthu')

  await page.goto(`/#/van-ban-di/ban-hanh?draft=${draft.id}`)
  await expect(page.getByText(/Từ dự thảo "Kế hoạch tổng kết công tác năm 2026"/)).toBeVisible()
  await expect(field(page, 'trichYeu')).toHaveValue('Kế hoạch tổng kết công tác năm 2026')
  await expect(field(page, 'nguoiKy')).toHaveValue('Nguyễn Văn Hùng')
  await expect(page.getByTestId('number-preview')).toHaveText('01/KH-UBND')
  const form = page.locator('.issue-form')
  await expect(form.getByText('Kế hoạch (KH)')).toBeVisible()
  await expect(form.getByText('Văn phòng Chính phủ')).toBeVisible()
  await expect(page.getByRole('list', { name: 'Tệp đính kèm' })).toContainText('08_text+stamp')
  await shot('86-outgoing-issue-from-draft')
  await page.getByRole('button', { name: 'Ban hành', exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Văn bản đi số 01/KH-UBND' })).toBeVisible()
  await expect(page.getByRole('table', { name: 'Nơi nhận' })).toContainText('Phòng Tổng hợp')
  const closed = await api<{ status: string; documentId: number | null }>(page, 'drafts.get', {
    id: draft.id,
  })
  expect(closed.status).toBe('da_ban_hanh')
})
