import { DEMO_PASSWORD } from '../../electron/core/demo/people'
import { api, vietnamDay } from './fixtures/api'
import { expect, login, logout, test } from './fixtures/test'

test.use({ demo: true })

type Register = { id: number; direction: string; isDefault: boolean }

test('an admin reads the Nhật ký, filters by a person, opens a change and checks integrity', async ({
  page,
  shot,
}) => {
  // The clerk registers a document and corrects its trích yếu: two lines of the trail.
  await page.goto('/#/tong-quan')
  await login(page, 'vanthu', DEMO_PASSWORD)
  await expect(page.getByRole('menuitem', { name: 'Tổng quan' })).toBeVisible()
  const registers = await api<Register[]>(page, 'registers.list', { direction: 'in' })
  const registerId = registers.find((r) => r.isDefault)?.id ?? registers[0]!.id
  const doc = await api<{ id: number }>(page, 'documents.registerIncoming', {
    registerId,
    ngayDen: vietnamDay(),
    so: '45',
    kyHieu: 'UBND-VP',
    coQuanBanHanh: 'Ủy ban nhân dân thành phố Hạ Long',
    loaiVanBan: 'cong_van',
    trichYeu: 'Về việc báo cáo tình hình kinh tế quý I',
  })
  await api(page, 'documents.updateIncoming', {
    id: doc.id,
    trichYeu: 'Về việc báo cáo tình hình kinh tế - xã hội quý I',
  })
  // The document's own history, on its detail screen.
  await page.goto(`/#/van-ban-den/${doc.id}`)
  await page.getByRole('button', { name: 'Lịch sử' }).click()
  const drawer = page.getByRole('dialog', { name: 'Lịch sử (nhật ký hệ thống)' })
  await expect(drawer.getByText('Sửa văn bản đến')).toBeVisible()
  await expect(drawer.getByText('Vào sổ văn bản đến')).toBeVisible()
  await drawer.getByText('Chi tiết').first().click()
  await expect(drawer.getByText('Trích yếu').first()).toBeVisible()
  await shot('92-audit-05-record-history')
  await page.keyboard.press('Escape')
  await logout(page)

  await login(page, 'admin', DEMO_PASSWORD)
  await page.getByRole('menuitem', { name: 'Quản trị' }).click()
  await page.getByRole('menuitem', { name: 'Nhật ký' }).click()
  await expect(page).toHaveURL(/#\/quan-tri\/nhat-ky$/)
  await expect(page.getByRole('heading', { name: 'Nhật ký hệ thống' })).toBeVisible()
  const table = page.getByRole('table')
  await expect(table.getByText('Sửa văn bản đến')).toBeVisible()
  await shot('92-audit-01-list')

  await page.getByLabel('Người thực hiện').click()
  await page.getByLabel('Người thực hiện').fill('Ngô Thị Hương')
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'Ngô Thị Hương' })
    .click()
  await expect(page.getByText('2 dòng')).toBeVisible()
  await expect(table.getByText('Vào sổ văn bản đến')).toBeVisible()
  await shot('92-audit-02-filtered')

  const edit = table.getByRole('row').filter({ hasText: 'Sửa văn bản đến' })
  await edit.locator('.ant-table-row-expand-icon').click()
  const detail = page.getByRole('table', { name: 'Trước và sau' })
  await expect(detail.getByText('Trích yếu').first()).toBeVisible()
  await expect(
    detail.getByText('Về việc báo cáo tình hình kinh tế - xã hội quý I').first(),
  ).toBeVisible()
  await shot('92-audit-03-expanded')

  await page.getByRole('button', { name: 'Kiểm tra toàn vẹn' }).click()
  await expect(page.getByRole('status').getByText(/Nhật ký toàn vẹn/)).toBeVisible()
  await shot('92-audit-04-verified')
})
