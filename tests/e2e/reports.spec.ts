import { readFileSync } from 'node:fs'
import type { Download, Locator } from '@playwright/test'
import { DEMO_PASSWORD } from '../../electron/core/demo/people'
import { expect, login, logout, test } from './fixtures/test'
import { api, vietnamDay } from './fixtures/api'

test.use({ demo: true })

/** Clicks a download button in a card and returns the file the browser saved. */
async function downloadFrom(
  card: Locator,
  button: 'Tải PDF' | 'Tải Excel',
): Promise<{ name: string; bytes: Buffer }> {
  const page = card.page()
  const waiting = page.waitForEvent('download')
  await card.getByRole('button', { name: button }).click()
  const file: Download = await waiting
  const path = await file.path()
  return { name: file.suggestedFilename(), bytes: readFileSync(path) }
}

const period = /\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}/.source

test('a leader downloads the task report and the tracking register from Báo cáo', async ({
  page,
  shot,
}) => {
  test.setTimeout(120_000)
  await page.goto('/#/bao-cao')
  await login(page, 'chutich', DEMO_PASSWORD)
  await expect(page.getByRole('heading', { name: 'Báo cáo', level: 3 })).toBeVisible()

  // Work given today, so this month's report has rows.
  const units = await api<{ id: number; shortName: string }[]>(page, 'units.list', {})
  const unit = (short: string): number => units.find((u) => u.shortName === short)?.id ?? 0
  for (const [title, short, days] of [
    ['Rà soát quy hoạch khu công nghiệp', 'KT', 5],
    ['Xây dựng chương trình công tác tháng tới', 'TH', 10],
  ] as const) {
    await api(page, 'tasks.create', {
      title,
      sourceText: 'Kết luận giao ban',
      lead: { unitId: unit(short) },
      deadline: vietnamDay(days),
    })
  }

  const register = page.getByRole('region', { name: 'Sổ đăng ký văn bản đến' })
  const tracking = page.getByRole('region', { name: 'Sổ theo dõi giải quyết văn bản đến' })
  const tasks = page.getByRole('region', { name: 'Báo cáo tình hình thực hiện nhiệm vụ' })
  await expect(register.getByLabel('Sổ văn bản đến')).toBeVisible()
  await expect(tracking.getByText('Sổ văn bản đến', { exact: true }).last()).toBeVisible()
  await expect(tasks.getByText('Toàn cơ quan')).toBeVisible()

  const pdf = await downloadFrom(tasks, 'Tải PDF')
  expect(pdf.name).toMatch(new RegExp(`^Bao-cao-nhiem-vu_${period}\\.pdf$`))
  expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-')
  expect(pdf.bytes.length).toBeGreaterThan(10_000)
  await expect(page.getByText(/Đã tải báo cáo tình hình thực hiện nhiệm vụ từ/)).toBeVisible()
  const xlsx = await downloadFrom(tasks, 'Tải Excel')
  expect(xlsx.name).toMatch(new RegExp(`^Bao-cao-nhiem-vu_${period}\\.xlsx$`))
  expect(xlsx.bytes.subarray(0, 2).toString('latin1')).toBe('PK')

  // One unit (and its rooms): the file says which.
  await tasks.getByLabel('Đơn vị (gồm các đơn vị trực thuộc)').click()
  await page.getByRole('tree').getByText('Phòng Kinh tế', { exact: true }).click()
  const kt = await downloadFrom(tasks, 'Tải PDF')
  expect(kt.name).toMatch(new RegExp(`^Bao-cao-nhiem-vu_${period}_KT\\.pdf$`))

  const trackPdf = await downloadFrom(tracking, 'Tải PDF')
  expect(trackPdf.name).toMatch(new RegExp(`^So-theo-doi-giai-quyet_${period}\\.pdf$`))
  expect(trackPdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-')
  const trackXlsx = await downloadFrom(tracking, 'Tải Excel')
  expect(trackXlsx.name).toMatch(new RegExp(`^So-theo-doi-giai-quyet_${period}\\.xlsx$`))
  expect(trackXlsx.bytes.length).toBeGreaterThan(1_000)

  const den = await downloadFrom(register, 'Tải PDF')
  expect(den.name).toMatch(new RegExp(`^So-van-ban-den_${period}\\.pdf$`))

  // The picture shows the settled screen, once the confirmations have gone.
  await expect(page.locator('.ant-message-notice')).toHaveCount(0, { timeout: 15_000 })
  await page.evaluate(() => window.scrollTo(0, 0))
  await shot('reports')

  // A specialist is told plainly that reports are not theirs to make.
  await logout(page)
  await login(page, 'cv.kinhte1', DEMO_PASSWORD)
  await page.goto('/#/bao-cao')
  await expect(page.getByText('Không có quyền lập báo cáo')).toBeVisible()
})
